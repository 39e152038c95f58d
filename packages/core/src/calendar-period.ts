import { TZDate, tz } from "@date-fns/tz";
import { checkDate, expectedMessage, oneOf } from "@rapport/stats";
// One module per function: date-fns' index loads all of its ~250 modules in Node.
import { addDays } from "date-fns/addDays";
import { addMonths } from "date-fns/addMonths";
import { addQuarters } from "date-fns/addQuarters";
import { addWeeks } from "date-fns/addWeeks";
import { addYears } from "date-fns/addYears";
import { startOfDay } from "date-fns/startOfDay";
import { startOfMonth } from "date-fns/startOfMonth";
import { startOfQuarter } from "date-fns/startOfQuarter";
import { startOfWeek } from "date-fns/startOfWeek";
import { startOfYear } from "date-fns/startOfYear";
import { isTimeZone } from "./intl-names";

/**
 * The calendar periods every Rapport function groups by: budgets, trends, histograms, SLA
 * attainment, cohorts.
 *
 * @example
 * ```ts
 * import { CALENDAR_PERIODS } from "@rapport/core";
 * CALENDAR_PERIODS.includes("quarter"); // true
 * ```
 */
export const CALENDAR_PERIODS = ["day", "week", "month", "quarter", "year"] as const;

/**
 * A calendar period: one of {@link CALENDAR_PERIODS}.
 *
 * @example
 * ```ts
 * import type { CalendarPeriod } from "@rapport/core";
 * const period: CalendarPeriod = "month";
 * ```
 */
export type CalendarPeriod = (typeof CALENDAR_PERIODS)[number];

/**
 * A day of the week as JavaScript numbers it: 0 is Sunday, 1 Monday … 6 Saturday.
 *
 * @example
 * ```ts
 * import type { WeekDay } from "@rapport/core";
 * const monday: WeekDay = 1;
 * ```
 */
export type WeekDay = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Where periods are cut: the IANA time zone whose calendar they follow, and the first day of
 * a week.
 *
 * @example
 * ```ts
 * import type { CalendarOptions } from "@rapport/core";
 * const options: CalendarOptions = { timeZone: "America/New_York", weekStartsOn: 0 };
 * ```
 */
export interface CalendarOptions {
  /** IANA time zone, e.g. `"Europe/Berlin"`. */
  readonly timeZone: string;
  /** The first day of a week; default 1 (Monday, as in ISO 8601 and SQL's `date_trunc`). */
  readonly weekStartsOn?: WeekDay;
}

/**
 * The instants a calendar period starts and ends: `[start, end)`.
 *
 * @example
 * ```ts
 * import { periodBounds, type PeriodBounds } from "@rapport/core";
 * const bounds: PeriodBounds = periodBounds(new Date("2025-01-01T12:00:00Z"), "day", { timeZone: "UTC" });
 * ```
 */
export interface PeriodBounds {
  /** The first instant of the period (inclusive). */
  readonly start: Date;
  /** The first instant of the next period (exclusive). */
  readonly end: Date;
}

/** Checks the arguments every calendar function takes; internal. */
export function checkCalendarArguments(
  fn: string,
  instant: unknown,
  period: unknown,
  options: unknown,
): asserts options is CalendarOptions {
  checkDate(`${fn}: instant`, instant);
  if (typeof period !== "string" || !(CALENDAR_PERIODS as readonly string[]).includes(period)) {
    throw new RangeError(expectedMessage(`${fn}: period`, oneOf(CALENDAR_PERIODS), period));
  }
  if (typeof options !== "object" || options === null) {
    throw new TypeError(expectedMessage(`${fn}: options`, "an object with a timeZone", options));
  }
  const { timeZone, weekStartsOn } = options as { timeZone?: unknown; weekStartsOn?: unknown };
  if (typeof timeZone !== "string") {
    throw new TypeError(
      expectedMessage(`${fn}: options.timeZone`, "an IANA time-zone name", timeZone),
    );
  }
  if (!isTimeZone(timeZone)) {
    throw new RangeError(
      expectedMessage(
        `${fn}: options.timeZone`,
        'an IANA time-zone name such as "Europe/Berlin"',
        timeZone,
      ),
    );
  }
  if (
    weekStartsOn !== undefined &&
    !(
      Number.isInteger(weekStartsOn) &&
      (weekStartsOn as number) >= 0 &&
      (weekStartsOn as number) <= 6
    )
  ) {
    throw new RangeError(
      expectedMessage(
        `${fn}: options.weekStartsOn`,
        "an integer from 0 (Sunday) to 6 (Saturday)",
        weekStartsOn,
      ),
    );
  }
}

type Start = (date: Date, options: { in: ReturnType<typeof tz>; weekStartsOn?: WeekDay }) => Date;
type Add = (date: Date, amount: number, options: { in: ReturnType<typeof tz> }) => Date;

const START: Record<CalendarPeriod, Start> = {
  day: startOfDay,
  week: startOfWeek,
  month: startOfMonth,
  quarter: startOfQuarter,
  year: startOfYear,
};
const ADD: Record<CalendarPeriod, Add> = {
  day: addDays,
  week: addWeeks,
  month: addMonths,
  quarter: addQuarters,
  year: addYears,
};

