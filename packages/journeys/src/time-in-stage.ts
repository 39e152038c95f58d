import type { JourneyTimeline } from "./journey-timeline";

/**
 * How long a customer spent in one stage, over all their stays in it.
 *
 * @example
 * ```ts
 * import type { TimeInStage } from "@rapport/journeys";
 * const hours = (t: TimeInStage) => t.totalMs / 3_600_000;
 * ```
 */
export interface TimeInStage {
  /** The stage. */
  readonly stage: string;
  /** Milliseconds in the stage, summed over every stay (the current one up to `asOf`). */
  readonly totalMs: number;
  /** How many times the customer entered the stage. */
  readonly visits: number;
  /** Whether the customer is in the stage at `asOf`. */
  readonly current: boolean;
}

/**
 * The total time a customer spent in a stage (0 and no visits if they never entered it).
 *
 * @example
 * ```ts
 * import { decodeJourneyEvent } from "@rapport/core";
 * import { defaultLifecycle, journeyTimeline, timeInStage } from "@rapport/journeys";
 * const events = [
 *   { id: "e1", customerId: "c1", name: "Visited", stage: "awareness", occurredAt: "2024-01-01T00:00:00Z" },
 *   { id: "e2", customerId: "c1", name: "Pricing", stage: "consideration", occurredAt: "2024-01-02T00:00:00Z" },
 * ].map(decodeJourneyEvent);
 * const timeline = journeyTimeline(defaultLifecycle, events, { asOf: new Date("2024-01-05T00:00:00Z") });
 * timeInStage(timeline, "awareness").totalMs; // 86_400_000
 * ```
 */
export function timeInStage(timeline: JourneyTimeline, stage: string): TimeInStage {
  let totalMs = 0;
  let visits = 0;
  let current = false;
  for (const period of timeline.periods) {
    if (period.stage !== stage) continue;
    totalMs += period.durationMs;
    visits++;
    current = period.leftAt === null;
  }
  return { stage, totalMs, visits, current };
}
