// journeyTimelines against a straightforward reference written here from the documented
// rules: group by customer in order of first appearance, sort each group stably by time
// (invalid dates last), then walk the events. Random inputs with duplicate customers, equal
// times, unsorted times, invalid dates, events after asOf, unknown stages and runs long enough
// (over 48 events) to take the comparator sort.
import type { CustomerId, JourneyEvent, RecordId } from "@rapport/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultLifecycle } from "./default-lifecycle";
import { defineJourney, type JourneyDefinition } from "./journey-definition";
import type { JourneyAnomaly, JourneyTimeline, StagePeriod } from "./journey-timeline";
import { journeyTimelines } from "./journey-timelines";

const asOf = new Date(Date.UTC(2024, 0, 20));
const base = Date.UTC(2024, 0, 1);

// A journey with a terminal stage, so that moves out of it are exercised too.
const ticket = defineJourney({
  stages: ["new", "open", "closed"],
  transitions: [
    { from: "new", to: "open" },
    { from: "open", to: "closed" },
    { from: "new", to: "closed" },
  ],
  initial: "new",
  terminal: ["closed"],
});

function reference(
  definition: JourneyDefinition,
  events: readonly JourneyEvent[],
  at: Date,
): JourneyTimeline[] {
  const groups = new Map<string, JourneyEvent[]>();
  for (const event of events) {
    const group = groups.get(event.customerId) ?? [];
    group.push(event);
    groups.set(event.customerId, group);
  }
  const time = (event: JourneyEvent) =>
    Number.isNaN(event.occurredAt.getTime()) ? Infinity : event.occurredAt.getTime();
  return [...groups.values()].map((group) => {
    const sorted = group
      .map((event, position) => ({ event, position }))
      .sort((a, b) => {
        const ta = time(a.event);
        const tb = time(b.event);
        if (ta !== tb) return ta < tb ? -1 : 1;
        return a.position - b.position;
      })
      .map(({ event }) => event);
    const periods: StagePeriod[] = [];
    const anomalies: JourneyAnomaly[] = [];
    let touchpoints = 0;
    let current: string | null = null;
    let open: { event: JourneyEvent; from: string | null; allowed: boolean } | null = null;
    for (const event of sorted) {
      const stage = event.stage;
      if (stage === undefined) {
        touchpoints++;
        continue;
      }
      if (Number.isNaN(event.occurredAt.getTime())) {
        anomalies.push({
          kind: "invalid_date",
          eventId: event.id,
          from: current,
          stage,
          message: `event moving to stage "${stage}" has an invalid occurredAt: ignored`,
        });
        continue;
      }
      if (event.occurredAt.getTime() > at.getTime()) {
        anomalies.push({
          kind: "after_as_of",
          eventId: event.id,
          from: current,
          stage,
          message: `event moves to stage "${stage}" at ${event.occurredAt.toISOString()}, after asOf ${at.toISOString()}: ignored`,
        });
        continue;
      }
      if (stage === current) continue;
      let allowed = true;
      if (!definition.stages.includes(stage)) {
        allowed = false;
        anomalies.push({
          kind: "unknown_stage",
          eventId: event.id,
          from: current,
          stage,
          message: `stage "${stage}" is not one of the journey's stages`,
        });
      } else if (current === null) {
        if (stage !== definition.initial) {
          allowed = false;
          anomalies.push({
            kind: "entered_mid_journey",
            eventId: event.id,
            from: null,
            stage,
            message: `journey starts in stage "${stage}", not in the initial stage "${definition.initial}"`,
          });
        }
      } else if (!definition.transitions.some((t) => t.from === current && t.to === stage)) {
        allowed = false;
        anomalies.push({
          kind: "disallowed_transition",
          eventId: event.id,
          from: current,
          stage,
          message: definition.terminal.includes(current)
            ? `stage "${current}" is terminal: the move to "${stage}" is not allowed`
            : `the move from stage "${current}" to "${stage}" is not allowed`,
        });
      }
      if (open !== null) periods.push(stay(open, event.occurredAt));
      open = { event, from: current, allowed };
      current = stage;
    }
    if (open !== null) periods.push(stay(open, null, at));
    return { customerId: group[0]!.customerId, asOf: at, periods, anomalies, touchpoints };
  });
}

function stay(
  open: { event: JourneyEvent; from: string | null; allowed: boolean },
  leftAt: Date | null,
  at?: Date,
): StagePeriod {
  const end = leftAt ?? at!;
  return {
    stage: open.event.stage!,
    from: open.from,
    enteredAt: open.event.occurredAt,
    leftAt,
    durationMs: end.getTime() - open.event.occurredAt.getTime(),
    eventId: open.event.id,
    allowed: open.allowed,
  };
}

const spec = (stages: readonly string[]) =>
  fc.record({
    customer: fc.integer({ min: 0, max: 4 }),
    stage: fc.option(fc.constantFrom(...stages, "mystery"), { nil: undefined }),
    // Whole hours over 25 days, so that equal times are common and some fall after asOf;
    // -1 is an invalid date.
    hour: fc.integer({ min: -1, max: 25 * 24 }),
  });

const toEvents = (specs: { customer: number; stage: string | undefined; hour: number }[]) =>
  specs.map((s, index): JourneyEvent => {
    const event: JourneyEvent = {
      id: `e${index}` as RecordId,
      customerId: `c${s.customer}` as CustomerId,
      name: s.stage ?? "Page Viewed",
      occurredAt: new Date(s.hour < 0 ? Number.NaN : base + s.hour * 3_600_000),
      properties: {},
    };
    if (s.stage !== undefined) event.stage = s.stage;
    return event;
  });

describe("journeyTimelines against a reference", () => {
  for (const [name, definition] of [
    ["the default lifecycle", defaultLifecycle],
    ["a journey with a terminal stage", ticket],
  ] as const) {
    it(`property: gives what the reference gives, on ${name}`, () => {
      fc.assert(
        fc.property(fc.array(spec(definition.stages), { maxLength: 160 }), (specs) => {
          const events = toEvents(specs);
          expect(journeyTimelines(definition, events, { asOf })).toEqual(
            reference(definition, events, asOf),
          );
        }),
        { numRuns: 100 },
      );
    });
  }

  it("property: a customer's events given out of time order take the long sort and agree", () => {
    // One customer, 49 to 90 events: above the insertion-sort limit.
    const long = fc.array(spec(defaultLifecycle.stages), { minLength: 49, maxLength: 90 });
    fc.assert(
      fc.property(long, (specs) => {
        const events = toEvents(specs.map((s) => ({ ...s, customer: 0 })));
        expect(journeyTimelines(defaultLifecycle, events, { asOf })).toEqual(
          reference(defaultLifecycle, events, asOf),
        );
      }),
      { numRuns: 30 },
    );
  });
});
