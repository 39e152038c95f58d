import type { CustomerId } from "@rapport/core";
import { expectedMessage, oneOf } from "@rapport/stats";
import { checkInstant } from "./check-instant";
import { currentStage } from "./current-stage";
import type { JourneyDefinition } from "./journey-definition";
import type { JourneyTimeline } from "./journey-timeline";

/**
 * A customer who has stayed in a stage longer than its threshold.
 *
 * @example
 * ```ts
 * import type { StuckCustomer } from "@rapport/journeys";
 * const line = (s: StuckCustomer) => `${s.customerId} in ${s.stage} for ${s.durationMs / 86_400_000} days`;
 * ```
 */
export interface StuckCustomer {
  /** The customer. */
  readonly customerId: CustomerId;
  /** The stage they are in at `asOf`. */
  readonly stage: string;
  /** When they entered it. */
  readonly since: Date;
  /** How long they have been in it at `asOf`, in milliseconds. */
  readonly durationMs: number;
  /** The threshold they passed, in milliseconds. */
  readonly thresholdMs: number;
}

/**
 * Options of {@link dropOff}.
 *
 * @example
 * ```ts
 * import type { DropOffOptions } from "@rapport/journeys";
 * const day = 86_400_000;
 * const options: DropOffOptions = {
 *   asOf: new Date("2024-06-30T00:00:00Z"),
 *   after: { onboarding: 14 * day, adoption: 30 * day },
 * };
 * ```
 */
export interface DropOffOptions {
  /** The moment to look at. */
  readonly asOf: Date;
  /**
   * How long is too long, in milliseconds: one threshold for every non-terminal stage, or one
   * per stage (stages left out are not checked).
   */
  readonly after: number | Readonly<Record<string, number>>;
}

const checkThreshold = (value: unknown, field: string) => {
  if (!(typeof value === "number" && value >= 0 && Number.isFinite(value))) {
    const message = expectedMessage(
      `dropOff: ${field}`,
      "a non-negative number of milliseconds",
      value,
    );
    throw typeof value === "number" ? new RangeError(message) : new TypeError(message);
  }
};

/**
 * The customers stuck in a stage: at `asOf` they have been in a non-terminal stage for longer
 * than its threshold. The input to proactive care (a nudge in onboarding, a call before
 * renewal). Sorted longest first. Throws a `RangeError` naming the field for an invalid
 * `asOf`, a negative threshold or a threshold for a stage the journey does not have.
 *
 * @example
 * ```ts
 * import { decodeJourneyEvent } from "@rapport/core";
 * import { defaultLifecycle, dropOff, journeyTimelines } from "@rapport/journeys";
 * const events = [
 *   { id: "e1", customerId: "c1", name: "Signed Up", stage: "onboarding", occurredAt: "2024-01-01T00:00:00Z" },
 * ].map(decodeJourneyEvent);
 * const asOf = new Date("2024-02-01T00:00:00Z");
 * const timelines = journeyTimelines(defaultLifecycle, events, { asOf });
 * dropOff(defaultLifecycle, timelines, { asOf, after: { onboarding: 14 * 86_400_000 } })[0]?.customerId; // "c1"
 * ```
 */
export function dropOff(
  definition: JourneyDefinition,
  timelines: readonly JourneyTimeline[],
  options: DropOffOptions,
): StuckCustomer[] {
  const asOf = options?.asOf;
  checkInstant("dropOff: options.asOf", asOf);
  const after = options.after;
  const thresholds = new Map<string, number>();
  if (typeof after === "number") {
    checkThreshold(after, "options.after");
    for (const stage of definition.stages) {
      if (!definition.terminal.includes(stage)) thresholds.set(stage, after);
    }
  } else if (after !== null && typeof after === "object") {
    for (const [stage, value] of Object.entries(after)) {
      if (!definition.stages.includes(stage)) {
        throw new RangeError(
          expectedMessage(
            "dropOff: options.after",
            `stages of the journey (${oneOf(definition.stages)})`,
            stage,
          ),
        );
      }
      checkThreshold(value, `options.after["${stage}"]`);
      if (!definition.terminal.includes(stage)) thresholds.set(stage, value);
    }
  } else {
    checkThreshold(after, "options.after");
  }
  const stuck: StuckCustomer[] = [];
  for (const timeline of timelines) {
    if (timeline.customerId === null) continue;
    const now = currentStage(timeline, { asOf });
    const thresholdMs = now === null ? undefined : thresholds.get(now.stage);
    if (now === null || thresholdMs === undefined || now.durationMs <= thresholdMs) continue;
    stuck.push({ customerId: timeline.customerId, ...now, thresholdMs });
  }
  return stuck.sort((a, b) => b.durationMs - a.durationMs);
}
