import { type BusinessDay, dayAt, daysOf } from "./business-days";
import { type Instant, toMillis } from "./instant";
import type { Schedule } from "./schedule";
import { openInDays } from "./week-totals";

/**
 * Business time, in milliseconds, between two instants: the length of the part of
 * `[start, end)` during which the schedule is open. Negative when `end` is before `start`.
 * The machine's own time zone plays no part.
 *
 * Each local day's opening intervals are expanded once to UTC instants in the schedule's zone
 * (cached per schedule), so a day of 23 or 25 hours counts what the clocks really showed. Only
 * the first and last days are walked: the whole days between them are whole weeks times the
 * week's open time plus a remainder of weekdays, corrected by the days that differ (a DST
 * change, a holiday, a closure), which are listed once per schedule. A span of ten years costs
 * about as much as a span of two days.
 *
 * @example
 * ```ts
 * import { businessTimeBetween, defineSchedule } from "@rapport/service-levels";
 * const schedule = defineSchedule({
 *   timeZone: "Europe/London",
 *   weekly: { monday: [{ from: "09:00", to: "17:00" }], tuesday: [{ from: "09:00", to: "17:00" }] },
 * });
 * // Monday 16:00 to Tuesday 10:00 London time: 1 h + 1 h
 * businessTimeBetween(new Date("2026-03-09T16:00:00Z"), new Date("2026-03-10T10:00:00Z"), schedule); // 7200000
 * ```
 */
export function businessTimeBetween(start: Instant, end: Instant, schedule: Schedule): number {
  const from = toMillis(start, "start", "businessTimeBetween");
  const to = toMillis(end, "end", "businessTimeBetween");
  if (to < from) return 0 - openBetween(schedule, to, from);
  return openBetween(schedule, from, to);
}

/** Open milliseconds in `[from, to)`, `from <= to`. */
export function openBetween(schedule: Schedule, from: number, to: number): number {
  const days = daysOf(schedule);
  const first = dayAt(schedule, days, from);
  if (to <= first.end) return openInDay(first, from, to);
  const last = dayAt(schedule, days, to);
  // The partial first and last days, and the whole days between them in one step.
  return (
    openInDay(first, from, to) +
    openInDays(schedule, first.key + 1, last.key) +
    openInDay(last, from, to)
  );
}

function openInDay(day: BusinessDay, from: number, to: number): number {
  let total = 0;
  const { opens, closes } = day;
  for (let i = 0; i < opens.length; i++) {
    const a = Math.max(opens[i]!, from);
    const b = Math.min(closes[i]!, to);
    if (b > a) total += b - a;
  }
  return total;
}
