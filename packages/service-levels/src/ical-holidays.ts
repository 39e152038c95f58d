import { checkTimeZone, isTimeZone, RapportValidationError, validationIssue } from "@rapport/core";
import { expectedMessage } from "@rapport/stats";
import ICAL from "ical.js";
import { checkHolidayRange, type HolidayRange, isoDate, nextDate } from "./holiday-range";
import type { Holiday } from "./schedule";
import { offsetAt, wallClockToUtc } from "./wall-clock";

/**
 * Options of {@link holidaysFromICalendar}: the dates to expand recurring events over, and the
 * zone of the schedule the holidays are for.
 *
 * @example
 * ```ts
 * import type { ICalendarHolidayOptions } from "@rapport/service-levels/holidays";
 * const options: ICalendarHolidayOptions = { from: "2026-01-01", to: "2027-12-31", timeZone: "Europe/Berlin" };
 * ```
 */
export interface ICalendarHolidayOptions extends HolidayRange {
  /**
   * The IANA zone of the schedule: timed events are converted to its wall clock, and times
   * without a zone (floating times, or a TZID that is not an IANA name) are read in it.
   */
  readonly timeZone: string;
}

/** At most this many occurrences of one recurring event are unrolled. */
const MAX_OCCURRENCES = 50_000;
const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * Reads an iCalendar (RFC 5545) holiday feed into the `Holiday` entries of a schedule: an
 * all-day event closes each of its dates (DTEND is exclusive), a timed event closes the part
 * of each local day of the schedule's zone it covers. Recurring events (RRULE, RDATE, EXDATE,
 * and RECURRENCE-ID overrides) are expanded over `options.from`..`options.to`; cancelled
 * events and occurrences are left out. Parsed with ical.js. Throws a `RapportValidationError`
 * when the text is not iCalendar, a `TypeError` or `RangeError` for bad options.
 *
 * @example
 * ```ts
 * import { defineSchedule } from "@rapport/service-levels";
 * import { holidaysFromICalendar } from "@rapport/service-levels/holidays";
 * const feed = [
 *   "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example//Holidays//EN",
 *   "BEGIN:VEVENT", "UID:xmas", "DTSTART;VALUE=DATE:20261225", "DTEND;VALUE=DATE:20261227",
 *   "RRULE:FREQ=YEARLY", "SUMMARY:Christmas", "END:VEVENT", "END:VCALENDAR",
 * ].join("\r\n");
 * const holidays = holidaysFromICalendar(feed, { from: "2026-01-01", to: "2027-12-31", timeZone: "Europe/Berlin" });
 * // [{ date: "2026-12-25", name: "Christmas" }, { date: "2026-12-26", … }, { date: "2027-12-25", … }, …]
 * const schedule = defineSchedule({
 *   timeZone: "Europe/Berlin",
 *   weekly: { monday: [{ from: "09:00", to: "17:00" }] },
 *   holidays,
 * });
 * ```
 */