function startIn(instant: Date, period: CalendarPeriod, options: CalendarOptions): Date {
  const zone = { in: tz(options.timeZone), weekStartsOn: options.weekStartsOn ?? 1 };
  return START[period](instant, zone);
}

// The start of the period after the one starting at `start`: the next period's own start,
// not start plus one period, so that a skipped local midnight never shifts the next one.
function nextStart(start: Date, period: CalendarPeriod, options: CalendarOptions): Date {
  const next = ADD[period](start, 1, { in: tz(options.timeZone) });
  return new Date(startIn(next, period, options).getTime());
}

/**
 * The first instant of the calendar period that contains an instant, following the calendar
 * of an IANA time zone: a month in `Europe/Berlin` starts at local midnight on the 1st,
 * whatever the daylight-saving offset. Computed with date-fns and `@date-fns/tz`, never by
 * adding hours to instants. Throws a `TypeError` for a wrong argument type and a
 * `RangeError` for an unknown period or time zone, or an invalid date.
 *
 * @example
 * ```ts
 * import { periodStart } from "@rapport/core";
 * periodStart(new Date("2024-03-31T23:30:00Z"), "month", { timeZone: "Europe/Berlin" }).toISOString();
 * // "2024-03-31T22:00:00.000Z" (1 April, 00:00 CEST)
 * ```
 */
export function periodStart(instant: Date, period: CalendarPeriod, options: CalendarOptions): Date {
  checkCalendarArguments("periodStart", instant, period, options);
  return new Date(startIn(instant, period, options).getTime());
}

/**
 * The calendar period (day, week, month, quarter, year) that contains an instant, as
 * `[start, end)` in an IANA time zone. The end is the start of the next period, not start plus
 * one period: where local midnight is skipped (Santiago, 6 September 2026) a day starts at
 * 01:00 but the next one at 00:00.
 *
 * @example
 * ```ts
 * import { periodBounds } from "@rapport/core";
 * // 23:30 UTC on 31 January is already 1 February in Berlin (UTC+1).
 * const { start, end } = periodBounds(new Date("2025-01-31T23:30:00Z"), "month", { timeZone: "Europe/Berlin" });
 * start.toISOString(); // "2025-01-31T23:00:00.000Z"
 * end.toISOString(); // "2025-02-28T23:00:00.000Z"
 * ```
 */
export function periodBounds(
  instant: Date,
  period: CalendarPeriod,
  options: CalendarOptions,
): PeriodBounds {
  checkCalendarArguments("periodBounds", instant, period, options);
  const start = startIn(instant, period, options);
  return { start: new Date(start.getTime()), end: nextStart(start, period, options) };
}

/**
 * The starts of consecutive periods covering `[from, to]`: the first is the start of the
 * period containing `from`, the last is the first start after `to`, so every instant in the
 * range falls in `[starts[i], starts[i + 1])` for exactly one `i`.
 *
 * @example
 * ```ts
 * import { periodStarts } from "@rapport/core";
 * periodStarts(new Date("2024-01-15T00:00:00Z"), new Date("2024-02-03T00:00:00Z"), "month", { timeZone: "UTC" })
 *   .map((d) => d.toISOString().slice(0, 10)); // ["2024-01-01", "2024-02-01", "2024-03-01"]
 * ```
 */
export function periodStarts(
  from: Date,
  to: Date,
  period: CalendarPeriod,
  options: CalendarOptions,
): Date[] {
  checkCalendarArguments("periodStarts", from, period, options);
  const until = checkDate("periodStarts: to", to).getTime();
  let current = new Date(startIn(from, period, options).getTime());
  const starts = [current];
  while (current.getTime() <= until) {
    current = nextStart(current, period, options);
    starts.push(current);
  }
  return starts;
}

const pad = (value: number) => String(value).padStart(2, "0");

/**
 * The label of the period containing an instant, on the zone's calendar: `"2026-03-09"` for a
 * day, the date of its first day for a week (`"2026-03-09"`, whatever day weeks start on),
 * `"2026-03"` for a month, `"2026-Q1"` for a quarter and `"2026"` for a year. Labels of one
 * period kind sort in time order.
 *
 * @example
 * ```ts
 * import { periodLabel } from "@rapport/core";
 * periodLabel(new Date("2026-03-31T23:30:00Z"), "quarter", { timeZone: "Europe/Berlin" }); // "2026-Q2"
 * ```
 */
export function periodLabel(
  instant: Date,
  period: CalendarPeriod,
  options: CalendarOptions,
): string {
  checkCalendarArguments("periodLabel", instant, period, options);
  const start = new TZDate(startIn(instant, period, options).getTime(), options.timeZone);
  const year = String(start.getFullYear());
  const month = start.getMonth() + 1;
  switch (period) {
    case "year":
      return year;
    case "quarter":
      return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
    case "month":
      return `${year}-${pad(month)}`;
    default:
      return `${year}-${pad(month)}-${pad(start.getDate())}`;
  }
}
