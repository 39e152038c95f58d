import { expectedMessage, oneOf } from "@rapport/stats";

/**
 * How a table stores instants: `"epoch_ms"` (integer milliseconds since 1970-01-01T00:00Z, as
 * the Rapport store does) or `"timestamp"` (a time-zone-aware timestamp type: `TIMESTAMPTZ`
 * in DuckDB and PostgreSQL, `TIMESTAMP` in BigQuery, `TIMESTAMP_TZ`/`TIMESTAMP_LTZ` in Snowflake).
 *
 * @example
 * ```ts
 * import type { TimeUnit } from "@rapport/sql-metrics";
 * const unit: TimeUnit = "timestamp";
 * ```
 */
export type TimeUnit = "epoch_ms" | "timestamp";

/**
 * Where survey responses are: the table and its columns (each a column name).
 *
 * @example
 * ```ts
 * import { WAREHOUSE_LAYOUT, type SurveyResponsesLayout } from "@rapport/sql-metrics";
 * const answers: SurveyResponsesLayout = { ...WAREHOUSE_LAYOUT.surveyResponses, table: "answers" };
 * ```
 */
export interface SurveyResponsesLayout {
  readonly table: string;
  /** The response's id (read by `rapport report --from`). */
  readonly id: string;
  /** The customer who answered (read by `rapport report --from`). */
  readonly customerId: string;
  /** `"nps"`, `"csat"` or `"ces"`. */
  readonly kind: string;
  /** `"zero_to_ten"`, `"binary"`, `"five_point"` or `"seven_point"`. */
  readonly scale: string;
  /** The answer: an integer, or `"good"` / `"bad"` (text or integer columns both work). */
  readonly score: string;
  /** When the customer answered. */
  readonly respondedAt: string;
  readonly agentId: string;
  readonly teamId: string;
  readonly channel: string;
  readonly surveyId: string;
  /** The case the survey asked about (nullable); used by the response rate. */
  readonly caseId: string;
  readonly timeUnit: TimeUnit;
}

/**
 * Where cases are: one row per case with its times as columns.
 *
 * @example
 * ```ts
 * import { WAREHOUSE_LAYOUT, type CasesLayout } from "@rapport/sql-metrics";
 * const tickets: CasesLayout = { ...WAREHOUSE_LAYOUT.cases, table: "tickets", timeUnit: "timestamp" };
 * ```
 */
export interface CasesLayout {
  readonly table: string;
  readonly id: string;
  readonly customerId: string;
  /** The current status (`new`, `open`, `pending`, `on_hold`, `solved`, `closed`). */
  readonly status: string;
  readonly channel: string;
  readonly assigneeId: string;
  readonly teamId: string;
  readonly createdAt: string;
  /** Nullable. */
  readonly firstReplyAt: string;
  /** Nullable. */
  readonly solvedAt: string;
  /** Nullable. */
  readonly closedAt: string;
  /** How many times the case was reopened (0 when never). */
  readonly reopenCount: string;
  readonly timeUnit: TimeUnit;
}

/**
 * Where transactions are: one row per purchase, renewal or refund.
 *
 * @example
 * ```ts
 * import { WAREHOUSE_LAYOUT, type TransactionsLayout } from "@rapport/sql-metrics";
 * const orders: TransactionsLayout = { ...WAREHOUSE_LAYOUT.transactions, table: "orders" };
 * ```
 */
export interface TransactionsLayout {
  readonly table: string;
  readonly id: string;
  readonly customerId: string;
  /** `"purchase"`, `"renewal"` or `"refund"`. */
  readonly kind: string;
  /** The amount in integer minor units. */
  readonly amount: string;
  readonly currency: string;
  readonly occurredAt: string;
  readonly timeUnit: TimeUnit;
}

/**
 * The table layout the metrics read: three tables, named after core's entity keys in snake
 * case, with one column per field the metrics need.
 *
 * @example
 * ```ts
 * import type { WarehouseLayout } from "@rapport/sql-metrics";
 * const tables = (layout: WarehouseLayout) => [layout.surveyResponses.table, layout.cases.table];
 * ```
 */
