import type { Agent, Case, Interaction } from "@rapport/core";
import { expectedMessage } from "@rapport/stats";
import { type DurationFigure, durationFigure } from "./duration-figure";
import { calendarTime, type DurationMeasure } from "./duration-measure";
import { checkLevel } from "./score-options";
import { type ServiceTimeline, serviceTimeline } from "./service-timeline";

/**
 * The service durations {@link serviceDurations} gives, in this order.
 *
 * - `firstReply`: from creation to the first public agent reply.
 * - `nextReply`: each reply after the first, from the first unanswered public customer message.
 * - `nextReplyPerCase`: the mean next reply of each case, one value a case.
 * - `firstResolution`: from creation to the first time the case was solved.
 * - `fullResolution`: from creation to the latest time it was solved.
 * - `requesterWait`: time spent new, open and on hold.
 * - `agentWait`: time spent pending (waiting on the customer).
 * - `onHold`: time spent on hold (waiting on a third party).
 *
 * @example
 * ```ts
 * import { SERVICE_DURATIONS } from "@rapport/metrics";
 * SERVICE_DURATIONS.includes("requesterWait"); // true
 * ```
 */
export const SERVICE_DURATIONS = [
  "firstReply",
  "nextReply",
  "nextReplyPerCase",
  "firstResolution",
  "fullResolution",
  "requesterWait",
  "agentWait",
  "onHold",
] as const;

/**
 * A service duration: one of {@link SERVICE_DURATIONS}.
 *
 * @example
 * ```ts
 * import type { ServiceDurationName } from "@rapport/metrics";
 * const name: ServiceDurationName = "fullResolution";
 * ```
 */
export type ServiceDurationName = (typeof SERVICE_DURATIONS)[number];

/**
 * Every service duration of a set of cases, each a {@link DurationFigure} in minutes.
 *
 * @example
 * ```ts
 * import { serviceDurations, type ServiceDurations } from "@rapport/metrics";
 * const figures: ServiceDurations = serviceDurations([]);
 * figures.cases; // 0
 * ```
 */
export type ServiceDurations = Readonly<Record<ServiceDurationName, DurationFigure>> & {
  /** Cases considered. */
  readonly cases: number;
};

/**
 * Options of {@link serviceDurations}.
 *
 * @example
 * ```ts
 * import type { ServiceDurationOptions } from "@rapport/metrics";
 * const options: ServiceDurationOptions = { interactions: [], agents: [], level: 0.9 };
 * ```
 */
export interface ServiceDurationOptions {
  /**
   * The cases' interactions, linked by `caseId`. Replies and customer messages come from them;
   * a case with none of its interactions given falls back to its own `firstReplyAt` and has
   * no next replies.
   */
  readonly interactions?: Iterable<Interaction>;
  /** Agents: those with `isBot: true` are left out like bot and system authors. */
  readonly agents?: Iterable<Agent>;
  /** How time is counted; default {@link calendarTime}. */
  readonly measure?: DurationMeasure;
  /** Confidence level of the medians' intervals, strictly between 0 and 1. Default 0.95. */
  readonly level?: number;
}

