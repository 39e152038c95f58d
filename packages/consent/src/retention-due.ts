import { checkDate, expectedMessage } from "@rapport/stats";
import type { PurposeCatalog } from "./purposes";

/**
 * Options of {@link retentionDue}.
 *
 * @example
 * ```ts
 * import type { RetentionDueOptions } from "@rapport/consent";
 * const options: RetentionDueOptions = { asOf: new Date("2025-01-01T00:00:00Z") };
 * ```
 */
export interface RetentionDueOptions {
  /** The moment to check at (the caller's clock). */
  readonly asOf: Date;
}

/**
 * A record to check against retention periods: any record kind (a string, e.g. a
 * {@link RecordKind}), its id, the date its
 * retention counts from, and the purposes it is kept for.
 *
 * @example
 * ```ts
 * import type { RetentionRecord } from "@rapport/consent";
 * const record: RetentionRecord = {
 *   entity: "interaction", id: "int_1", at: new Date("2023-01-01T00:00:00Z"), purposes: ["support"],
 * };
 * ```
 */
export interface RetentionRecord {
  /** The kind of record. */
  readonly entity: string;
  /** Its id. */
  readonly id: string;
  /** When its retention starts. */
  readonly at: Date;
  /** The purposes it is kept for. */
  readonly purposes?: readonly string[];
}

/**
 * Retention periods: per entity (which wins), else per purpose from the catalog's
 * `retentionDays`. Periods are in 24-hour days.
 *
 * @example
 * ```ts
 * import type { RetentionPolicies } from "@rapport/consent";
 * const policies: RetentionPolicies = { entities: { journeyEvent: 395 } };
 * ```
 */
export interface RetentionPolicies {
  /** Declared purposes with their `retentionDays`. */
  readonly purposes?: PurposeCatalog;
  /** Days by entity, overriding the purposes. */
  readonly entities?: Readonly<Record<string, number>>;
}

/**
 * A record that has outlived its retention.
 *
 * @example
 * ```ts
 * import type { RetentionDueRecord } from "@rapport/consent";
 * const line = (r: RetentionDueRecord) => `${r.entity} ${r.id} due since ${r.dueAt.toISOString()}`;
 * ```
 */
export interface RetentionDueRecord {
  /** The kind of record. */
  readonly entity: string;
  /** Its id. */
  readonly id: string;
  /** When its retention started. */
  readonly at: Date;
  /** When it ran out. */
  readonly dueAt: Date;
  /** The period applied, in days. */
  readonly retentionDays: number;
  /** Where the period came from. */
  readonly rule: "entity" | "purpose";
}

/**
 * A record whose retention cannot be decided, and why.
 *
 * @example
 * ```ts
 * import type { RetentionUnknownRecord } from "@rapport/consent";
 * const u: RetentionUnknownRecord = { entity: "note", id: "n_1", reason: "no retention for entity \"note\" and no purposes" };
 * ```
 */
export interface RetentionUnknownRecord {
  /** The kind of record. */
  readonly entity: string;
  /** Its id. */
  readonly id: string;
  /** Why no period applies. */
  readonly reason: string;
}

/**
 * What {@link retentionDue} returns: every record falls in exactly one of the three lists.
 *
 * @example
 * ```ts
 * import type { RetentionReport } from "@rapport/consent";
 * const toDelete = (r: RetentionReport) => r.due.map((d) => d.id);
 * ```
 */
export interface RetentionReport {
  /** Records past their retention: to delete or anonymise. */
  readonly due: readonly RetentionDueRecord[];
  /** Records still within their retention. */
  readonly withinRetention: readonly { readonly entity: string; readonly id: string }[];
  /** Records with no retention that applies (no entity period; a purpose without one; no purposes). */
  readonly unknown: readonly RetentionUnknownRecord[];
}

const DAY_MS = 86_400_000;

/**
 * Finds the records that have outlived their retention at `asOf` (GDPR Art. 5(1)(e), storage
 * limitation). The period is the entity's if given; else the longest of its purposes' periods
 * (data may be kept as long as one purpose still needs it), and unknown if any of its purposes
 * has none. A record is due when `options.asOf` ≥ `at` + period. Nothing is dropped: each record is due,
 * within retention, or unknown with a reason (a record whose `at` is not a valid Date is
 * unknown). Throws a `TypeError` when `asOf` is not a `Date`, and a `RangeError` for an invalid
 * one or for a period that is not a non-negative number of days.
 *
 * @example
 * ```ts
 * import { retentionDue } from "@rapport/consent";
 * const report = retentionDue(
 *   [{ entity: "journeyEvent", id: "je_1", at: new Date("2024-01-01T00:00:00Z") }],
 *   { entities: { journeyEvent: 30 } },
 *   { asOf: new Date("2024-03-01T00:00:00Z") },
 * );
 * report.due[0]?.dueAt; // 2024-01-31T00:00:00.000Z
 * ```
 */
export function retentionDue(
  records: Iterable<RetentionRecord>,
  policies: RetentionPolicies,
  options: RetentionDueOptions,
): RetentionReport {
  const asOf = options?.asOf;
  const due: RetentionDueRecord[] = [];
  const within: { entity: string; id: string }[] = [];
  const unknown: RetentionUnknownRecord[] = [];
  checkDate("retentionDue: options.asOf", asOf);
  for (const [entity, days] of Object.entries(policies?.entities ?? {})) {
    if (typeof days !== "number" || !Number.isFinite(days) || days < 0) {
      throw new RangeError(
        expectedMessage(
          `retentionDue: policies.entities.${entity}`,
          "a non-negative number of days",
          days,
        ),
      );
    }
  }
  const now = asOf.getTime();
  for (const record of records) {
    const { entity, id, at } = record;
    // A record without a valid start would otherwise never fall due: report it instead.
    if (!(at instanceof Date) || Number.isNaN(at.getTime())) {
      unknown.push({ entity, id, reason: expectedMessage("at", "a valid Date", at) });
      continue;
    }
    let days: number | undefined = policies.entities?.[entity];
    let rule: "entity" | "purpose" = "entity";
    if (days === undefined) {
      rule = "purpose";
      const purposes = record.purposes ?? [];
      if (purposes.length === 0) {
        unknown.push({ entity, id, reason: `no retention for entity "${entity}" and no purposes` });
        continue;
      }
      const periods = purposes.map((p) => policies.purposes?.byId.get(p)?.retentionDays);
      const missing = purposes.filter((_, i) => periods[i] === undefined);
      if (missing.length > 0) {
        unknown.push({ entity, id, reason: `no retention for purpose(s) ${missing.join(", ")}` });
        continue;
      }
      days = Math.max(...(periods as number[]));
    }
    const dueAt = new Date(at.getTime() + days * DAY_MS);
    if (dueAt.getTime() <= now) due.push({ entity, id, at, dueAt, retentionDays: days, rule });
    else within.push({ entity, id });
  }
  return { due, withinRetention: within, unknown };
}
