import { STORE_ENTITIES, type StoreEntity } from "@rapport/store";

/**
 * The columns every table of the SQL store has: the tenant, the id, the customer, the sort
 * time and the version in epoch milliseconds, and the whole record as JSON text.
 *
 * @example
 * ```ts
 * import type { RecordRow } from "@rapport/store-sql";
 * const row: RecordRow = {
 *   tenant: "acme", id: "c1", customer_id: "c1", at_ms: 0, updated_ms: null, data: '{"id":"c1"}',
 * };
 * ```
 */
export interface RecordRow {
  /** The tenant the record belongs to (the primary key is `(tenant, id)`). */
  tenant: string;
  /** The record's id, unique within its tenant. */
  id: string;
  /** The record's customer (a customer's own id in `customers`). */
  customer_id: string;
  /** The time the record is ordered and range-queried by, in epoch milliseconds. */
  at_ms: number | string;
  /** The record's version (`updatedAt`) in epoch milliseconds, or `null` (see `recordVersion`). */
  updated_ms: number | string | null;
  /** The full record as JSON (dates as ISO 8601 in UTC). */
  data: string;
}

/**
 * The `survey_responses` table: a {@link RecordRow} plus the columns score histograms group by.
 *
 * @example
 * ```ts
 * import type { SurveyResponseRow } from "@rapport/store-sql";
 * const row: SurveyResponseRow = {
 *   tenant: "acme", id: "r1", customer_id: "c1", at_ms: 0, updated_ms: null, data: "{}",
 *   kind: "nps", scale: "zero_to_ten",
 *   score: "9", channel: null, agent_id: null, team_id: null, survey_id: null,
 * };
 * ```
 */
export interface SurveyResponseRow extends RecordRow {
  /** `"nps"`, `"csat"` or `"ces"`. */
  kind: string;
  /** The response's scale. */
  scale: string;
  /** The score as text (`"0"`…`"10"`, `"good"`, `"bad"`). */
  score: string;
  /** The channel, if any. */
  channel: string | null;
  /** The agent's id, if any. */
  agent_id: string | null;
  /** The team's id, if any. */
  team_id: string | null;
  /** The survey's id, if any. */
  survey_id: string | null;
}

/**
 * The table of each repository: the entity's key in snake case (`surveyResponses` →
 * `survey_responses`, `careGestures` → `care_gestures`).
 *
 * @example
 * ```ts
 * import { SQL_TABLES } from "@rapport/store-sql";
 * SQL_TABLES.surveyResponses; // "survey_responses"
 * ```
 */
export const SQL_TABLES: Readonly<Record<StoreEntity, string>> = /* @__PURE__ */ Object.fromEntries(
  STORE_ENTITIES.map((entity) => [
    entity,
    entity.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`),
  ]),
) as Record<StoreEntity, string>;

/**
 * The database the SQL store's Kysely instance sees: one table per repository.
 *
 * @example
 * ```ts
 * import type { SqlTables } from "@rapport/store-sql";
 * type Row = SqlTables["survey_responses"];
 * ```
 */
export type SqlTables = Record<string, RecordRow> & { survey_responses: SurveyResponseRow };

/**
 * The SQL dialects the store runs on.
 *
 * @example
 * ```ts
 * import type { SqlDialectName } from "@rapport/store-sql";
 * const dialect: SqlDialectName = "sqlite";
 * ```
 */
export type SqlDialectName = "sqlite" | "postgres" | "duckdb";

/** Every table seen through one row type, so one generic repository serves them all. */
export type AnyTable = {
  records: RecordRow & Partial<Omit<SurveyResponseRow, keyof RecordRow>>;
};
