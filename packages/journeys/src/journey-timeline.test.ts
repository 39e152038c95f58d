import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DAY,
  event,
  HOUR,
  LIFECYCLE_AS_OF,
  lifecycleEvents,
} from "./__fixtures__/journeys.fixture";
import { defaultLifecycle } from "./default-lifecycle";
import { defineJourney } from "./journey-definition";
import { journeyTimeline } from "./journey-timeline";

const asOf = new Date("2024-02-01T00:00:00Z");
const summary = (events: Parameters<typeof journeyTimeline>[1], at = asOf) =>
  journeyTimeline(defaultLifecycle, events, { asOf: at }).periods.map((p) => [
    p.stage,
    p.durationMs / HOUR,
    p.allowed,
  ]);

describe("journeyTimeline", () => {
  it("builds the stays of one customer with entered, left and duration", () => {
    const c1 = lifecycleEvents().filter((e) => e.customerId === "c1");
    const timeline = journeyTimeline(defaultLifecycle, c1, { asOf: LIFECYCLE_AS_OF });
    expect(timeline.customerId).toBe("c1");
    expect(timeline.touchpoints).toBe(1);
    expect(timeline.anomalies).toEqual([]);
    // Hand-worked: 1→3 Jan = 2 d; 3→10 Jan = 7 d; 10 Jan 00:00→12:00 = 0.5 d;
    // 10 Jan 12:00→20 Jan = 9.5 d; 20 Jan→1 Feb = 12 d, + 29 d of February (leap year) = 41 d.
    expect(timeline.periods.map((p) => [p.stage, p.durationMs / DAY])).toEqual([
      ["awareness", 2],
      ["consideration", 7],
      ["purchase", 0.5],
      ["onboarding", 9.5],
      ["adoption", 41],
    ]);
    expect(timeline.periods[0]).toMatchObject({
      from: null,
      enteredAt: new Date("2024-01-01T00:00:00Z"),
      leftAt: new Date("2024-01-03T00:00:00Z"),
      allowed: true,
    });
    expect(timeline.periods[1]?.from).toBe("awareness");
    expect(timeline.periods.at(-1)?.leftAt).toBeNull();
  });

  it("keeps and flags a transition the definition does not allow", () => {
    const events = [
      event("c1", "awareness", "2024-01-01T00:00:00Z", "e1"),
      event("c1", "purchase", "2024-01-02T00:00:00Z", "e2"), // skips consideration
      event("c1", "onboarding", "2024-01-03T00:00:00Z", "e3"),
    ];
    const timeline = journeyTimeline(defaultLifecycle, events, { asOf });
    expect(timeline.periods.map((p) => [p.stage, p.allowed])).toEqual([
      ["awareness", true],
      ["purchase", false],
      ["onboarding", true],
    ]);
    expect(timeline.anomalies).toEqual([
      {
        kind: "disallowed_transition",
        eventId: "e2",
        from: "awareness",
        stage: "purchase",
        message: 'the move from stage "awareness" to "purchase" is not allowed',
      },
    ]);
  });

  it("flags a move out of a terminal stage, an unknown stage and a start mid-journey", () => {
    const journey = defineJourney({
      stages: ["trial", "paid", "lost"],
      transitions: [
        { from: "trial", to: "paid" },
        { from: "trial", to: "lost" },
      ],
      initial: "trial",
      terminal: ["lost"],
    });
    const events = [
      event("c1", "paid", "2024-01-01T00:00:00Z", "e1"),
      event("c1", "vip", "2024-01-02T00:00:00Z", "e2"),
      event("c1", "lost", "2024-01-03T00:00:00Z", "e3"),
      event("c1", "paid", "2024-01-04T00:00:00Z", "e4"),
    ];
    const timeline = journeyTimeline(journey, events, { asOf });
    expect(timeline.periods.map((p) => [p.stage, p.allowed])).toEqual([
      ["paid", false],
      ["vip", false],
      ["lost", false], // vip → lost is not a listed move either
      ["paid", false],
    ]);
    expect(timeline.anomalies.map((a) => [a.kind, a.eventId])).toEqual([
      ["entered_mid_journey", "e1"],
      ["unknown_stage", "e2"],
      ["disallowed_transition", "e3"],
      ["disallowed_transition", "e4"],
    ]);
    expect(timeline.anomalies[3]?.message).toBe(
      'stage "lost" is terminal: the move to "paid" is not allowed',
    );
    expect(timeline.anomalies[0]?.message).toBe(
      'journey starts in stage "paid", not in the initial stage "trial"',
    );
  });

  it("orders equal timestamps stably, in the order given", () => {
    const same = "2024-01-02T00:00:00Z";
    const forward = [
      event("c1", "awareness", "2024-01-01T00:00:00Z"),
      event("c1", "consideration", same),
      event("c1", "purchase", same),
    ];
    expect(summary(forward)).toEqual([
      ["awareness", 24, true],
      ["consideration", 0, true],
      ["purchase", 30 * 24, true],
    ]);
    // The same two events the other way round: purchase first, and the move is flagged.
    const backward = [forward[0]!, forward[2]!, forward[1]!];
    expect(summary(backward)).toEqual([
      ["awareness", 24, true],
      ["purchase", 0, false],
      ["consideration", 30 * 24, false],
    ]);
  });

  it("places an event dated before the customer's first one at the start", () => {
    // Arrives last, happened first: the late-loaded awareness event.
    const events = [
      event("c1", "consideration", "2024-01-05T00:00:00Z"),
      event("c1", "purchase", "2024-01-06T00:00:00Z"),
      event("c1", "awareness", "2023-12-31T00:00:00Z"),
    ];
    const timeline = journeyTimeline(defaultLifecycle, events, { asOf });
    expect(timeline.anomalies).toEqual([]);
    expect(timeline.periods.map((p) => [p.stage, p.durationMs / DAY])).toEqual([
      ["awareness", 5],
      ["consideration", 1],
      ["purchase", 26],
    ]);
  });

  it("does not let time zones shift durations", () => {
    // The same instants written in three offsets give the same timeline.
    const utc = [
      event("c1", "awareness", "2024-01-01T23:30:00Z", "a"),
      event("c1", "consideration", "2024-01-02T01:00:00Z", "b"),
    ];
    const tokyo = [
      event("c1", "awareness", "2024-01-02T08:30:00+09:00", "a"),
      event("c1", "consideration", "2024-01-02T10:00:00+09:00", "b"),
    ];
    const newYork = [
      event("c1", "awareness", "2024-01-01T18:30:00-05:00", "a"),
      event("c1", "consideration", "2024-01-01T20:00:00-05:00", "b"),
    ];
    const expected = journeyTimeline(defaultLifecycle, utc, { asOf });
    expect(expected.periods[0]?.durationMs).toBe(1.5 * HOUR);
    expect(journeyTimeline(defaultLifecycle, tokyo, { asOf })).toEqual(expected);
    expect(journeyTimeline(defaultLifecycle, newYork, { asOf })).toEqual(expected);
  });

  it("measures elapsed time across a daylight-saving change", () => {
    // Paris springs forward on 31 March 2024: noon to noon is 23 hours of elapsed time.
    const events = [
      event("c1", "awareness", "2024-03-30T12:00:00+01:00"),
      event("c1", "consideration", "2024-03-31T12:00:00+02:00"),
    ];
    expect(summary(events, new Date("2024-04-01T00:00:00Z"))[0]).toEqual(["awareness", 23, true]);
  });

  it("ignores and reports events after asOf and events with invalid dates", () => {
    const broken = {
      ...event("c1", "purchase", "2024-01-03T00:00:00Z", "bad"),
      occurredAt: new Date(Number.NaN),
    };
    const events = [
      event("c1", "awareness", "2024-01-01T00:00:00Z"),
      event("c1", "consideration", "2024-03-01T00:00:00Z", "late"),
      broken,
    ];
    const timeline = journeyTimeline(defaultLifecycle, events, { asOf });
    expect(timeline.periods.map((p) => p.stage)).toEqual(["awareness"]);
    expect(timeline.anomalies.map((a) => [a.kind, a.eventId])).toEqual([
      ["after_as_of", "late"],
      ["invalid_date", "bad"],
    ]);
    expect(timeline.anomalies[0]?.message).toMatch(/after asOf 2024-02-01T00:00:00.000Z/);
  });

  it("keeps valid events in time order around an invalid date", () => {
    const broken = {
      ...event("c1", "purchase", "2024-01-03T00:00:00Z", "bad"),
      occurredAt: new Date("x"),
    };
    const events = [
      event("c1", "consideration", "2024-01-05T00:00:00Z"),
      broken,
      event("c1", "awareness", "2024-01-01T00:00:00Z"),
    ];
    const timeline = journeyTimeline(defaultLifecycle, events, { asOf });
    expect(timeline.periods.map((p) => p.stage)).toEqual(["awareness", "consideration"]);
    expect(timeline.anomalies.map((a) => a.kind)).toEqual(["invalid_date"]);
  });

  it("does not start a new stay for a repeated stage", () => {
    const events = [
      event("c1", "awareness", "2024-01-01T00:00:00Z"),
      event("c1", "awareness", "2024-01-02T00:00:00Z"),
      event("c1", "consideration", "2024-01-03T00:00:00Z"),
    ];
    expect(summary(events).map(([stage, hours]) => [stage, hours])).toEqual([
      ["awareness", 48],
      ["consideration", 29 * 24],
    ]);
  });

  it("returns an empty timeline for no events", () => {
    expect(journeyTimeline(defaultLifecycle, [], { asOf })).toEqual({
      customerId: null,
      asOf,
      periods: [],
      anomalies: [],
      touchpoints: 0,
    });
  });

  it("rejects events of several customers and an invalid asOf, naming them", () => {
    const events = [
      event("c1", "awareness", "2024-01-01T00:00:00Z"),
      event("c2", "awareness", "2024-01-01T00:00:00Z"),
    ];
    expect(() => journeyTimeline(defaultLifecycle, events, { asOf })).toThrow(
      /events\[1\].customerId: expected "c1", the customer of events\[0\].*received "c2"/,
    );
    expect(() => journeyTimeline(defaultLifecycle, [], { asOf: new Date("nope") })).toThrow(
      /options.asOf: expected a valid Date, received an invalid Date/,
    );
  });

  it("does not mutate the events", () => {
    const events = lifecycleEvents()
      .filter((e) => e.customerId === "c3")
      .reverse();
    const copy = structuredClone(events);
    journeyTimeline(defaultLifecycle, events, { asOf });
    expect(events).toEqual(copy);
  });

  const stages = defaultLifecycle.stages;
  const arbitraryEvents = fc.array(
    fc.record({
      stage: fc.option(fc.constantFrom(...stages, "mystery"), { nil: undefined }),
      minute: fc.integer({ min: 0, max: 60 * 24 * 30 }),
    }),
    { maxLength: 40 },
  );
  const base = Date.UTC(2024, 0, 1);
  const toEvents = (specs: { stage: string | undefined; minute: number }[]) =>
    specs.map((spec, index) =>
      event("c1", spec.stage, new Date(base + spec.minute * 60_000).toISOString(), `e${index}`),
    );

  it("property: stays are back to back and add up to asOf minus the first entry", () => {
    fc.assert(
      fc.property(arbitraryEvents, (specs) => {
        const timeline = journeyTimeline(defaultLifecycle, toEvents(specs), { asOf });
        const { periods } = timeline;
        periods.forEach((period, index) => {
          const next = periods[index + 1];
          if (next) expect(period.leftAt).toEqual(next.enteredAt);
          expect(period.durationMs).toBeGreaterThanOrEqual(0);
          if (index > 0) expect(period.stage).not.toBe(periods[index - 1]!.stage);
        });
        const total = periods.reduce((sum, p) => sum + p.durationMs, 0);
        const first = periods[0];
        expect(total).toBe(first ? asOf.getTime() - first.enteredAt.getTime() : 0);
        // Every stay that is not allowed is explained by exactly one anomaly.
        expect(periods.filter((p) => !p.allowed).length).toBe(timeline.anomalies.length);
      }),
    );
  });

  it("property: the order events are given in does not matter when their times differ", () => {
    fc.assert(
      fc.property(
        arbitraryEvents.map((specs) => {
          const seen = new Set<number>();
          return specs.filter((s) => !seen.has(s.minute) && seen.add(s.minute));
        }),
        fc.integer(),
        (specs, seed) => {
          const events = toEvents(specs);
          // A deterministic shuffle from the seed.
          const shuffled = events
            .map((e, i) => ({ e, key: Math.imul(i + 1, seed | 1) ^ (seed >>> 3) }))
            .sort((a, b) => a.key - b.key)
            .map(({ e }) => e);
          expect(journeyTimeline(defaultLifecycle, shuffled, { asOf })).toEqual(
            journeyTimeline(defaultLifecycle, events, { asOf }),
          );
        },
      ),
    );
  });
});
