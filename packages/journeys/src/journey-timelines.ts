import type { JourneyEvent } from "@rapport/core";
import { compileJourney } from "./compiled-journey";
import type { JourneyDefinition } from "./journey-definition";
import {
  asOfTime,
  buildTimeline,
  type JourneyTimeline,
  type JourneyTimelineOptions,
  sortTime,
} from "./journey-timeline";

/**
 * The timelines of many customers at once: the events are grouped by `customerId` and each
 * group becomes a {@link journeyTimeline}. Timelines come in the order each customer first
 * appears in `events`.
 *
 * @example
 * ```ts
 * import { decodeJourneyEvent } from "@rapport/core";
 * import { defaultLifecycle, journeyTimelines } from "@rapport/journeys";
 * const events = [
 *   { id: "e1", customerId: "c1", name: "Visited", stage: "awareness", occurredAt: "2024-01-01T00:00:00Z" },
 *   { id: "e2", customerId: "c2", name: "Visited", stage: "awareness", occurredAt: "2024-01-02T00:00:00Z" },
 * ].map(decodeJourneyEvent);
 * journeyTimelines(defaultLifecycle, events, { asOf: new Date("2024-02-01T00:00:00Z") }).length; // 2
 * ```
 */
export function journeyTimelines(
  definition: JourneyDefinition,
  events: readonly JourneyEvent[],
  options: JourneyTimelineOptions,
): JourneyTimeline[] {
  const asOfMs = asOfTime(options?.asOf, "journeyTimelines");
  const journey = compileJourney(definition);
  const times = new Float64Array(events.length);
  const groups = new Map<string, number[]>();
  for (let index = 0; index < events.length; index++) {
    const event = events[index]!;
    times[index] = sortTime(event.occurredAt);
    const group = groups.get(event.customerId);
    if (group === undefined) groups.set(event.customerId, [index]);
    else group.push(index);
  }
  const timelines: JourneyTimeline[] = [];
  for (const indices of groups.values()) {
    timelines.push(
      buildTimeline(journey, definition.initial, events, times, indices, options.asOf, asOfMs),
    );
  }
  return timelines;
}
