import { tz } from "@date-fns/tz";
import {
  addDays,
  addMonths,
  addQuarters,
  addWeeks,
  addYears,
  startOfDay,
  startOfMonth,
  startOfQuarter,
  startOfWeek,
  startOfYear,
} from "date-fns";
import { checkDate, checkTimeZone } from "./check-arguments";

/**
 * The calendar periods a budget can run over. Weeks start on Monday (ISO 8601).
 *
 * @example
 * ```ts
 * import { PERIODS } from "@rapport/care-policies";
 * PERIODS.includes("quarter"); // true
 * ```
 */
export const PERIODS = ["day", "week", "month", "quarter", "year"] as const;

/**
 * A calendar period: one of {@link PERIODS}.
 *
 * @example
 * ```ts
 * import type { Period } from "@rapport/care-policies";
 * const period: Period = "month";
 * ```
 */
export type Period = (typeof PERIODS)[number];

/**
 * The instants a calendar period starts and ends: `[start, end)`.
 *
 * @example
 * ```ts
 * import { periodBounds, type PeriodBounds } from "@rapport/care-policies";
 * const bounds: PeriodBounds = periodBounds("day", new Date("2025-01-01T12:00:00Z"), "UTC");
 * ```
 */
export interface PeriodBounds {
  /** The first instant of the period (inclusive). */
  readonly start: Date;
  /** The first instant of the next period (exclusive). */
  readonly end: Date;
}

/**
 * The calendar period (day, ISO week from Monday, month, quarter, year) that contains an
 * instant, following the calendar of an IANA time zone: a month in `Europe/Berlin` starts at
 * local midnight on the 1st, whatever the daylight-saving offset. Computed with date-fns and
 * `@date-fns/tz` (`startOfMonth(at, { in: tz(zone) })`), never by adding hours to instants.
 * Throws a `RangeError` for an unknown period or time zone, or an invalid date.
 *
 * @example
 * ```ts
 * import { periodBounds } from "@rapport/care-policies";
 * // 23:30 UTC on 31 January is already 1 February in Berlin (UTC+1).
 * const { start, end } = periodBounds("month", new Date("2025-01-31T23:30:00Z"), "Europe/Berlin");
 * start.toISOString(); // "2025-01-31T23:00:00.000Z" (1 Feb 00:00 in Berlin)
 * end.toISOString(); // "2025-02-28T23:00:00.000Z" (1 Mar 00:00 in Berlin)
 * ```
 */
export function periodBounds(period: Period, at: Date, timeZone: string): PeriodBounds {
  checkDate("periodBounds", "at", at);
  checkTimeZone("periodBounds", "timeZone", timeZone);
  const options = { in: tz(timeZone) };
  let start: Date;
  let end: Date;
  // The end is the start of the next period, not start + 1 period: where local midnight is
  // skipped (Santiago, 6 Sep 2026) a period starts at 01:00, but the next one at 00:00.
  switch (period) {
    case "day":
      start = startOfDay(at, options);
      end = startOfDay(addDays(start, 1, options), options);
      break;
    case "week":
      start = startOfWeek(at, { ...options, weekStartsOn: 1 });
      end = startOfWeek(addWeeks(start, 1, options), { ...options, weekStartsOn: 1 });
      break;
    case "month":
      start = startOfMonth(at, options);
      end = startOfMonth(addMonths(start, 1, options), options);
      break;
    case "quarter":
      start = startOfQuarter(at, options);
      end = startOfQuarter(addQuarters(start, 1, options), options);
      break;
    case "year":
      start = startOfYear(at, options);
      end = startOfYear(addYears(start, 1, options), options);
      break;
    default:
      throw new RangeError(
        `periodBounds: period: expected one of ${PERIODS.map((p) => `"${p}"`).join(" | ")}, received ${JSON.stringify(period)}`,
      );
  }
  return { start: new Date(start.getTime()), end: new Date(end.getTime()) };
}
