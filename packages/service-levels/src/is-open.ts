import { dayAt, daysOf } from "./business-days";
import { type Instant, toMillis } from "./instant";
import type { Schedule } from "./schedule";

/**
 * Whether the schedule is open at an instant (opening instants are open, closing instants
 * are not).
 *
 * @example
 * ```ts
 * import { defineSchedule, isOpen } from "@rapport/service-levels";
 * const schedule = defineSchedule({
 *   timeZone: "America/New_York",
 *   weekly: { monday: [{ from: "09:00", to: "17:00" }] },
 * });
 * isOpen(new Date("2026-03-09T13:00:00Z"), schedule); // true: 09:00 EDT
 * isOpen(new Date("2026-03-09T21:00:00Z"), schedule); // false: 17:00 EDT
 * ```
 */
export function isOpen(at: Instant, schedule: Schedule): boolean {
  const t = toMillis(at, "at", "isOpen");
  const day = dayAt(schedule, daysOf(schedule), t);
  for (let i = 0; i < day.opens.length; i++) {
    if (t >= day.opens[i]! && t < day.closes[i]!) return true;
  }
  return false;
}