/**
 * Every service duration of a set of cases, as Zendesk defines its native duration metrics
 * ("About native Support time duration metrics"), in minutes of calendar time or of any
 * {@link DurationMeasure} (business hours, with `businessTimeMeasure` of
 * `@rapport/service-levels`). Each figure gives n, the cases whose clock has not stopped
 * (`missing`), median, mean, p90, range and a distribution-free interval for the median.
 *
 * Attribution follows Zendesk:
 * - Only public messages count, and only by people: a private note is not a reply, and bots,
 *   agents with `isBot` and system authors are left out.
 * - First reply ends at the first public agent comment. A case opened by an agent's public
 *   comment (the first comment by a person, within a minute of `createdAt`) ends at the
 *   agent's *second* public comment; solving does not stop it (an agent who solves a phone
 *   case and replies after the customer reopens it replies then).
 * - Next reply runs from the first public customer message after the last reply to the next
 *   public agent reply; a solve closes a waiting message without a reply time. `missing`
 *   counts the messages still waiting (`nextReplyPerCase`: the cases with only such).
 * - First resolution ends the first time the case was set to solved, or to closed without
 *   being solved; full resolution, the latest time (a reopened case keeps its latest solve).
 * - Requester wait, agent wait and on-hold time add up the completed stretches of the status
 *   history (new, open and on-hold; pending; on-hold), as Zendesk's running totals do; a case
 *   with no status change yet is `missing`. Without a history, a solved case counts as open
 *   from creation to its solve.
 *
 * @example
 * ```ts
 * import { parseCase, parseInteraction } from "@rapport/core";
 * import { serviceDurations } from "@rapport/metrics";
 * const kase = parseCase({
 *   id: "c1", customerId: "u1", channel: "email", status: "solved",
 *   createdAt: "2024-03-01T09:00:00Z",
 *   statusHistory: [
 *     { status: "open", at: "2024-03-01T09:05:00Z" },
 *     { status: "pending", at: "2024-03-01T09:30:00Z" },
 *     { status: "solved", at: "2024-03-01T11:30:00Z" },
 *   ],
 * });
 * const reply = parseInteraction({
 *   id: "i1", customerId: "u1", caseId: "c1", channel: "email", direction: "outbound",
 *   author: { kind: "agent", id: "a1" }, occurredAt: "2024-03-01T09:30:00Z",
 * });
 * const figures = serviceDurations([kase], { interactions: [reply] });
 * figures.firstReply.median; // 30
 * figures.requesterWait.median; // 30 (new 5 + open 25)
 * figures.agentWait.median; // 120 (pending)
 * ```
 */
export function serviceDurations(
  cases: Iterable<Case>,
  options: ServiceDurationOptions = {},
): ServiceDurations {
  const fn = "serviceDurations";
  const { measure, level } = checkOptions(fn, options);
  return measureTimelines(fn, timelinesOf(fn, cases, options), measure, level);
}

/**
 * Every service duration in calendar time and in a second measure (business hours) side by
 * side, attributing each case once. Same definitions as {@link serviceDurations}.
 *
 * @example
 * ```ts
 * import { parseCase } from "@rapport/core";
 * import { calendarAndBusinessDurations } from "@rapport/metrics";
 * import { businessTimeMeasure, defineSchedule } from "@rapport/service-levels";
 * const nineToFive = [{ from: "09:00", to: "17:00" }];
 * const hours = defineSchedule({
 *   timeZone: "Europe/London",
 *   weekly: { monday: nineToFive, tuesday: nineToFive, wednesday: nineToFive,
 *     thursday: nineToFive, friday: nineToFive },
 * });
 * // Opened Friday 16:00, first reply Monday 10:00 (London, GMT in March 2024).
 * const kase = parseCase({ id: "c1", customerId: "u1", channel: "email", status: "open",
 *   createdAt: "2024-03-01T16:00:00Z", firstReplyAt: "2024-03-04T10:00:00Z" });
 * const both = calendarAndBusinessDurations([kase], { business: businessTimeMeasure(hours) });
 * both.calendar.firstReply.median; // 3960 (66 hours)
 * both.business.firstReply.median; // 120 (Friday 16-17, Monday 9-10)
 * ```
 */
export function calendarAndBusinessDurations(
  cases: Iterable<Case>,
  options: Omit<ServiceDurationOptions, "measure"> & { readonly business: DurationMeasure },
): { readonly calendar: ServiceDurations; readonly business: ServiceDurations } {
  const fn = "calendarAndBusinessDurations";
  if (typeof options?.business !== "function") {
    throw new TypeError(
      expectedMessage(
        `${fn}: options.business`,
        "a measure (start, end, case) => ms",
        options?.business,
      ),
    );
  }
  const { level } = checkOptions(fn, options);
  const timelines = timelinesOf(fn, cases, options);
  return {
    calendar: measureTimelines(fn, timelines, calendarTime, level),
    business: measureTimelines(fn, timelines, options.business, level),
  };
}

/** Checks the measure and level of the options; internal. */
export function checkOptions(
  fn: string,
  options: ServiceDurationOptions,
): { measure: DurationMeasure; level: number } {
  if (typeof options !== "object" || options === null) {
    throw new TypeError(expectedMessage(`${fn}: options`, "an object", options));
  }
  const measure = options.measure ?? calendarTime;
  if (typeof measure !== "function") {
    throw new TypeError(
      expectedMessage(`${fn}: options.measure`, "a measure (start, end, case) => ms", measure),
    );
  }
  return { measure, level: checkLevel(fn, options.level ?? 0.95) };
}

