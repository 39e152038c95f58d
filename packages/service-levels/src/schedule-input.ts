// What a schedule is defined from: the week's opening hours, holidays and closures.

/**
 * The days of the week, in the order of `Date#getDay()` (0 = Sunday).
 *
 * @example
 * ```ts
 * import { WEEKDAYS } from "@rapport/service-levels";
 * WEEKDAYS.indexOf("monday"); // 1
 * ```
 */
export const WEEKDAYS = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
] as const;

/**
 * A day of the week: one of {@link WEEKDAYS}.
 *
 * @example
 * ```ts
 * import type { Weekday } from "@rapport/service-levels";
 * const day: Weekday = "friday";
 * ```
 */
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * One opening interval on a weekday, in wall-clock time of the schedule's zone.
 *
 * @example
 * ```ts
 * import type { OpeningHours } from "@rapport/service-levels";
 * const morning: OpeningHours = { from: "09:00", to: "12:30" };
 * const night: OpeningHours = { from: "22:00", to: "06:00" }; // runs into the next day
 * ```
 */
export interface OpeningHours {
  /** Opening time, `"HH:mm"` (24-hour clock). */
  readonly from: string;
  /**
   * Closing time, `"HH:mm"`, or `"24:00"` for midnight at the end of the day. A time not after
   * `from` closes on the next day (an overnight shift).
   */
  readonly to: string;
}

/**
 * A holiday: a local date on which the schedule is closed all day, or between `from` and `to`.
 *
 * @example
 * ```ts
 * import type { Holiday } from "@rapport/service-levels";
 * const christmas: Holiday = { date: "2026-12-25", name: "Christmas Day" };
 * const eve: Holiday = { date: "2026-12-24", from: "13:00", to: "24:00" };
 * ```
 */
export interface Holiday {
  /** The local date, `"YYYY-MM-DD"`. */
  readonly date: string;
  /** Start of the closed part, `"HH:mm"`; omit with `to` for the whole day. */
  readonly from?: string;
  /** End of the closed part, `"HH:mm"` or `"24:00"`, after `from`. */
  readonly to?: string;
  /** A label for people, e.g. `"Christmas Day"`. */
  readonly name?: string;
}

/**
 * A one-off closure between two moments: local date-times `"YYYY-MM-DDTHH:mm"` in the
 * schedule's zone, or `Date` instants.
 *
 * @example
 * ```ts
 * import type { Closure } from "@rapport/service-levels";
 * const offsite: Closure = { from: "2026-06-11T12:00", to: "2026-06-12T12:00", reason: "Team offsite" };
 * ```
 */
export interface Closure {
  /** When the closure starts. */
  readonly from: string | Date;
  /** When it ends (after `from`). */
  readonly to: string | Date;
  /** Why, for people. */
  readonly reason?: string;
}

/**
 * What {@link defineSchedule} takes.
 *
 * @example
 * ```ts
 * import type { ScheduleInput } from "@rapport/service-levels";
 * const input: ScheduleInput = {
 *   timeZone: "Europe/London",
 *   weekly: { monday: [{ from: "09:00", to: "17:00" }] },
 * };
 * ```
 */
export interface ScheduleInput {
  /** The IANA zone the wall-clock times are in, e.g. `"America/New_York"`. */
  readonly timeZone: string;
  /** Opening intervals per weekday; a weekday left out is closed. */
  readonly weekly: Readonly<Partial<Record<Weekday, readonly OpeningHours[]>>>;
  /** Holidays, whole or partial days. */
  readonly holidays?: readonly Holiday[];
  /** One-off closures. */
  readonly closures?: readonly Closure[];
}
