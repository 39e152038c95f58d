import type { Case } from "@rapport/core";
import { expectedMessage } from "@rapport/stats";
import { type BusinessDay, businessDay, dayAt, daysOf } from "./business-days";
import { type Instant, toMillis } from "./instant";
import { isSchedule, type Schedule } from "./schedule";

/**
 * A measure of business time for service durations: the open milliseconds of a case's
 * schedule between two instants, negative when `end` is before `start` (as
 * {@link businessTimeBetween}). It has the shape of `DurationMeasure` of `@rapport/metrics`,
 * so `serviceDurations(cases, { measure })` counts business hours with it.
 *
 * @example
 * ```ts
 * import { businessTimeMeasure, defineSchedule, type BusinessTimeMeasure } from "@rapport/service-levels";
 * const measure: BusinessTimeMeasure = businessTimeMeasure(
 *   defineSchedule({ timeZone: "UTC", weekly: { monday: [{ from: "09:00", to: "17:00" }] } }),
 * );
 * ```
 */
export type BusinessTimeMeasure = (start: Instant, end: Instant, serviceCase: Case) => number;

/**
 * The schedule a case's time is counted on: e.g. that of its team, or of the SLA policy that
 * applies to it ({@link scheduleOfPolicy}).
 *
 * @example
 * ```ts
 * import { defineSchedule, type ScheduleOfCase } from "@rapport/service-levels";
 * const day = [{ from: "09:00", to: "17:00" }];
 * const dublin = defineSchedule({ timeZone: "Europe/Dublin", weekly: { monday: day } });
 * const tokyo = defineSchedule({ timeZone: "Asia/Tokyo", weekly: { monday: day } });
 * const byTeam: ScheduleOfCase = (serviceCase) => (serviceCase.teamId === "apac" ? tokyo : dublin);
 * ```
 */
export type ScheduleOfCase = (serviceCase: Case) => Schedule;

/** Cumulative open time at the start of each local day, from the first day asked for. */
interface Clock {
  readonly days: Map<number, BusinessDay>;
  /** The first day's key: open time is counted from its start. */
  readonly base: number;
  /** `forward[i]`: open ms from the start of day `base` to the start of day `base + i`. */
  readonly forward: number[];
  /** `backward[j]`: minus the open ms from the start of day `base − 1 − j` to that of `base`. */
  readonly backward: number[];
}

const clocks = new WeakMap<Schedule, Clock>();

/**
 * Business time as a measure for service durations, on one schedule for every case or on the
 * schedule of each case (its team's, its policy's). Exact across daylight-saving changes, and
 * equal to {@link businessTimeBetween} to the millisecond; built for many spans: the open time
 * of each local day is added up once per schedule, so a span costs two look-ups however many
 * days it covers (businessTimeBetween walks its days).
 *
 * @example
 * ```ts
 * import { parseCase } from "@rapport/core";
 * import { serviceDurations } from "@rapport/metrics";
 * import { businessTimeMeasure, defineSchedule } from "@rapport/service-levels";
 * const nineToFive = [{ from: "09:00", to: "17:00" }];
 * const hours = defineSchedule({
 *   timeZone: "America/New_York",
 *   weekly: { monday: nineToFive, tuesday: nineToFive, wednesday: nineToFive,
 *     thursday: nineToFive, friday: nineToFive },
 * });
 * // Opened Friday 16:00 New York time, first reply Monday 10:00: 2 business hours.
 * const kase = parseCase({ id: "c1", customerId: "u1", channel: "email", status: "open",
 *   createdAt: "2026-03-06T21:00:00Z", firstReplyAt: "2026-03-09T14:00:00Z" });
 * serviceDurations([kase], { measure: businessTimeMeasure(hours) }).firstReply.median; // 120
 * ```
 */
export function businessTimeMeasure(schedules: Schedule | ScheduleOfCase): BusinessTimeMeasure {
  const fn = "businessTimeMeasure";
  if (typeof schedules === "function") {
    return (start, end, serviceCase) => {
      const schedule = schedules(serviceCase);
      if (!isSchedule(schedule)) {
        throw new TypeError(
          expectedMessage(
            `${fn}: schedule of case ${serviceCase?.id}`,
            "a schedule made by defineSchedule",
            schedule,
          ),
        );
      }
      return measureOn(schedule, start, end);
    };
  }
  if (!isSchedule(schedules)) {
    throw new TypeError(
      expectedMessage(
        `${fn}: schedules`,
        "a schedule made by defineSchedule, or a function from a case to one",
        schedules,
      ),
    );
  }
  return (start, end) => measureOn(schedules, start, end);
}

function measureOn(schedule: Schedule, start: Instant, end: Instant): number {
  const from = toMillis(start, "start", "businessTimeMeasure");
  const to = toMillis(end, "end", "businessTimeMeasure");
  let clock = clocks.get(schedule);
  if (!clock) {
    const days = daysOf(schedule);
    clock = { days, base: dayAt(schedule, days, from).key, forward: [0], backward: [] };
    clocks.set(schedule, clock);
  }
  return openSince(schedule, clock, to) - openSince(schedule, clock, from);
}

/** Open milliseconds from the start of the clock's base day to `at` (negative before it). */
function openSince(schedule: Schedule, clock: Clock, at: number): number {
  const day = dayAt(schedule, clock.days, at);
  let within = 0;
  const { opens, closes } = day;
  for (let i = 0; i < opens.length && opens[i]! < at; i++) {
    within += Math.min(closes[i]!, at) - opens[i]!;
  }
  return dayStart(schedule, clock, day.key) + within;
}

function dayStart(schedule: Schedule, clock: Clock, key: number): number {
  const { base, forward, backward, days } = clock;
  const index = key - base;
  if (index >= 0) {
    for (let i = forward.length; i <= index; i++) {
      forward.push(forward[i - 1]! + businessDay(schedule, days, base + i - 1).total);
    }
    return forward[index]!;
  }
  const back = -index - 1;
  for (let j = backward.length; j <= back; j++) {
    backward.push(
      (j === 0 ? 0 : backward[j - 1]!) - businessDay(schedule, days, base - 1 - j).total,
    );
  }
  return backward[back]!;
}
