import type { CustomerId } from "@rapport/core";
import {
  CALENDAR_PERIODS,
  type CalendarOptions,
  type CalendarPeriod,
  checkTimeZone,
  periodLabel,
  periodStart,
  periodStarts,
  type WeekDay,
} from "@rapport/core/calendar";
import {
  checkCount,
  checkDate,
  checkLevel,
  expectedMessage,
  oneOf,
  type Proportion,
  proportion,
} from "@rapport/stats";

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
  /** The calendar period that defines cohorts and steps (core's `CalendarPeriod`). */
  readonly period: CalendarPeriod;
  /** IANA time zone whose calendar defines the periods. */
  readonly timeZone: string;
  /** First day of a week for `"week"`: 0 = Sunday … 6 = Saturday; default 1 (Monday). */
  readonly weekStartsOn?: WeekDay;
  /** The moment of the table: periods starting after it are not reported (not observed yet). */
  readonly asOf: Date;
  /** Confidence level of the Wilson intervals (default 0.95). */
  readonly level?: number;
  /** Cells of smaller cohorts are flagged `smallSample` (default 30). */
  readonly minSample?: number;
}

/**
 * Retention of one cohort k periods after its sign-up period: a `Proportion` of
 * @rapport/stats (`successes` = customers still active at the start of the period, `n` = the
 * cohort's size, `value` and `interval` in percent) and the period's index.
 *
 * @example
 * ```ts
 * import type { CohortRetentionCell } from "@rapport/churn";
 * const percent = (c: CohortRetentionCell) => (c.value === null ? "–" : `${Math.round(c.value)} %`);
 * ```
 */
export interface CohortRetentionCell extends Proportion {
  /** Periods since the cohort's sign-up period (0 = the sign-up period itself). */
  readonly period: number;
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
  /** The sign-up period's label, by core's `periodLabel` (`2024-01-05`, `2024-01`, `2024-Q1`, `2024`). */
  readonly cohort: string;
  /** The first instant of the sign-up period. */
  readonly start: Date;
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

const isValidDate = (value: unknown): value is Date =>
  value instanceof Date && !Number.isNaN(value.getTime());

/**
 * A cohort retention table: customers grouped by the calendar period (day, week, month,
 * quarter or year, in `timeZone`, by core's calendar periods) they signed up in, and for each
 * k = 0, 1, … the share still active at the start of the k-th period after it, i.e. with no
 * `endedAt` or an `endedAt` in that period or later. Period 0 is therefore 100 %. Only periods
 * that have started by `asOf` are reported. Each share is a `Proportion` in percent with its
 * Wilson interval. Spans with invalid dates, an end before the start, or a start after `asOf`
 * are reported in `rejected`.
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
 * table.cohorts[0]!.retention.map((c) => c.value); // [100, 100, 50]
 * ```
 */
export function retentionByCohort(
  customers: Iterable<SubscriptionSpan>,
  options: RetentionByCohortOptions,
): CohortTable {
  const fn = "retentionByCohort";
  if (typeof options !== "object" || options === null) {
    throw new TypeError(expectedMessage(`${fn}: options`, "an object", options));
  }
  const { period, timeZone, asOf } = options;
  if (!(CALENDAR_PERIODS as readonly unknown[]).includes(period)) {
    throw new RangeError(expectedMessage(`${fn}: options.period`, oneOf(CALENDAR_PERIODS), period));
  }
  checkDate(`${fn}: options.asOf`, asOf);
  checkTimeZone(`${fn}: options.timeZone`, timeZone);
  const level = checkLevel(`${fn}: options.level`, options.level ?? 0.95);
  const minSample = checkCount(`${fn}: options.minSample`, options.minSample ?? 30);
  const calendar: CalendarOptions =
    options.weekStartsOn === undefined
      ? { timeZone }
      : { timeZone, weekStartsOn: options.weekStartsOn };
  const startOf = (at: Date) => periodStart(at, period, calendar).getTime();
  // cohort start → the start of each member's end period (null: still active)
  const cohorts = new Map<number, (number | null)[]>();
  const rejected: { index: number; reason: string }[] = [];
  let index = 0;
  for (const span of customers) {
    const i = index++;
    const where = `customers[${i}]`;
    const start = span?.startedAt;
    if (!isValidDate(start)) {
      rejected.push({
        index: i,
        reason: expectedMessage(`${where}.startedAt`, "a valid Date", start),
      });
      continue;
    }
    if (start.getTime() > asOf.getTime()) {
      rejected.push({
        index: i,
        reason: expectedMessage(
          `${where}.startedAt`,
          `an instant at or before asOf (${asOf.toISOString()})`,
          start,
        ),
      });
      continue;
    }
    const end = span.endedAt;
    if (end !== undefined && !isValidDate(end)) {
      rejected.push({
        index: i,
        reason: expectedMessage(`${where}.endedAt`, "a valid Date or nothing", end),
      });
      continue;
    }
    if (end !== undefined && end.getTime() < start.getTime()) {
      rejected.push({
        index: i,
        reason: expectedMessage(
          `${where}.endedAt`,
          `an instant at or after startedAt (${start.toISOString()})`,
          end,
        ),
      });
      continue;
    }
    const cohort = startOf(start);
    const list = cohorts.get(cohort) ?? [];
    list.push(end === undefined ? null : startOf(end));
    cohorts.set(cohort, list);
  }
  if (cohorts.size === 0) return { cohorts: [], rejected };
  const first = Math.min(...cohorts.keys());
  // Every period start from the first cohort's to the last one that has begun by asOf.
  const starts = periodStarts(new Date(first), asOf, period, calendar)
    .map((d) => d.getTime())
    .filter((t) => t <= asOf.getTime());
  const position = new Map(starts.map((t, k) => [t, k]));
  const rows: CohortRow[] = [...cohorts.keys()]
    .sort((a, b) => a - b)
    .map((cohort) => {
      const ends = cohorts.get(cohort)!;
      const size = ends.length;
      const retention: CohortRetentionCell[] = [];
      for (let k = 0, at = position.get(cohort)!; at < starts.length; k++, at++) {
        const from = starts[at]!;
        const active = ends.filter((e) => e === null || e >= from).length;
        retention.push({ period: k, ...proportion(active, size, { level, minSample }) });
      }
      const startDate = new Date(cohort);
      return {
        cohort: periodLabel(startDate, period, calendar),
        start: startDate,
        size,
        retention,
      };
    });
  return { cohorts: rows, rejected };
}
