import type { CustomerId } from "@rapport/core";
import { type Interval, wilsonInterval } from "@rapport/metrics";
import { localDayNumber } from "./local-day";

/**
 * A subscription's span: when the customer started and, if they left, when.
 *
 * @example
 * ```ts
 * import { customerId } from "@rapport/core";
 * import type { SubscriptionSpan } from "@rapport/churn";
 * const span: SubscriptionSpan = {
 *   customerId: customerId("cus_1"),
 *   startedAt: new Date("2024-01-05T10:00:00Z"),
 *   endedAt: new Date("2024-04-02T08:00:00Z"),
 * };
 * ```
 */
export interface SubscriptionSpan {
  /** The customer. */
  readonly customerId: CustomerId;
  /** Sign-up time. */
  readonly startedAt: Date;
  /** Cancellation time; absent while still active. */
  readonly endedAt?: Date;
}

/**
 * Options for {@link retentionByCohort}.
 *
 * @example
 * ```ts
 * import type { RetentionByCohortOptions } from "@rapport/churn";
 * const options: RetentionByCohortOptions = {
 *   period: "month",
 *   timeZone: "Europe/Paris",
 *   asOf: new Date("2024-06-30T00:00:00Z"),
 * };
 * ```
 */
export interface RetentionByCohortOptions {
  /** The calendar period that defines cohorts and steps. */
  readonly period: "day" | "week" | "month";
  /** IANA time zone whose calendar defines the periods. */
  readonly timeZone: string;
  /** Periods starting after this are not reported (they have not been observed yet). */
  readonly asOf: Date;
  /** Confidence level of the Wilson intervals (default 0.95). */
  readonly level?: number;
}

/**
 * Retention of one cohort k periods after its sign-up period.
 *
 * @example
 * ```ts
 * import type { CohortRetentionCell } from "@rapport/churn";
 * const percent = (c: CohortRetentionCell) => (c.value === null ? "–" : `${Math.round(c.value * 100)} %`);
 * ```
 */
export interface CohortRetentionCell {
  /** Periods since the cohort's sign-up period (0 = the sign-up period itself). */
  readonly period: number;
  /** Customers of the cohort still active at the start of this period. */
  readonly active: number;
  /** `active / size`; `null` for an empty cohort. */
  readonly value: number | null;
  /** Cohort size. */
  readonly n: number;
  /** Wilson interval of `value` (0..1); `null` when n is 0. */
  readonly interval: Interval | null;
}

/**
 * One row of the cohort table.
 *
 * @example
 * ```ts
 * import type { CohortRow } from "@rapport/churn";
 * const line = (row: CohortRow) => [row.cohort, row.size, ...row.retention.map((c) => c.value)];
 * ```
 */
export interface CohortRow {
  /** The sign-up period, `YYYY-MM-DD` (day, or the Monday a week starts) or `YYYY-MM` (month). */
  readonly cohort: string;
  /** Customers who signed up in it. */
  readonly size: number;
  /** Retention at period 0, 1, … up to the last period that has started by `asOf`. */
  readonly retention: CohortRetentionCell[];
}

/**
 * The cohort table and the spans that could not be placed.
 *
 * @example
 * ```ts
 * import type { CohortTable } from "@rapport/churn";
 * const problems = (table: CohortTable) => table.rejected.map((r) => `#${r.index}: ${r.reason}`);
 * ```
 */
export interface CohortTable {
  /** Cohorts in time order. */
  readonly cohorts: CohortRow[];
  /** Spans left out, with the reason (bad dates, sign-up after `asOf`). */
  readonly rejected: { readonly index: number; readonly reason: string }[];
}

const DAY_MS = 86_400_000;

