import { describe, expect, it } from "vitest";
import { event, LIFECYCLE_AS_OF, lifecycleEvents } from "./__fixtures__/journeys.fixture";
import { defaultLifecycle } from "./default-lifecycle";
import { journeyTimeline } from "./journey-timeline";
import { journeyTimelines } from "./journey-timelines";

describe("journeyTimelines", () => {
  it("gives each customer the timeline journeyTimeline gives them alone, in order of appearance", () => {
    const events = lifecycleEvents();
    const timelines = journeyTimelines(defaultLifecycle, events, { asOf: LIFECYCLE_AS_OF });
    expect(timelines.map((t) => t.customerId)).toEqual(["c1", "c2", "c3"]);
    for (const timeline of timelines) {
      const own = events.filter((e) => e.customerId === timeline.customerId);
      expect(timeline).toEqual(journeyTimeline(defaultLifecycle, own, { asOf: LIFECYCLE_AS_OF }));
    }
  });

  it("keeps the stable order of equal times within a customer", () => {
    const events = [
      event("c9", "awareness", "2024-01-01T00:00:00Z", "x1"),
      event("c8", "awareness", "2024-01-01T00:00:00Z", "y1"),
      event("c9", "consideration", "2024-01-01T00:00:00Z", "x2"),
    ];
    const [c9] = journeyTimelines(defaultLifecycle, events, { asOf: LIFECYCLE_AS_OF });
    expect(c9?.periods.map((p) => p.eventId)).toEqual(["x1", "x2"]);
  });

  it("returns no timelines for no events and rejects an invalid asOf", () => {
    expect(journeyTimelines(defaultLifecycle, [], { asOf: LIFECYCLE_AS_OF })).toEqual([]);
    expect(() => journeyTimelines(defaultLifecycle, [], { asOf: undefined as never })).toThrow(
      new TypeError(
        "journeyTimelines: options.asOf: expected a Date, received nothing (the field is missing)",
      ),
    );
  });
});
