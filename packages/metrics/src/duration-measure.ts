import type { Case } from "@rapport/core";

/**
 * How a service duration is measured: the milliseconds that count between two instants of a
 * case (`start` not after `end`). The default, {@link calendarTime}, counts every millisecond;
 * `businessTimeMeasure` of `@rapport/service-levels` counts only the open hours of a schedule
 * (one for all cases, or the schedule of each case's team or policy). The case is passed so
 * that a measure can pick its schedule; a measure must not change it.
 *
 * @example
 * ```ts
 * import type { DurationMeasure } from "@rapport/metrics";
 * // Count only the time after the first hour, e.g. to ignore an auto-reply window.
 * const afterFirstHour: DurationMeasure = (start, end) =>
 *   Math.max(0, end.getTime() - start.getTime() - 3_600_000);
 * ```
 */
export type DurationMeasure = (start: Date, end: Date, serviceCase: Case) => number;

/**
 * Calendar time: `end − start` in milliseconds, around the clock. The default measure of
 * {@link serviceDurations}.
 *
 * @example
 * ```ts
 * import { calendarTime } from "@rapport/metrics";
 * calendarTime(new Date("2024-03-01T09:00:00Z"), new Date("2024-03-01T10:30:00Z")); // 5400000
 * ```
 */
export function calendarTime(start: Date, end: Date): number {
  return end.getTime() - start.getTime();
}
