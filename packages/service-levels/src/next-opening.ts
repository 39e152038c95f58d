import { checkDate } from "@rapport/stats";
import { businessDay, dayAt, daysOf } from "./business-days";
import type { ScheduleMomentOptions } from "./is-open";
import type { Schedule } from "./schedule";

/** How far ahead an opening is looked for: ten years of days. */
export const SEARCH_HORIZON_DAYS = 3660;

/**
 * The first instant at or after `options.asOf` when the schedule is open: `asOf` itself when
 * it is open, otherwise the next opening. `null` when the schedule does not open within ten
 * years. Throws a `TypeError` when `asOf` is not a `Date` and a `RangeError` when it is an
 * invalid one.
 *
 * @example
 * ```ts
 * import { defineSchedule, nextOpening } from "@rapport/service-levels";
 * const schedule = defineSchedule({
 *   timeZone: "Europe/Berlin",
 *   weekly: { monday: [{ from: "09:00", to: "17:00" }] },
 * });
 * // Saturday noon → Monday 09:00 CET
 * nextOpening(schedule, { asOf: new Date("2026-03-07T11:00:00Z") }); // 2026-03-09T08:00:00.000Z
 * ```
 */
export function nextOpening(schedule: Schedule, options: ScheduleMomentOptions): Date | null {
  const t = checkDate("nextOpening: options.asOf", options?.asOf).getTime();
  return nextOpeningAt(schedule, t);
}

/** The first open instant at or after `t` (epoch milliseconds), or null; internal. */
export function nextOpeningAt(schedule: Schedule, t: number): Date | null {
  const days = daysOf(schedule);
  let day = dayAt(schedule, days, t);
  for (let n = 0; n <= SEARCH_HORIZON_DAYS; n++) {
    for (let i = 0; i < day.opens.length; i++) {
      if (day.closes[i]! > t) return new Date(Math.max(t, day.opens[i]!));
    }
    day = businessDay(schedule, days, day.key + 1);
  }
  return null;
}