/** The timeline of each case, its interactions grouped by case in one pass; internal. */
export function timelinesOf(
  fn: string,
  cases: Iterable<Case>,
  options: Omit<ServiceDurationOptions, "measure">,
): ServiceTimeline[] {
  if (cases === null || typeof (cases as Iterable<Case>)?.[Symbol.iterator] !== "function") {
    throw new TypeError(expectedMessage(`${fn}: cases`, "an iterable of cases", cases));
  }
  const bots = new Set<string>();
  for (const agent of options.agents ?? []) if (agent.isBot) bots.add(agent.id);
  const byCase = options.interactions === undefined ? undefined : new Map<string, Interaction[]>();
  if (byCase) {
    for (const item of options.interactions!) {
      if (item.caseId === undefined) continue;
      const kind = item.author.kind;
      if (kind !== "customer" && kind !== "agent") continue;
      if (kind === "agent" && item.author.id !== undefined && bots.has(item.author.id)) continue;
      const list = byCase.get(item.caseId);
      if (list) list.push(item);
      else byCase.set(item.caseId, [item]);
    }
  }
  const timelines: ServiceTimeline[] = [];
  for (const value of cases) timelines.push(serviceTimeline(value, byCase?.get(value.id)));
  return timelines;
}

/** Measures every clock of the timelines and summarises each duration; internal. */
export function measureTimelines(
  fn: string,
  timelines: readonly ServiceTimeline[],
  measure: DurationMeasure,
  level: number,
): ServiceDurations {
  const values = Object.fromEntries(
    SERVICE_DURATIONS.map((name) => [name, [] as number[]]),
  ) as Record<ServiceDurationName, number[]>;
  const missing = Object.fromEntries(SERVICE_DURATIONS.map((name) => [name, 0])) as Record<
    ServiceDurationName,
    number
  >;
  const time = (start: Date, end: Date, value: Case) => {
    const ms = measure(start, end, value);
    if (typeof ms !== "number" || !Number.isFinite(ms)) {
      throw new RangeError(
        expectedMessage(
          `${fn}: options.measure (case ${value.id})`,
          "a finite number of milliseconds",
          ms,
        ),
      );
    }
    return ms;
  };
  for (const { value, firstReply, cycles, firstSolve, lastSolve, stretches } of timelines) {
    const created = value.createdAt;
    if (firstReply) values.firstReply.push(time(created, firstReply, value));
    else missing.firstReply++;
    let answered = 0;
    let sum = 0;
    for (const cycle of cycles) {
      if (cycle.end === null) {
        missing.nextReply++;
        continue;
      }
      const ms = time(cycle.start, cycle.end, value);
      values.nextReply.push(ms);
      sum += ms;
      answered++;
    }
    if (answered > 0) values.nextReplyPerCase.push(sum / answered);
    else if (cycles.length > 0) missing.nextReplyPerCase++;
    if (firstSolve) values.firstResolution.push(time(created, firstSolve, value));
    else missing.firstResolution++;
    if (lastSolve) values.fullResolution.push(time(created, lastSolve, value));
    else missing.fullResolution++;
    if (stretches === null) {
      missing.requesterWait++;
      missing.agentWait++;
      missing.onHold++;
      continue;
    }
    let requester = 0;
    let pending = 0;
    let hold = 0;
    for (const stretch of stretches) {
      const status = stretch.status;
      if (status === "solved" || status === "closed") continue;
      const ms = time(stretch.from, stretch.to, value);
      if (status === "pending") pending += ms;
      else {
        requester += ms;
        if (status === "on_hold") hold += ms;
      }
    }
    values.requesterWait.push(requester);
    values.agentWait.push(pending);
    values.onHold.push(hold);
  }
  const figures = Object.fromEntries(
    SERVICE_DURATIONS.map((name) => [name, durationFigure(values[name], missing[name], level)]),
  ) as Record<ServiceDurationName, DurationFigure>;
  return { ...figures, cases: timelines.length };
}
