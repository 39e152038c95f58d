import type { CaseStatus } from "@rapport/core";
import { addOpenTime } from "./add-business-time";
import { openBetween } from "./business-time-between";
import type { CaseSegment } from "./case-segments";
import { openAt } from "./is-open";
import { nextOpeningAt } from "./next-opening";
import type { Schedule } from "./schedule";
import type { SlaMetric, SlaPolicy, SlaTarget } from "./sla-policy";
import type { SlaPauseReason, SlaTargetStatus } from "./sla-target-status";

/** One measured clock: where it starts, where it was fulfilled, which statuses run it. */
export interface ClockSpec {
  /** Start, UTC ms. */
  readonly start: number;
  /** When it was fulfilled (UTC ms, at or before asOf), or null. */
  readonly stop: number | null;
  /** Whether the clock runs in a status. */
  readonly runs: (status: CaseStatus) => boolean;
}

/**
 * What a clock came to at `asOf`: the fields of {@link SlaTargetStatus} (one list, kept there),
 * with the policy itself rather than its name, and without the metric and the cycle count.
 */
export type ClockOutcome = Omit<SlaTargetStatus, "metric" | "policy" | "cycles"> & {
  /** The policy whose target applies. */
  readonly policy: SlaPolicy;
};

const MINUTE = 60_000;

/**
 * Evaluates one clock against the targets in force over the case's segments. The target that
 * applies at a moment is the one of the policy and priority then in force, applied to the
 * whole time counted since the clock started (a raised priority can breach at once).
 */
export function evaluateClock(
  metric: SlaMetric,
  spec: ClockSpec,
  segments: readonly CaseSegment[],
  asOf: number,
): ClockOutcome | null {
  const { start, stop } = spec;
  // Where the clock runs from its start, as if never fulfilled (so that a due time exists
  // for an achieved target too); the last segment runs on: the case is assumed to stay as it is.
  const running: [number, number][] = [];
  for (const segment of segments) {
    if (!spec.runs(segment.status)) continue;
    const from = Math.max(segment.from, start);
    if (segment.to > from) running.push([from, segment.to]);
  }
  const end = Math.min(stop ?? Number.POSITIVE_INFINITY, asOf);

  for (const segment of segments) {
    if (segment.from >= end) break;
    const segmentStart = Math.max(segment.from, start);
    const segmentEnd = Math.min(segment.to, end);
    const target = targetOf(segment, metric);
    if (!target || segmentEnd <= segmentStart) continue;
    const due = dueAt(running, target, segment.policy!.schedule);
    if (due === null) continue;
    const breachedAt = Math.max(due, segmentStart);
    if (breachedAt < segmentEnd) {
      const schedule = segment.policy!.schedule;
      const overdue = stop === null;
      return outcome(segment, target, {
        state: "breached",
        pausedReason: null,
        startedAt: new Date(start),
        fulfilledAt: stop === null ? null : new Date(stop),
        breachedAt: new Date(breachedAt),
        dueAt: new Date(breachedAt),
        elapsedMs: counted(running, end, target, schedule),
        remainingBusinessMs: overdue && schedule ? -openBetween(schedule, breachedAt, asOf) : null,
        remainingCalendarMs: overdue ? breachedAt - asOf : null,
      });
    }
  }

  const segment = stop === null ? segments[segments.length - 1] : inForceBefore(segments, stop);
  const target = segment ? targetOf(segment, metric) : null;
  if (!segment || !target) return null;
  const schedule = segment.policy!.schedule;
  const due = dueAt(running, target, schedule);
  const elapsedMs = counted(running, end, target, schedule);
  if (stop !== null) {
    return outcome(segment, target, {
      state: "achieved",
      pausedReason: null,
      startedAt: new Date(start),
      fulfilledAt: new Date(stop),
      breachedAt: null,
      dueAt: due === null ? null : new Date(due),
      elapsedMs,
      remainingBusinessMs: null,
      remainingCalendarMs: null,
    });
  }
  const current = segments[segments.length - 1]!;
  let pausedReason: SlaPauseReason | null = null;
  if (!spec.runs(current.status)) pausedReason = { kind: "status", status: current.status };
  else if (target.time === "business" && schedule && !openAt(schedule, asOf)) {
    pausedReason = { kind: "outside_business_hours", opensAt: nextOpeningAt(schedule, asOf) };
  }
  const left = target.minutes * MINUTE - elapsedMs;
  return outcome(segment, target, {
    state: pausedReason ? "paused" : "active",
    pausedReason,
    startedAt: new Date(start),
    fulfilledAt: null,
    breachedAt: null,
    dueAt: due === null ? null : new Date(due),
    elapsedMs,
    remainingBusinessMs:
      due !== null && schedule
        ? openBetween(schedule, asOf, due)
        : target.time === "business"
          ? left
          : null,
    remainingCalendarMs: due !== null ? due - asOf : target.time === "calendar" ? left : null,
  });
}

/** The segment in force just before an instant (the first one if none started before it). */
function inForceBefore(segments: readonly CaseSegment[], at: number): CaseSegment | undefined {
  let found = segments[0];
  for (const segment of segments) if (segment.from < at) found = segment;
  return found;
}

function targetOf(segment: CaseSegment, metric: SlaMetric): SlaTarget | null {
  return segment.policy?.targets[segment.priority]?.[metric] ?? null;
}

function outcome(
  segment: CaseSegment,
  target: SlaTarget,
  rest: Omit<ClockOutcome, "policy" | "priority" | "target">,
): ClockOutcome {
  return { policy: segment.policy!, priority: segment.priority, target, ...rest };
}

/** Time counted over the running intervals up to `end`, in the target's time. */
function counted(
  running: readonly [number, number][],
  end: number,
  target: SlaTarget,
  schedule: Schedule | null,
): number {
  let total = 0;
  for (const [from, to] of running) {
    const until = Math.min(to, end);
    if (until <= from) continue;
    total += measure(from, until, target, schedule);
  }
  return total;
}

function measure(from: number, to: number, target: SlaTarget, schedule: Schedule | null): number {
  return target.time === "business" && schedule ? openBetween(schedule, from, to) : to - from;
}

/** When the counted time reaches the target, or null if the running intervals end first. */
function dueAt(
  running: readonly [number, number][],
  target: SlaTarget,
  schedule: Schedule | null,
): number | null {
  let left = target.minutes * MINUTE;
  const business = target.time === "business" && schedule !== null;
  for (const [from, to] of running) {
    if (to === Number.POSITIVE_INFINITY) {
      return business ? addOpenTime(schedule, from, left) : from + left;
    }
    const amount = measure(from, to, target, schedule);
    if (amount >= left) return business ? addOpenTime(schedule, from, left) : from + left;
    left -= amount;
  }
  return null;
}
