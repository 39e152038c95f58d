import type { JourneyEvent } from "@rapport/core";
import { expectedMessage } from "@rapport/stats";
import { checkInstant } from "./check-instant";
import { type CompiledJourney, compileJourney } from "./compiled-journey";
import type { JourneyDefinition } from "./journey-definition";
import type {
  JourneyAnomaly,
  JourneyTimeline,
  JourneyTimelineOptions,
  StagePeriod,
} from "./journey-timeline-types";
import { sortRunByTime } from "./time-order";

export type {
  JourneyAnomaly,
  JourneyAnomalyKind,
  JourneyTimeline,
  JourneyTimelineOptions,
  StagePeriod,
} from "./journey-timeline-types";

/** Checks `asOf` and returns its time in milliseconds; internal. */
export function asOfTime(asOf: unknown, fn: string): number {
  return checkInstant(`${fn}: options.asOf`, asOf);
}

/**
 * An event's time in milliseconds for sorting; an invalid date sorts last as `Infinity` (NaN
 * would make the sort's comparisons inconsistent and could misplace valid events).
 */
export const sortTime = (date: Date): number => {
  const time = date.getTime();
  return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
};

/**
 * Where a timeline's stays start, reused from customer to customer (internal): the position
 * in the run of each event that opens a stay, and whether that move is allowed.
 */
export interface StayScratch {
  readonly opened: Int32Array;
  readonly allowed: Uint8Array;
}

/** Scratch for runs of up to `length` events; internal. */
export const stayScratch = (length: number): StayScratch => ({
  opened: new Int32Array(length),
  allowed: new Uint8Array(length),
});

/**
 * Builds one customer's timeline from the events at `order[start..end)`, already in time
 * order (internal; shared with {@link journeyTimelines}). `times[i]` is the {@link sortTime}
 * of the event at `order[start + i]`. The walk over the events records where each stay
 * starts in `scratch`, allocating nothing but anomalies; the stays are then created in one
 * loop into an array of their exact length, so a timeline's objects are allocated together.
 */
export function buildTimeline(
  journey: CompiledJourney,
  initial: string,
  events: readonly JourneyEvent[],
  times: Float64Array,
  order: Int32Array,
  start: number,
  end: number,
  asOf: Date,
  asOfMs: number,
  scratch: StayScratch,
): JourneyTimeline {
  const { opened, allowed: allowedAt } = scratch;
  let stays = 0;
  const anomalies: JourneyAnomaly[] = [];
  let touchpoints = 0;
  let current: string | null = null;
  // The current stage's number in the journey; -1 before the first stay or for a stage the
  // journey does not know (no move out of it is allowed).
  let currentNumber = -1;
  for (let position = start; position < end; position++) {
    const index = order[position]!;
    const event = events[index]!;
    const stage = event.stage;
    const time = times[position - start]!;
    if (stage === undefined) {
      touchpoints++;
      continue;
    }
    if (time > asOfMs) {
      const late = time !== Number.POSITIVE_INFINITY;
      anomalies.push({
        kind: late ? "after_as_of" : "invalid_date",
        eventId: event.id,
        from: current,
        stage,
        message: late
          ? `event moves to stage "${stage}" at ${event.occurredAt.toISOString()}, after asOf ${asOf.toISOString()}: ignored`
          : `event moving to stage "${stage}" has an invalid occurredAt: ignored`,
      });
      continue;
    }
    if (stage === current) continue;
    let allowed = true;
    const number = journey.numbers.get(stage) ?? -1;
    if (number < 0) {
      allowed = false;
      anomalies.push({
        kind: "unknown_stage",
        eventId: event.id,
        from: current,
        stage,
        message: `stage "${stage}" is not one of the journey's stages`,
      });
    } else if (current === null) {
      if (stage !== initial) {
        allowed = false;
        anomalies.push({
          kind: "entered_mid_journey",
          eventId: event.id,
          from: null,
          stage,
          message: `journey starts in stage "${stage}", not in the initial stage "${initial}"`,
        });
      }
    } else if (
      currentNumber < 0 ||
      journey.allowed[currentNumber * journey.stages + number] !== 1
    ) {
      allowed = false;
      anomalies.push({
        kind: "disallowed_transition",
        eventId: event.id,
        from: current,
        stage,
        message:
          currentNumber >= 0 && journey.terminal[currentNumber] === 1
            ? `stage "${current}" is terminal: the move to "${stage}" is not allowed`
            : `the move from stage "${current}" to "${stage}" is not allowed`,
      });
    }
    opened[stays] = position - start;
    allowedAt[stays++] = allowed ? 1 : 0;
    current = stage;
    currentNumber = number;
  }
  // A stay comes from the stage of the stay before it and ends when the next one starts.
  const periods = new Array<StagePeriod>(stays);
  let from: string | null = null;
  let event = stays > 0 ? events[order[start + opened[0]!]!]! : null;
  for (let stay = 0; stay < stays; stay++) {
    const entered = event!;
    const at = opened[stay]!;
    event = stay + 1 < stays ? events[order[start + opened[stay + 1]!]!]! : null;
    periods[stay] = {
      stage: entered.stage!,
      from,
      enteredAt: entered.occurredAt,
      leftAt: event === null ? null : event.occurredAt,
      durationMs: (event === null ? asOfMs : times[opened[stay + 1]!]!) - times[at]!,
      eventId: entered.id,
      allowed: allowedAt[stay] === 1,
    };
    from = entered.stage!;
  }
  return {
    customerId: start < end ? events[order[start]!]!.customerId : null,
    asOf,
    periods,
    anomalies,
    touchpoints,
  };
}

