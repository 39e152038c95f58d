// The shapes a journey timeline is described in: its stays, its anomalies and its options.
import type { CustomerId, RecordId } from "@rapport/core";

/**
 * One stay of a customer in one stage: when they entered, when they left (`null` while they
 * are still there at `asOf`) and for how long (elapsed milliseconds, up to `asOf` for the
 * current stay).
 *
 * @example
 * ```ts
 * import type { StagePeriod } from "@rapport/journeys";
 * const days = (period: StagePeriod) => period.durationMs / 86_400_000;
 * ```
 */
export interface StagePeriod {
  /** The stage. */
  readonly stage: string;
  /** The stage the customer came from; `null` for the first stay. */
  readonly from: string | null;
  /** When the customer entered the stage (the event's `occurredAt`). */
  readonly enteredAt: Date;
  /** When the customer left it; `null` if they are still in it at `asOf`. */
  readonly leftAt: Date | null;
  /** Elapsed milliseconds from `enteredAt` to `leftAt` (or to `asOf`). */
  readonly durationMs: number;
  /** The id of the event that moved the customer into the stage. */
  readonly eventId: RecordId;
  /** Whether the definition allows this move; `false` is also listed in `anomalies`. */
  readonly allowed: boolean;
}

/**
 * What can be wrong with a journey event: a move the definition does not allow, a stage it
 * does not know, a first stage other than the initial one, an event after `asOf`, or an
 * invalid date.
 *
 * @example
 * ```ts
 * import type { JourneyAnomalyKind } from "@rapport/journeys";
 * const serious = (kind: JourneyAnomalyKind) => kind !== "after_as_of";
 * ```
 */
export type JourneyAnomalyKind =
  | "disallowed_transition"
  | "unknown_stage"
  | "entered_mid_journey"
  | "after_as_of"
  | "invalid_date";

/**
 * A journey event that the definition does not expect, kept and reported so bad data is
 * visible.
 *
 * @example
 * ```ts
 * import type { JourneyAnomaly } from "@rapport/journeys";
 * const line = (a: JourneyAnomaly) => `${a.eventId}: ${a.message}`;
 * ```
 */
export interface JourneyAnomaly {
  /** What is wrong. */
  readonly kind: JourneyAnomalyKind;
  /** The event's id. */
  readonly eventId: RecordId;
  /** The stage the customer was in before the event; `null` if none yet. */
  readonly from: string | null;
  /** The stage the event names. */
  readonly stage: string;
  /** A sentence naming the stages and what was expected. */
  readonly message: string;
}

/**
 * The stages one customer went through, in time order, as of a moment.
 *
 * @example
 * ```ts
 * import type { JourneyTimeline } from "@rapport/journeys";
 * const stagesSeen = (t: JourneyTimeline) => t.periods.map((p) => p.stage);
 * ```
 */
export interface JourneyTimeline {
  /** The customer; `null` when there were no events. */
  readonly customerId: CustomerId | null;
  /** The moment the timeline describes; the current stay runs up to it. */
  readonly asOf: Date;
  /** The stays, in time order. */
  readonly periods: readonly StagePeriod[];
  /** Every event the definition did not expect, in time order. */
  readonly anomalies: readonly JourneyAnomaly[];
  /** Events without a stage (touchpoints that do not move the customer). */
  readonly touchpoints: number;
}

/**
 * Options of {@link journeyTimeline}.
 *
 * @example
 * ```ts
 * import type { JourneyTimelineOptions } from "@rapport/journeys";
 * const options: JourneyTimelineOptions = { asOf: new Date("2024-06-30T00:00:00Z") };
 * ```
 */
export interface JourneyTimelineOptions {
  /** The moment to describe: events after it are ignored (and reported); the current stay ends at it. */
  readonly asOf: Date;
}
