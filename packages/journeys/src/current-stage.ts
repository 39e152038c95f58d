import type { JourneyTimeline } from "./journey-timeline";

/**
 * Where a customer is now: the stage, since when and for how long (elapsed milliseconds).
 *
 * @example
 * ```ts
 * import type { CurrentStage } from "@rapport/journeys";
 * const label = (c: CurrentStage) => `${c.stage} since ${c.since.toISOString()}`;
 * ```
 */
export interface CurrentStage {
  /** The stage the customer is in. */
  readonly stage: string;
  /** When they entered it. */
  readonly since: Date;
  /** How long they have been in it, in milliseconds. */
  readonly durationMs: number;
}

/**
 * The stage a customer is in at a moment: by default the timeline's `asOf`, or an earlier
 * `at`. `null` when they had not entered any stage yet.
 *
 * @example
 * ```ts
 * import { decodeJourneyEvent } from "@rapport/core";
 * import { currentStage, defaultLifecycle, journeyTimeline } from "@rapport/journeys";
 * const events = [
 *   { id: "e1", customerId: "c1", name: "Visited", stage: "awareness", occurredAt: "2024-01-01T00:00:00Z" },
 * ].map(decodeJourneyEvent);
 * const timeline = journeyTimeline(defaultLifecycle, events, { asOf: new Date("2024-01-03T00:00:00Z") });
 * currentStage(timeline)?.stage; // "awareness"
 * ```
 */
export function currentStage(
  timeline: JourneyTimeline,
  at: Date = timeline.asOf,
): CurrentStage | null {
  const atMs = at.getTime();
  if (Number.isNaN(atMs)) {
    throw new RangeError(`currentStage: expected at to be a valid Date, received ${String(at)}`);
  }
  for (let index = timeline.periods.length - 1; index >= 0; index--) {
    const period = timeline.periods[index]!;
    const entered = period.enteredAt.getTime();
    // Stays are back to back, so the last one entered by `at` is the one running at `at`.
    if (entered <= atMs) {
      return { stage: period.stage, since: period.enteredAt, durationMs: atMs - entered };
    }
  }
  return null;
}