function periodIndex(day: number, period: "day" | "week" | "month"): number {
  if (period === "day") return day;
  if (period === "week") return Math.floor((day - 4) / 7); // 1970-01-05 was a Monday
  const d = new Date(day * DAY_MS);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

function periodLabel(index: number, period: "day" | "week" | "month"): string {
  if (period === "month") {
    const year = Math.floor(index / 12);
    return `${year}-${String(index - year * 12 + 1).padStart(2, "0")}`;
  }
  const day = period === "day" ? index : index * 7 + 4;
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A cohort retention table: customers grouped by the calendar period (day, Monday-start week
 * or month, in `timeZone`) they signed up in, and for each k = 0, 1, … the share still
 * active at the start of the k-th period after it, i.e. with no `endedAt` or an `endedAt` in
 * that period or later. Period 0 is therefore 100 %. Only periods that have started by `asOf`
 * are reported. Each share comes with its Wilson interval. Spans with invalid dates, an end
 * before the start, or a start after `asOf` are reported in `rejected`.
 *
 * @example
 * ```ts
 * import { customerId } from "@rapport/core";
 * import { retentionByCohort } from "@rapport/churn";
 * const table = retentionByCohort(
 *   [
 *     { customerId: customerId("a"), startedAt: new Date("2024-01-03T10:00:00Z") },
 *     { customerId: customerId("b"), startedAt: new Date("2024-01-20T10:00:00Z"),
 *       endedAt: new Date("2024-02-10T10:00:00Z") },
 *   ],
 *   { period: "month", timeZone: "Europe/Paris", asOf: new Date("2024-03-15T00:00:00Z") },
 * );
 * table.cohorts[0]!.retention.map((c) => c.value); // [1, 1, 0.5]
 * ```
 */
export function retentionByCohort(
  customers: Iterable<SubscriptionSpan>,
  options: RetentionByCohortOptions,
): CohortTable {
  const { period, timeZone, asOf } = options;
  if (period !== "day" && period !== "week" && period !== "month") {
    throw new RangeError(
      `retentionByCohort: expected period "day" | "week" | "month", received ${JSON.stringify(period)}`,
    );
  }
  if (!(asOf instanceof Date) || Number.isNaN(asOf.getTime())) {
    throw new TypeError(
      `retentionByCohort: expected asOf to be a valid Date, received ${String(asOf)}`,
    );
  }
  const last = periodIndex(localDayNumber(asOf, timeZone), period);
  const cohorts = new Map<number, (number | null)[]>(); // cohort → end periods (null = active)
  const rejected: { index: number; reason: string }[] = [];
  let index = 0;
  for (const span of customers) {
    const i = index++;
    const start = span.startedAt;
    if (!(start instanceof Date) || Number.isNaN(start.getTime())) {
      rejected.push({ index: i, reason: "startedAt: expected a valid Date" });
      continue;
    }
    if (start.getTime() > asOf.getTime()) {
      rejected.push({ index: i, reason: `startedAt ${start.toISOString()} is after asOf` });
      continue;
    }
    const end = span.endedAt;
    if (end !== undefined && (!(end instanceof Date) || Number.isNaN(end.getTime()))) {
      rejected.push({ index: i, reason: "endedAt: expected a valid Date or nothing" });
      continue;
    }
    if (end !== undefined && end.getTime() < start.getTime()) {
      rejected.push({ index: i, reason: `endedAt ${end.toISOString()} is before startedAt` });
      continue;
    }
    const cohort = periodIndex(localDayNumber(start, timeZone), period);
    const endPeriod = end === undefined ? null : periodIndex(localDayNumber(end, timeZone), period);
    const list = cohorts.get(cohort) ?? [];
    list.push(endPeriod);
    cohorts.set(cohort, list);
  }
  const rows: CohortRow[] = [...cohorts.keys()]
    .sort((a, b) => a - b)
    .map((cohort) => {
      const ends = cohorts.get(cohort)!;
      const size = ends.length;
      const retention: CohortRetentionCell[] = [];
      for (let k = 0; cohort + k <= last; k++) {
        const at = cohort + k;
        const active = ends.filter((e) => e === null || e >= at).length;
        retention.push({
          period: k,
          active,
          value: size > 0 ? active / size : null,
          n: size,
          interval: wilsonInterval(active, size, { level: options.level ?? 0.95 }),
        });
      }
      return { cohort: periodLabel(cohort, period), size, retention };
    });
  return { cohorts: rows, rejected };
}
