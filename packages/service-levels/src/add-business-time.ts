import { expectedMessage } from "@rapport/stats";
import { businessDay, dayAt, daysOf } from "./business-days";
import { type Instant, toMillis } from "./instant";
import { SEARCH_HORIZON_DAYS } from "./next-opening";
import type { Schedule } from "./schedule";

/**
 * The earliest instant by which `duration` milliseconds of business time have passed since
 * `start`. Durations are added over the UTC open intervals of each local day, never to a
 * wall-clock time, so a change of clocks inside working hours moves the result by exactly the
 * time the clocks skipped or repeated. A zero duration returns `start`.
 *
 * Throws a `RangeError` for a negative or non-finite duration, or when the schedule stays
 * closed for ten years.
 *
 * @example
 * ```ts
 * import { addBusinessTime, defineSchedule } from "@rapport/service-levels";
 * const schedule = defineSchedule({
 *   timeZone: "UTC",
 *   weekly: { monday: [{ from: "09:00", to: "17:00" }], tuesday: [{ from: "09:00", to: "17:00" }] },
 * });
 * // Monday 16:00 + 2 h of business time = Tuesday 10:00
 * addBusinessTime(new Date("2026-03-09T16:00:00Z"), 2 * 3_600_000, schedule); // 2026-03-10T10:00:00.000Z
 * ```
 */
export function addBusinessTime(start: Instant, duration: number, schedule: Schedule): Date {
  const from = toMillis(start, "start", "addBusinessTime");
  if (!(Number.isFinite(duration) && duration >= 0)) {
    throw new (typeof duration === "number" ? RangeError : TypeError)(
      expectedMessage(
        "addBusinessTime: duration",
        "a non-negative number of milliseconds",
        duration,
      ),
    );
  }
  return new Date(addOpenTime(schedule, from, duration));
}

/** The instant (UTC ms) by which `duration` open milliseconds have passed since `from`. */
export function addOpenTime(schedule: Schedule, from: number, duration: number): number {
  if (duration === 0) return from;
  const days = daysOf(schedule);
  let day = dayAt(schedule, days, from);
  let remaining = duration;
  let closedDays = 0;
  let closedSince = day.start;
  for (;;) {
    if (from <= day.start && remaining > day.total) {
      remaining -= day.total;
    } else {
      for (let i = 0; i < day.opens.length; i++) {
        const a = Math.max(day.opens[i]!, from);
        const b = day.closes[i]!;
        if (b <= a) continue;
        if (remaining <= b - a) return a + remaining;
        remaining -= b - a;
      }
    }
    if (day.total > 0) closedDays = 0;
    else if (closedDays++ === 0) closedSince = day.start;
    if (closedDays > SEARCH_HORIZON_DAYS) {
      // Name where the closed run began, not where the search gave up.
      throw new RangeError(
        `addBusinessTime: the schedule does not open for ${SEARCH_HORIZON_DAYS} days after ${new Date(closedSince).toISOString()}`,
      );
    }
    day = businessDay(schedule, days, day.key + 1);
  }
}