/**
 * One customer's journey: the stages they went through, with when they entered and left each
 * and for how long, built from their journey events in time order (equal times keep the order
 * given). Events without a `stage` are touchpoints and do not move the customer; an event
 * naming the stage the customer is already in does not start a new stay. A move the definition
 * does not allow, an unknown stage or a first stage other than the initial one is kept as a
 * stay with `allowed: false` and listed in `anomalies` (never dropped, never a throw). Events
 * after `asOf` are ignored and listed. Durations are elapsed milliseconds between instants, so
 * the offsets the times were written in do not change them.
 *
 * Throws a `TypeError` if the events belong to more than one customer (use
 * {@link journeyTimelines} for many) and a `RangeError` for an invalid `asOf`.
 *
 * @example
 * ```ts
 * import { decodeJourneyEvent } from "@rapport/core";
 * import { defaultLifecycle, journeyTimeline } from "@rapport/journeys";
 * const events = [
 *   { id: "e1", customerId: "c1", name: "Visited", stage: "awareness", occurredAt: "2024-01-01T00:00:00Z" },
 *   { id: "e2", customerId: "c1", name: "Pricing", stage: "consideration", occurredAt: "2024-01-03T00:00:00Z" },
 * ].map(decodeJourneyEvent);
 * const timeline = journeyTimeline(defaultLifecycle, events, { asOf: new Date("2024-01-10T00:00:00Z") });
 * timeline.periods.map((p) => [p.stage, p.durationMs / 86_400_000]); // [["awareness", 2], ["consideration", 7]]
 * ```
 */
export function journeyTimeline(
  definition: JourneyDefinition,
  events: readonly JourneyEvent[],
  options: JourneyTimelineOptions,
): JourneyTimeline {
  const asOfMs = asOfTime(options?.asOf, "journeyTimeline");
  const first = events[0]?.customerId;
  const times = new Float64Array(events.length);
  const indices = new Int32Array(events.length);
  events.forEach((event, index) => {
    if (event.customerId !== first) {
      throw new RangeError(
        expectedMessage(
          `journeyTimeline: events[${index}].customerId`,
          `${JSON.stringify(first)}, the customer of events[0] (use journeyTimelines for many customers)`,
          event.customerId,
        ),
      );
    }
    times[index] = sortTime(event.occurredAt);
    indices[index] = index;
  });
  // Time order; equal times keep the order they were given in (stable).
  sortRunByTime(indices, 0, indices.length, times);
  return buildTimeline(
    compileJourney(definition),
    definition.initial,
    events,
    times,
    indices,
    0,
    indices.length,
    options.asOf,
    asOfMs,
    stayScratch(indices.length),
  );
}
