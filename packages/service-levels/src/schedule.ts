// The zod-free entries of core: a schedule needs the zone check and the error, not the schemas.

import {
  RapportValidationError,
  type ValidationIssue,
  type ValidationIssueCode,
  validationIssue,
} from "@rapport/core/errors";
import { isTimeZone } from "@rapport/core/intl";
import { oneOf } from "@rapport/stats";

import { type OpeningHours, type ScheduleInput, WEEKDAYS } from "./schedule-input";
import { wallClockToUtc } from "./wall-clock";

export {
  type Closure,
  type Holiday,
  type OpeningHours,
  type ScheduleInput,
  WEEKDAYS,
  type Weekday,
} from "./schedule-input";

/**
 * A range of minutes since local midnight, `[from, to)`, `to` at most 1440.
 *
 * @example
 * ```ts
 * import type { MinuteRange } from "@rapport/service-levels";
 * const nineToFive: MinuteRange = { from: 540, to: 1020 };
 * ```
 */
export interface MinuteRange {
  /** First minute, from local midnight. */
  readonly from: number;
  /** Minute after the last, from local midnight (1440 = the next midnight). */
  readonly to: number;
}

/**
 * A validated business calendar, made by {@link defineSchedule}. Treat it as opaque and
 * reuse the same object: the expanded UTC intervals of each local day are cached per schedule.
 *
 * @example
 * ```ts
 * import { defineSchedule, type Schedule } from "@rapport/service-levels";
 * const schedule: Schedule = defineSchedule({
 *   timeZone: "Europe/Paris",
 *   weekly: { monday: [{ from: "09:00", to: "18:00" }] },
 * });
 * ```
 */
export interface Schedule {
  /** The IANA zone of the wall-clock times. */
  readonly timeZone: string;
  /**
   * Open minutes of each weekday (index 0 = Sunday), with overnight shifts split at midnight:
   * sorted and merged.
   */
  readonly weekly: readonly (readonly MinuteRange[])[];
  /** Closed minutes by local date (`"YYYY-MM-DD"`), sorted and merged. */
  readonly holidays: ReadonlyMap<string, readonly MinuteRange[]>;
  /** One-off closures as UTC epoch-millisecond ranges `[from, to)`, sorted and merged. */
  readonly closures: readonly { readonly from: number; readonly to: number }[];
}

const TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})$/;

const defined = new WeakSet<object>();

/**
 * Validates and normalises a business calendar: wall-clock opening intervals per weekday in
 * an IANA zone (several a day; an overnight shift such as 22:00-06:00 is split at midnight,
 * its second part belonging to the next day), holidays as local dates (whole or partial) and
 * one-off closures. Overlapping intervals are merged. Throws a `RapportValidationError` naming
 * every bad field.
 *
 * Holidays close the wall-clock time of their local date, whichever weekday's shift it came
 * from: a holiday on Saturday also closes the 00:00-06:00 end of Friday's night shift.
 *
 * @example
 * ```ts
 * import { defineSchedule } from "@rapport/service-levels";
 * const support = defineSchedule({
 *   timeZone: "America/New_York",
 *   weekly: {
 *     monday: [{ from: "09:00", to: "12:00" }, { from: "13:00", to: "17:00" }],
 *     friday: [{ from: "22:00", to: "06:00" }],
 *   },
 *   holidays: [{ date: "2026-12-25", name: "Christmas Day" }],
 * });
 * ```
 */
