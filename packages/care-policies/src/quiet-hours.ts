import { TZDate, tzOffset } from "@date-fns/tz";
import { checkTimeZone } from "@rapport/core";
import { checkDate, expectedMessage } from "@rapport/stats";
import { checkOptions } from "./check-arguments";

/**
 * Quiet hours on the customer's wall clock, `"HH:mm"`; `start` later than `end` spans midnight
 * (21:00 to 08:00). The start is quiet, the end is not: `[start, end)`.
 *
 * @example
 * ```ts
 * import type { QuietHours } from "@rapport/care-policies";
 * const night: QuietHours = { start: "21:00", end: "08:00" };
 * ```
 */
export interface QuietHours {
  /** First quiet minute, `"HH:mm"`. */
  readonly start: string;
  /** First minute that is no longer quiet, `"HH:mm"` (`"24:00"` for midnight). */
  readonly end: string;
}

/**
 * Options of {@link isQuietAt} and {@link nextSendTime}: the moment and the customer's zone.
 *
 * @example
 * ```ts
 * import type { QuietHoursOptions } from "@rapport/care-policies";
 * const options: QuietHoursOptions = { asOf: new Date("2025-01-10T21:30:00Z"), timeZone: "Europe/Berlin" };
 * ```
 */
export interface QuietHoursOptions {
  /** The moment asked about (the caller's clock). */
  readonly asOf: Date;
  /** The IANA time zone whose wall clock the quiet hours are on. */
  readonly timeZone: string;
}

const DAY = 1440;

/**
 * Whether the moment `options.asOf` falls in quiet hours on the wall clock of
 * `options.timeZone`. Throws a `TypeError` for a missing moment or zone and a `RangeError` for
 * an invalid `Date`, an unknown zone or a malformed window.
 *
 * @example
 * ```ts
 * import { isQuietAt } from "@rapport/care-policies";
 * // 22:30 in Berlin (21:30 UTC in winter)
 * isQuietAt({ start: "21:00", end: "08:00" }, {
 *   asOf: new Date("2025-01-10T21:30:00Z"),
 *   timeZone: "Europe/Berlin",
 * }); // true
 * ```
 */
export function isQuietAt(quietHours: QuietHours, options: QuietHoursOptions): boolean {
  const fn = "isQuietAt";
  checkOptions(fn, options, "an object { asOf, timeZone }");
  const { asOf, timeZone } = options;
  checkDate(`${fn}: options.asOf`, asOf);
  checkTimeZone(`${fn}: options.timeZone`, timeZone);
  const { start, end } = window(fn, quietHours);
  return quiet(minuteOfDay(new TZDate(asOf.getTime(), timeZone)), start, end);
}

/**
 * The earliest instant at or after `options.asOf` that is outside the quiet hours on the wall
 * clock of `options.timeZone`; `asOf` itself when it is not quiet, and `null` when every minute is quiet
 * (`00:00` to `24:00`). Equal start and end mean no quiet hours.
 *
 * It walks the local calendar, never adding hours to an instant: it reads today's date in the
 * zone, takes the wall-clock end of the quiet hours (today, or tomorrow when the window spans
 * midnight and has just begun) and finds the first instant whose wall clock reaches it. On a
 * spring-forward night an end that does not exist (02:30 in Berlin on the last Sunday of
 * March) gives the first instant after the gap (03:00 CEST); on a fall-back night an end
 * that occurs twice gives the first occurrence after `asOf`, and a transition that sets the
 * clock back out of the window (01:59 EDT becomes 01:00 EST, before a 01:15 start) is itself
 * the answer.
 *
 * @example
 * ```ts
 * import { nextSendTime } from "@rapport/care-policies";
 * // 23:00 CET on 28 March 2026 in Berlin; the clocks spring forward that night, so 08:00 is CEST.
 * nextSendTime({ start: "22:00", end: "08:00" }, {
 *   asOf: new Date("2026-03-28T22:00:00Z"),
 *   timeZone: "Europe/Berlin",
 * }); // → 2026-03-29T06:00:00.000Z (08:00 CEST)
 * ```
 */