export function holidaysFromICalendar(text: string, options: ICalendarHolidayOptions): Holiday[] {
  const fn = "holidaysFromICalendar";
  if (typeof text !== "string") {
    throw new TypeError(expectedMessage(`${fn}: text`, "iCalendar text (a string)", text));
  }
  const range = checkHolidayRange(fn, options);
  const timeZone = checkTimeZone(`${fn}: options.timeZone`, options.timeZone);
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch (error) {
    throw new RapportValidationError("ICalendar", [
      validationIssue([], "invalid_format", "iCalendar text (RFC 5545)", (error as Error).message),
    ]);
  }
  if (root.name !== "vcalendar") {
    throw new RapportValidationError("ICalendar", [
      validationIssue([], "invalid_format", "a VCALENDAR", root.name.toUpperCase()),
    ]);
  }
  const events = root.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  const masters = new Map<string, ICAL.Event>();
  for (const event of events) if (!event.isRecurrenceException()) masters.set(event.uid, event);
  for (const event of events) {
    if (event.isRecurrenceException()) masters.get(event.uid)?.relateException(event);
  }

  const holidays: Holiday[] = [];
  // Occurrences starting this long before the range cannot reach into it (a long event can).
  const skipBefore = Date.parse(`${range.from}T00:00:00Z`) - 400 * DAY;
  const rangeEnd = Date.parse(`${range.to}T00:00:00Z`) + 3 * DAY;
  for (const event of masters.values()) {
    if (!event.startDate) continue;
    const add = (start: ICAL.Time, end: ICAL.Time | null, status: string | null, name: string) => {
      if (status?.toUpperCase() === "CANCELLED") return;
      for (const holiday of closedParts(start, end, timeZone, name)) {
        if (holiday.date >= range.from && holiday.date <= range.to) holidays.push(holiday);
      }
    };
    if (!event.isRecurring()) {
      add(event.startDate, event.endDate, status(event.component), event.summary ?? "");
      continue;
    }
    const iterator = event.iterator();
    for (let n = 0; n < MAX_OCCURRENCES; n++) {
      const next = iterator.next();
      if (!next) break;
      // Wall-clock fields as UTC: a day or two of slack covers any zone.
      const wall = Date.UTC(next.year, next.month - 1, next.day, next.hour, next.minute);
      if (wall > rangeEnd) break;
      if (wall < skipBefore) continue;
      const details = event.getOccurrenceDetails(next);
      add(
        details.startDate,
        details.endDate,
        status(details.item.component),
        details.item.summary ?? event.summary ?? "",
      );
    }
  }
  return holidays.sort(
    (a, b) => a.date.localeCompare(b.date) || (a.from ?? "").localeCompare(b.from ?? ""),
  );
}

function status(component: ICAL.Component): string | null {
  const value = component.getFirstPropertyValue("status");
  return typeof value === "string" ? value : null;
}

/** The holidays (local dates of `timeZone`) an event from `start` to `end` closes. */
function closedParts(
  start: ICAL.Time,
  end: ICAL.Time | null,
  timeZone: string,
  name: string,
): Holiday[] {
  const label = name.trim() === "" ? {} : { name: name.trim() };
  if (start.isDate) {
    // All-day: every date from DTSTART up to (not including) DTEND; one day without DTEND.
    const first = isoDate(start.year, start.month, start.day);
    const last = end?.isDate ? isoDate(end.year, end.month, end.day) : nextDate(first);
    const dates: Holiday[] = [];
    for (let date = first; date < last || date === first; date = nextDate(date)) {
      dates.push({ date, ...label });
      if (dates.length > 366) break;
    }
    return dates;
  }
  const from = instantOf(start, timeZone);
  const to = end ? instantOf(end, timeZone) : from;
  if (!(to > from)) return [];
  // Cut [from, to) at the local midnights of the schedule's zone.
  const parts: Holiday[] = [];
  let cursor = from;
  while (cursor < to && parts.length <= 366) {
    const local = localFields(cursor, timeZone);
    const date = isoDate(local.year, local.month, local.day);
    const [y, m, d] = nextDate(date).split("-").map(Number) as [number, number, number];
    const midnight = wallClockToUtc(timeZone, y, m, d, 0);
    const stop = Math.min(to, midnight);
    const fromTime = hhmm(local.minutes);
    const toTime = stop === midnight ? "24:00" : hhmm(localFields(stop, timeZone).minutes);
    if (fromTime === "00:00" && toTime === "24:00") parts.push({ date, ...label });
    else if (toTime > fromTime) parts.push({ date, from: fromTime, to: toTime, ...label });
    cursor = stop;
  }
  return parts;
}

/** The UTC instant of an iCalendar date-time: UTC, its IANA TZID, or floating in `timeZone`. */
function instantOf(time: ICAL.Time, timeZone: string): number {
  if (time.zone?.tzid === "UTC") return time.toUnixTime() * 1000;
  const tzid = (time as unknown as { timezone?: string }).timezone;
  const zone = typeof tzid === "string" && isTimeZone(tzid) ? tzid : timeZone;
  const minutes = time.hour * 60 + time.minute + time.second / 60;
  return wallClockToUtc(zone, time.year, time.month, time.day, minutes);
}

function localFields(instant: number, timeZone: string) {
  const local = new Date(instant + offsetAt(timeZone, instant) * MINUTE);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