export interface WarehouseLayout {
  readonly surveyResponses: SurveyResponsesLayout;
  readonly cases: CasesLayout;
  readonly transactions: TransactionsLayout;
}

/**
 * A layout given in part: each table's entries override the default ones.
 *
 * @example
 * ```ts
 * import type { WarehouseLayoutInput } from "@rapport/sql-metrics";
 * const mine: WarehouseLayoutInput = { cases: { table: "tickets", createdAt: "opened_at", timeUnit: "timestamp" } };
 * ```
 */
export type WarehouseLayoutInput = {
  readonly [K in keyof WarehouseLayout]?: Partial<WarehouseLayout[K]>;
};

/**
 * The documented warehouse layout (see `docs/warehouse.md`). `survey_responses` is the
 * Rapport store's own table (`@rapport/store-sql`, `@rapport/store-duckdb`), so the metrics
 * run on a store unchanged; times are epoch milliseconds.
 *
 * @example
 * ```ts
 * import { WAREHOUSE_LAYOUT } from "@rapport/sql-metrics";
 * WAREHOUSE_LAYOUT.surveyResponses.respondedAt; // "at_ms"
 * ```
 */
export const WAREHOUSE_LAYOUT: WarehouseLayout = {
  surveyResponses: {
    table: "survey_responses",
    id: "id",
    customerId: "customer_id",
    kind: "kind",
    scale: "scale",
    score: "score",
    respondedAt: "at_ms",
    agentId: "agent_id",
    teamId: "team_id",
    channel: "channel",
    surveyId: "survey_id",
    caseId: "case_id",
    timeUnit: "epoch_ms",
  },
  cases: {
    table: "care_cases",
    id: "id",
    customerId: "customer_id",
    status: "status",
    channel: "channel",
    assigneeId: "assignee_id",
    teamId: "team_id",
    createdAt: "created_ms",
    firstReplyAt: "first_reply_ms",
    solvedAt: "solved_ms",
    closedAt: "closed_ms",
    reopenCount: "reopen_count",
    timeUnit: "epoch_ms",
  },
  transactions: {
    table: "care_transactions",
    id: "id",
    customerId: "customer_id",
    kind: "kind",
    amount: "amount",
    currency: "currency",
    occurredAt: "occurred_ms",
    timeUnit: "epoch_ms",
  },
};

// A table may be schema-qualified (`analytics.care_cases`, `project.dataset.table`).
const NAME = /^[A-Za-z_][A-Za-z0-9_$-]*(\.[A-Za-z_][A-Za-z0-9_$-]*){0,2}$/;

/**
 * The default layout with `input`'s entries over it, each name checked: a `RangeError`
 * names an entry that is not a plain (optionally schema-qualified) identifier.
 *
 * @example
 * ```ts
 * import { resolveLayout } from "@rapport/sql-metrics";
 * resolveLayout({ cases: { table: "tickets" } }).cases.createdAt; // "created_ms"
 * ```
 */
export function resolveLayout(input: WarehouseLayoutInput = {}): WarehouseLayout {
  if (typeof input !== "object" || input === null) {
    throw new TypeError(expectedMessage("resolveLayout: layout", "an object", input));
  }
  const out: Record<string, Record<string, string>> = {};
  for (const key of Object.keys(WAREHOUSE_LAYOUT) as (keyof WarehouseLayout)[]) {
    const merged: Record<string, string> = { ...WAREHOUSE_LAYOUT[key], ...input[key] };
    for (const [field, value] of Object.entries(merged)) {
      const where = `resolveLayout: layout.${key}.${field}`;
      if (field === "timeUnit") {
        if (value !== "epoch_ms" && value !== "timestamp") {
          throw new RangeError(expectedMessage(where, oneOf(["epoch_ms", "timestamp"]), value));
        }
      } else if (typeof value !== "string" || !NAME.test(value)) {
        throw new RangeError(
          expectedMessage(where, "a plain SQL name (letters, digits, _; dots for a schema)", value),
        );
      }
    }
    out[key] = merged;
  }
  return out as unknown as WarehouseLayout;
}
