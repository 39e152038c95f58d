import { TZDate } from "@date-fns/tz";
import {
  addDays,
  addMonths,
  addQuarters,
  addWeeks,
  addYears,
  startOfDay,
  startOfISOWeek,
  startOfMonth,
  startOfQuarter,
  startOfYear,
} from "date-fns";

/**
 * A calendar period score histograms are bucketed by. Weeks are ISO weeks (starting on
 * Monday), as in PostgreSQL's `date_trunc('week', …)`.
 *
 * @example
 * ```ts
 * import type { ScorePeriod } from "@rapport/store";
 * const period: ScorePeriod = "month";
 * ```
 */
export type ScorePeriod = "day" | "week" | "month" | "quarter" | "year";

/**
 * Every {@link ScorePeriod}.
 *
 * @example
 * ```ts
 * import { SCORE_PERIODS } from "@rapport/store";
 * SCORE_PERIODS.includes("week"); // true
 * ```
 */
export const SCORE_PERIODS: readonly ScorePeriod[] = ["day", "week", "month", "quarter", "year"];

const startOf = {
  day: startOfDay,
  week: startOfISOWeek,
  month: startOfMonth,
  quarter: startOfQuarter,
  year: startOfYear,
} as const;

const add = {
  day: addDays,
  week: addWeeks,
  month: addMonths,
  quarter: addQuarters,
  year: addYears,
} as const;

/**
 * The start (epoch ms) of the period containing an instant, on the calendar of an IANA time
 * zone: e.g. the month of 2024-03-31T23:30Z in Europe/Berlin starts at 2024-03-31T22:00Z
 * (April 1st, 00:00 CEST).
 *
 * @example
 * ```ts
 * import { periodStart } from "@rapport/store";
 * new Date(periodStart(Date.parse("2024-03-31T23:30:00Z"), "month", "Europe/Berlin")).toISOString();
 * // "2024-03-31T22:00:00.000Z"
 * ```
 */
export function periodStart(atMs: number, period: ScorePeriod, timeZone: string): number {
  return startOf[period](new TZDate(atMs, timeZone)).getTime();
}

/**
 * The starts (epoch ms) of consecutive periods covering `[fromMs, toMs]`: the first is the
 * start of the period containing `fromMs`, the last is the first start after `toMs`, so
 * every instant in the range falls in `[starts[i], starts[i + 1])` for exactly one `i`.
 *
 * @example
 * ```ts
 * import { periodBoundaries } from "@rapport/store";
 * periodBoundaries(Date.parse("2024-01-15T00:00:00Z"), Date.parse("2024-02-03T00:00:00Z"), "month", "UTC")
 *   .map((ms) => new Date(ms).toISOString().slice(0, 10)); // ["2024-01-01", "2024-02-01", "2024-03-01"]
 * ```
 */
export function periodBoundaries(
  fromMs: number,
  toMs: number,
  period: ScorePeriod,
  timeZone: string,
): number[] {
  const first = periodStart(fromMs, period, timeZone);
  const starts = [first];
  let current = first;
  while (current <= toMs) {
    // Step from the period start on the zone's calendar, then snap back to a start so that a
    // daylight-saving shift never drifts the boundaries.
    current = periodStart(
      add[period](new TZDate(current, timeZone), 1).getTime(),
      period,
      timeZone,
    );
    starts.push(current);
  }
  return starts;
}
