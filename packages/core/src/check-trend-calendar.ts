import { checkDate, expectedMessage, oneOf } from "@rapport/stats";
import { CALENDAR_PERIODS, type CalendarPeriod, type WeekDay } from "./calendar-period";
import { checkTimeZone } from "./intl-names";

/**
 * The calendar options of a trend by period, as {@link checkTrendCalendar} reads them.
 *
 * @example
 * ```ts
 * import type { TrendCalendarOptions } from "@rapport/core";
 * const monthly: TrendCalendarOptions = { period: "month", timeZone: "America/New_York" };
 * ```
 */
export interface TrendCalendarOptions {
  /** The calendar period of each bucket. */
  readonly period: CalendarPeriod;
  /** The IANA time zone the periods are cut in. */
  readonly timeZone: string;
  /** The first day of a week, 0 (Sunday) to 6 (Saturday); default 1 (Monday). */
  readonly weekStartsOn?: number;
  /** The first instant of the range, if any. */
  readonly from?: Date;
  /** The instant the range ends before, if any. */
  readonly to?: Date;
}

/**
 * What {@link checkTrendCalendar} returns: the checked period, zone and first weekday.
 *
 * @example
 * ```ts
 * import { type CheckedTrendCalendar, checkTrendCalendar } from "@rapport/core";
 * const checked: CheckedTrendCalendar = checkTrendCalendar("myTrend", { period: "week", timeZone: "UTC" });
 * checked.weekStartsOn; // 1
 * ```
 */
export interface CheckedTrendCalendar {
  readonly period: CalendarPeriod;
  readonly timeZone: string;
  readonly weekStartsOn: WeekDay;
}

/**
 * Checks the calendar options every trend by period takes (`period`, `timeZone`,
 * `weekStartsOn`, `from`, `to`), naming the option that is wrong, so that a trend computed in
 * memory and one pushed down to SQL refuse the same input with the same message.
 *
 * @param where - The function name the messages start with, e.g. `"scoreTrend"`.
 * @throws {RangeError} For an unknown period or time zone, or a week start outside 0..6.
 * @throws {TypeError} For a `from` or `to` that is not a `Date`.
 *
 * @example
 * ```ts
 * import { checkTrendCalendar } from "@rapport/core";
 * checkTrendCalendar("scoreTrend", { period: "month", timeZone: "Europe/Berlin" });
 * // { period: "month", timeZone: "Europe/Berlin", weekStartsOn: 1 }
 * checkTrendCalendar("scoreTrend", { period: "fortnight" as never, timeZone: "UTC" });
 * // RangeError: scoreTrend: options.period: expected one of "day", "week", … received "fortnight"
 * ```
 */
export function checkTrendCalendar(
  where: string,
  options: TrendCalendarOptions,
): CheckedTrendCalendar {
  const { period, timeZone } = options;
  checkTimeZone(`${where}: options.timeZone`, timeZone);
  if (!(CALENDAR_PERIODS as readonly unknown[]).includes(period)) {
    throw new RangeError(
      expectedMessage(`${where}: options.period`, oneOf(CALENDAR_PERIODS), period),
    );
  }
  const weekStartsOn = options.weekStartsOn ?? 1;
  if (!(Number.isInteger(weekStartsOn) && weekStartsOn >= 0 && weekStartsOn <= 6)) {
    throw new RangeError(
      expectedMessage(
        `${where}: options.weekStartsOn`,
        "an integer from 0 (Sunday) to 6 (Saturday)",
        weekStartsOn,
      ),
    );
  }
  for (const field of ["from", "to"] as const) {
    const value = options[field];
    if (value !== undefined) checkDate(`${where}: options.${field}`, value);
  }
  return { period, timeZone, weekStartsOn: weekStartsOn as WeekDay };
}
