import type { JourneyEvent } from "@rapport/core";
import { compileJourney } from "./compiled-journey";
import type { JourneyDefinition } from "./journey-definition";
import {
  asOfTime,
  buildTimeline,
  type JourneyTimeline,
  type JourneyTimelineOptions,
  sortTime,
  stayScratch,
} from "./journey-timeline";
import { sortRunByTime } from "./time-order";

/**
 * The timelines of many customers at once: the events are grouped by `customerId` and each
 * group becomes a {@link journeyTimeline}. Timelines come in the order each customer first
 * appears in `events`. The cost is linear in the number of events: customers are grouped by a
 * counting sort, and each customer's events are only sorted when they are not in time order.
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
  const count = events.length;
  // One pass in input order reading only each event's customer: customers are numbered in
  // order of first appearance and their events counted. The times are read later, customer
  // by customer, so that on input in no particular order this pass touches one field of each
  // event rather than two objects. An event of the customer before it (grouped input) skips
  // the map.
  const customerOf = new Int32Array(count);
  const numbers = new Map<string, number>();
  let sizes = new Int32Array(64);
  let previousId: string | undefined;
  let previous = -1;
  for (let index = 0; index < count; index++) {
    const id = events[index]!.customerId;
    let customer = previous;
    if (id !== previousId) {
      const known = numbers.get(id);
      if (known === undefined) {
        customer = numbers.size;
        numbers.set(id, customer);
        if (customer === sizes.length) {
          const grown = new Int32Array(sizes.length * 2);
          grown.set(sizes);
          sizes = grown;
        }
      } else customer = known;
      previousId = id;
      previous = customer;
    }
    customerOf[index] = customer;
    sizes[customer]!++;
  }
  // A counting sort by customer (stable: each customer's events keep their input order), so
  // the grouping is linear and allocates two typed arrays, not one array per customer.
  const customers = numbers.size;
  const starts = new Int32Array(customers + 1);
  let longest = 0;
  for (let customer = 0; customer < customers; customer++) {
    const size = sizes[customer]!;
    starts[customer + 1] = starts[customer]! + size;
    if (size > longest) longest = size;
  }
  const next = starts.slice(0, customers);
  const order = new Int32Array(count);
  for (let index = 0; index < count; index++) order[next[customerOf[index]!]!++] = index;
  // The times of one customer's events at a time, reused from customer to customer.
  const times = new Float64Array(longest);
  const scratch = stayScratch(longest);
  const timelines = new Array<JourneyTimeline>(customers);
  for (let customer = 0; customer < customers; customer++) {
    const start = starts[customer]!;
    const end = starts[customer + 1]!;
    for (let position = start; position < end; position++)
      times[position - start] = sortTime(events[order[position]!]!.occurredAt);
    sortRunByTime(order, start, end, times);
    timelines[customer] = buildTimeline(
      journey,
      definition.initial,
      events,
      times,
      order,
      start,
      end,
      options.asOf,
      asOfMs,
      scratch,
    );
  }
  return timelines;
}