export function defineSchedule(input: ScheduleInput): Schedule {
  const issues: ValidationIssue[] = [];
  const issue = (
    path: PropertyKey[],
    expected: string,
    received: unknown,
    code: ValidationIssueCode = "invalid_value",
  ) => issues.push(validationIssue(path, code, expected, received));

  if (typeof input !== "object" || input === null) {
    throw new RapportValidationError("Schedule", [
      validationIssue([], "invalid_type", "an object", input),
    ]);
  }
  const timeZone = input.timeZone;
  const zoneOk = typeof timeZone === "string" && isTimeZone(timeZone);
  if (!zoneOk) issue(["timeZone"], 'an IANA time-zone name such as "Europe/Berlin"', timeZone);

  const weekly: MinuteRange[][] = WEEKDAYS.map(() => []);
  if (typeof input.weekly !== "object" || input.weekly === null) {
    issue(["weekly"], "an object of opening intervals per weekday", input.weekly, "invalid_type");
  } else {
    for (const [key, hours] of Object.entries(input.weekly)) {
      const dayIndex = (WEEKDAYS as readonly string[]).indexOf(key);
      if (dayIndex < 0) {
        issue(["weekly", key], `a weekday, ${oneOf(WEEKDAYS)}`, key, "unknown_key");
        continue;
      }
      if (!Array.isArray(hours)) {
        issue(["weekly", key], "an array of { from, to }", hours, "invalid_type");
        continue;
      }
      hours.forEach((range: OpeningHours, index: number) => {
        const path = ["weekly", key, index];
        const from = parseTime(range?.from);
        const to = parseTime(range?.to);
        if (from === null || from === 1440)
          issue([...path, "from"], '"HH:mm" (00:00-23:59)', range?.from, "invalid_format");
        if (to === null)
          issue([...path, "to"], '"HH:mm" (00:00-24:00)', range?.to, "invalid_format");
        if (from === null || from === 1440 || to === null) return;
        if (to === from) {
          issue(
            [...path, "to"],
            `a closing time other than the opening time ${range.from}`,
            range.to,
          );
        } else if (to > from) {
          weekly[dayIndex]!.push({ from, to });
        } else {
          // Overnight: the part after midnight belongs to the next weekday.
          weekly[dayIndex]!.push({ from, to: 1440 });
          if (to > 0) weekly[(dayIndex + 1) % 7]!.push({ from: 0, to });
        }
      });
    }
  }

  if (issues.length === 0 && weekly.every((ranges) => ranges.length === 0)) {
    issue(["weekly"], "at least one opening interval", input.weekly);
  }

  const holidays = new Map<string, MinuteRange[]>();
  (input.holidays ?? []).forEach((holiday, index) => {
    const path = ["holidays", index];
    if (!parseDate(holiday?.date)) {
      issue([...path, "date"], 'a local date "YYYY-MM-DD"', holiday?.date, "invalid_format");
      return;
    }
    let range: MinuteRange = { from: 0, to: 1440 };
    if (holiday.from !== undefined || holiday.to !== undefined) {
      const from = parseTime(holiday.from);
      const to = parseTime(holiday.to);
      if (from === null)
        issue([...path, "from"], '"HH:mm" with to', holiday.from, "invalid_format");
      if (to === null)
        issue([...path, "to"], '"HH:mm" or "24:00" with from', holiday.to, "invalid_format");
      if (from === null || to === null) return;
      if (to <= from) {
        issue([...path, "to"], `a time after from (${holiday.from})`, holiday.to);
        return;
      }
      range = { from, to };
    }
    const list = holidays.get(holiday.date) ?? [];
    list.push(range);
    holidays.set(holiday.date, list);
  });

  const closures: { from: number; to: number }[] = [];
  (input.closures ?? []).forEach((closure, index) => {
    const path = ["closures", index];
    // With a bad zone the format is still checked (read as UTC), so every bad field is named.
    const zone = zoneOk ? timeZone : "UTC";
    const from = parseMoment(closure?.from, zone);
    const to = parseMoment(closure?.to, zone);
    const expected = 'a local date-time "YYYY-MM-DDTHH:mm" or a valid Date';
    if (Number.isNaN(from)) issue([...path, "from"], expected, closure?.from, "invalid_format");
    if (Number.isNaN(to)) issue([...path, "to"], expected, closure?.to, "invalid_format");
    if (Number.isNaN(from) || Number.isNaN(to)) return;
    if (to <= from) issue([...path, "to"], "a moment after from", closure.to);
    else closures.push({ from, to });
  });

  if (issues.length > 0) throw new RapportValidationError("Schedule", issues);
  const schedule: Schedule = Object.freeze({
    timeZone,
    weekly: Object.freeze(weekly.map((ranges) => Object.freeze(mergeRanges(ranges)))),
    holidays: new Map([...holidays].map(([date, ranges]) => [date, mergeRanges(ranges)])),
    closures: Object.freeze(mergeRanges(closures)),
  });
  defined.add(schedule);
  return schedule;
}

/** Whether a value is a schedule made by {@link defineSchedule}. */
export function isSchedule(value: unknown): value is Schedule {
  return typeof value === "object" && value !== null && defined.has(value);
}

/** Minutes since midnight of `"HH:mm"` (`"24:00"` is 1440), or null. */
function parseTime(value: unknown): number | null {
  if (typeof value !== "string") return null;
  const match = TIME.exec(value);
  if (!match) return null;
  return match[3] ? 1440 : Number(match[1]) * 60 + Number(match[2]);
}

function parseDate(value: unknown): [number, number, number] | null {
  if (typeof value !== "string") return null;
  const match = DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return [year, month, day];
}

function parseMoment(value: unknown, timeZone: string): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value !== "string") return Number.NaN;
  const match = LOCAL_DATE_TIME.exec(value);
  const date = match ? parseDate(`${match[1]}-${match[2]}-${match[3]}`) : null;
  const time = match ? parseTime(match[4]) : null;
  if (!date || time === null) return Number.NaN;
  return wallClockToUtc(timeZone, date[0], date[1], date[2], time);
}

/** Sorts ranges and merges those that overlap or touch. */
function mergeRanges<T extends { from: number; to: number }>(ranges: readonly T[]): T[] {
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  const merged: T[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.from <= last.to)
      merged[merged.length - 1] = { ...last, to: Math.max(last.to, range.to) };
    else merged.push({ ...range });
  }
  return merged;
}