export function nextSendTime(quietHours: QuietHours, options: QuietHoursOptions): Date | null {
  const fn = "nextSendTime";
  checkOptions(fn, options, "an object { asOf, timeZone }");
  const { asOf, timeZone } = options;
  checkDate(`${fn}: options.asOf`, asOf);
  checkTimeZone(`${fn}: options.timeZone`, timeZone);
  const { start, end } = window(fn, quietHours);
  if (start === 0 && end === DAY) return null;
  let at = asOf;
  // Each step lands on a quiet-hours end; a second step is only needed in odd zones.
  for (let step = 0; step < 4; step++) {
    const local = new TZDate(at.getTime(), timeZone);
    const minute = minuteOfDay(local);
    if (!quiet(minute, start, end)) return at;
    // The window ends on the same local date unless it spans midnight and began today.
    const days = start > end && minute >= start ? 1 : 0;
    const date = new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate() + days));
    const boundary = firstInstantAtWallClock(date, end, timeZone, at);
    // A fall-back before the boundary can set the wall clock back out of the window (01:59 EDT
    // becomes 01:00 EST, before a 01:15 start): the transition is then the answer, so step to
    // it and look again.
    const shift =
      tzOffset(timeZone, at) === tzOffset(timeZone, new Date(boundary.getTime() - 1))
        ? null
        : offsetChange(at.getTime(), boundary.getTime() - 1, timeZone);
    at = shift ?? boundary;
  }
  /* v8 ignore next 2 */
  return at;
}

/** Minutes since local midnight. */
function minuteOfDay(local: TZDate): number {
  return local.getHours() * 60 + local.getMinutes();
}

function quiet(minute: number, start: number, end: number): boolean {
  if (start === end) return false;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

function window(fn: string, quietHours: QuietHours): { start: number; end: number } {
  const parse = (field: "start" | "end"): number => {
    const value = quietHours?.[field];
    const match = typeof value === "string" ? /^(\d{2}):(\d{2})$/.exec(value) : null;
    const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
    if (!match || Number(match[2]) > 59 || minutes > DAY) {
      const message = expectedMessage(
        `${fn}: quietHours.${field}`,
        'a time of day "HH:mm" from "00:00" to "24:00"',
        value,
      );
      throw typeof value === "string" ? new RangeError(message) : new TypeError(message);
    }
    return minutes;
  };
  const rawStart = parse("start");
  const rawEnd = parse("end");
  const start = rawStart % DAY;
  // Equal start and end mean no quiet hours, "24:00" to "24:00" included (not a whole day).
  return { start, end: rawEnd === rawStart ? start : rawEnd };
}

/**
 * The first instant after `after` whose wall clock in `timeZone` is at or past `minutes` on the
 * local calendar date `date` (given as UTC midnight of that date).
 */
function firstInstantAtWallClock(date: Date, minutes: number, timeZone: string, after: Date): Date {
  // The wall-clock time read as if it were UTC; each real instant differs by the zone's offset.
  const wall = date.getTime() + minutes * 60_000;
  const offsets = new Set([
    tzOffset(timeZone, new Date(wall - 86_400_000)),
    tzOffset(timeZone, new Date(wall)),
    tzOffset(timeZone, new Date(wall + 86_400_000)),
  ]);
  const candidates = [...offsets]
    .map((offset) => wall - offset * 60_000)
    .filter((t) => tzOffset(timeZone, new Date(t)) * 60_000 === wall - t)
    .sort((a, b) => a - b);
  const next = candidates.find((t) => t > after.getTime());
  if (next !== undefined) return new Date(next);
  // No instant shows that wall-clock time: it falls in a spring-forward gap. The first instant
  // past it is the transition itself; find it by bisection between the two readings.
  const times = [...offsets].map((offset) => wall - offset * 60_000);
  return offsetChange(Math.min(...times), Math.max(...times), timeZone);
}

/**
 * The first instant (to the millisecond) in `(lo, hi]` whose offset differs from the offset at
 * `lo`, found by bisection; the offsets at `lo` and `hi` differ.
 */
function offsetChange(lo: number, hi: number, timeZone: string): Date {
  const before = tzOffset(timeZone, new Date(lo));
  let low = lo;
  let high = hi;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (tzOffset(timeZone, new Date(mid)) === before) low = mid;
    else high = mid;
  }
  return new Date(high);
}
