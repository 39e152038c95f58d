import type { JourneyDefinition } from "./journey-definition";
import type { JourneyTimeline } from "./journey-timeline";
import { medianAndP90 } from "./median-and-p90";

/**
 * How long customers stay in one stage: the median and 90th percentile, across customers, of
 * each customer's total time in the stage; `null` when no customer counts (`n` is 0).
 *
 * @example
 * ```ts
 * import type { StageDuration } from "@rapport/journeys";
 * const days = (d: StageDuration) => (d.medianMs === null ? "n/a" : `${d.medianMs / 86_400_000} days`);
 * ```
 */
export interface StageDuration {
  /** The stage. */
  readonly stage: string;
  /** How many customers count towards the figures. */
  readonly n: number;
  /** The median of the customers' times in the stage, in milliseconds. */
  readonly medianMs: number | null;
  /** The 90th percentile, in milliseconds. */
  readonly p90Ms: number | null;
}

/**
 * Options of {@link stageDurations}.
 *
 * @example
 * ```ts
 * import type { StageDurationsOptions } from "@rapport/journeys";
 * const options: StageDurationsOptions = { includeCurrent: true };
 * ```
 */
export interface StageDurationsOptions {
  /**
   * Count stays still running at `asOf` (default `false`: their length is not known yet, and
   * counting them would make stages look shorter than they are).
   */
  readonly includeCurrent?: boolean;
}

/**
 * For every stage of the definition, in its order: the median and 90th percentile across
 * customers of the time each customer spent in the stage (summed over their stays). By default
 * only finished stays count. Quantiles interpolate linearly between order statistics
 * (Hyndman & Fan 1996, definition 7, numpy's default).
 *
 * @example
 * ```ts
 * import { decodeJourneyEvent } from "@rapport/core";
 * import { defaultLifecycle, journeyTimelines, stageDurations } from "@rapport/journeys";
 * const events = [
 *   { id: "e1", customerId: "c1", name: "Visited", stage: "awareness", occurredAt: "2024-01-01T00:00:00Z" },
 *   { id: "e2", customerId: "c1", name: "Pricing", stage: "consideration", occurredAt: "2024-01-03T00:00:00Z" },
 * ].map(decodeJourneyEvent);
 * const timelines = journeyTimelines(defaultLifecycle, events, { asOf: new Date("2024-02-01T00:00:00Z") });
 * stageDurations(defaultLifecycle, timelines)[0]; // { stage: "awareness", n: 1, medianMs: 172800000, p90Ms: 172800000 }
 * ```
 */
export function stageDurations(
  definition: JourneyDefinition,
  timelines: readonly JourneyTimeline[],
  options: StageDurationsOptions = {},
): StageDuration[] {
  const includeCurrent = options.includeCurrent ?? false;
  const perStage = new Map<string, number[]>(definition.stages.map((stage) => [stage, []]));
  for (const timeline of timelines) {
    const totals = new Map<string, number>();
    for (const period of timeline.periods) {
      if (period.leftAt === null && !includeCurrent) continue;
      totals.set(period.stage, (totals.get(period.stage) ?? 0) + period.durationMs);
    }
    for (const [stage, total] of totals) perStage.get(stage)?.push(total);
  }
  return definition.stages.map((stage) => {
    const values = perStage.get(stage)!;
    return { stage, n: values.length, ...medianAndP90(values) };
  });
}
