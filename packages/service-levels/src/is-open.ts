import { checkDate } from "@rapport/stats";
import { dayAt, daysOf } from "./business-days";
import type { Schedule } from "./schedule";

/**
 * Options of {@link isOpen} and {@link nextOpening}.
 *
 * @example
 * ```ts
 * import type { ScheduleMomentOptions } from "@rapport/service-levels";
 * const options: ScheduleMomentOptions = { asOf: new Date("2026-03-09T13:00:00Z") };
 * ```
 */
export interface ScheduleMomentOptions {
  /** The moment asked about (the caller's clock); required, so no answer depends on the machine's. */
  readonly asOf: Date;
}

/**
 * Whether the schedule is open at `options.asOf` (opening instants are open, closing instants
 * are not). Throws a `TypeError` when `asOf` is not a `Date` and a `RangeError` when it is an
 * invalid one.
 *
 * @example
 * ```ts
 * import { defineSchedule, isOpen } from "@rapport/service-levels";
 * const schedule = defineSchedule({
 *   timeZone: "America/New_York",
 *   weekly: { monday: [{ from: "09:00", to: "17:00" }] },
 * });
 * isOpen(schedule, { asOf: new Date("2026-03-09T13:00:00Z") }); // true: 09:00 EDT
 * isOpen(schedule, { asOf: new Date("2026-03-09T21:00:00Z") }); // false: 17:00 EDT
 * ```
 */
export function isOpen(schedule: Schedule, options: ScheduleMomentOptions): boolean {
  return openAt(schedule, checkDate("isOpen: options.asOf", options?.asOf).getTime());
}

/** Whether the schedule is open at an instant in epoch milliseconds; internal. */
export function openAt(schedule: Schedule, t: number): boolean {
  const day = dayAt(schedule, daysOf(schedule), t);
  for (let i = 0; i < day.opens.length; i++) {
    if (t >= day.opens[i]! && t < day.closes[i]!) return true;
  }
  return false;
}
