import { checkInstant } from "./check-instant";
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
 * The stage a customer is in at a moment: `options.asOf`, by default the timeline's own
 * `asOf` (never the machine clock). `null` when they had not entered any stage yet. An
 * `asOf` that is not a `Date` is a `TypeError`, an invalid one a `RangeError`.
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
  options: { readonly asOf?: Date } = {},
): CurrentStage | null {
  const atMs = checkInstant("currentStage: options.asOf", options?.asOf ?? timeline.asOf);
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
