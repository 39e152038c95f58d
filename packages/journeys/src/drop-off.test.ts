import { describe, expect, it } from "vitest";
import { DAY, LIFECYCLE_AS_OF, lifecycleEvents } from "./__fixtures__/journeys.fixture";
import { defaultLifecycle } from "./default-lifecycle";
import { dropOff } from "./drop-off";
import { defineJourney } from "./journey-definition";
import { journeyTimeline } from "./journey-timeline";
import { journeyTimelines } from "./journey-timelines";

const timelines = journeyTimelines(defaultLifecycle, lifecycleEvents(), { asOf: LIFECYCLE_AS_OF });
const asOf = LIFECYCLE_AS_OF;

describe("dropOff", () => {
  it("lists customers past one threshold, longest first", () => {
    // On 1 Mar: c2 in consideration 56 d, c3 churned 46 d, c1 in adoption 41 d.
    const stuck = dropOff(defaultLifecycle, timelines, { asOf, after: 30 * DAY });
    expect(stuck.map((s) => [s.customerId, s.stage, s.durationMs / DAY])).toEqual([
      ["c2", "consideration", 56],
      ["c3", "churned", 46],
      ["c1", "adoption", 41],
    ]);
    expect(stuck[0]).toMatchObject({
      since: new Date("2024-01-05T00:00:00Z"),
      thresholdMs: 30 * DAY,
    });
    expect(dropOff(defaultLifecycle, timelines, { asOf, after: 41 * DAY })).toHaveLength(2);
  });

  it("takes a threshold per stage and checks only those stages", () => {
    const stuck = dropOff(defaultLifecycle, timelines, {
      asOf,
      after: { adoption: 45 * DAY, consideration: 50 * DAY },
    });
    expect(stuck.map((s) => s.customerId)).toEqual(["c2"]);
  });

  it("looks at an earlier moment than the timelines' asOf", () => {
    // On 12 Jan: c3 onboarding since 5 Jan (7 d), c1 since 10 Jan 12:00 (1.5 d).
    const stuck = dropOff(defaultLifecycle, timelines, {
      asOf: new Date("2024-01-12T00:00:00Z"),
      after: { onboarding: DAY },
    });
    expect(stuck.map((s) => [s.customerId, s.durationMs / DAY])).toEqual([
      ["c3", 7],
      ["c1", 1.5],
    ]);
  });

  it("never lists a customer in a terminal stage", () => {
    const journey = defineJourney({
      stages: ["awareness", "consideration", "purchase", "onboarding", "adoption", "churned"],
      transitions: [
        { from: "awareness", to: "consideration" },
        { from: "consideration", to: "purchase" },
        { from: "purchase", to: "onboarding" },
        { from: "onboarding", to: "adoption" },
        { from: "onboarding", to: "churned" },
      ],
      initial: "awareness",
      terminal: ["churned"],
    });
    const own = journeyTimelines(journey, lifecycleEvents(), { asOf });
    expect(dropOff(journey, own, { asOf, after: 30 * DAY }).map((s) => s.customerId)).toEqual([
      "c2",
      "c1",
    ]);
    expect(dropOff(journey, own, { asOf, after: { churned: DAY } })).toEqual([]);
  });

  it("names the bad option", () => {
    expect(() => dropOff(defaultLifecycle, timelines, { asOf, after: -1 })).toThrow(
      /dropOff: options.after: expected a non-negative number of milliseconds, received -1/,
    );
    expect(() => dropOff(defaultLifecycle, timelines, { asOf, after: { trial: DAY } })).toThrow(
      /dropOff: options.after: expected stages of the journey \(one of .*\), received "trial"/,
    );
    expect(() =>
      dropOff(defaultLifecycle, timelines, { asOf, after: { onboarding: Number.NaN } }),
    ).toThrow(/options.after\["onboarding"\]/);
    expect(() => dropOff(defaultLifecycle, timelines, { asOf, after: null as never })).toThrow(
      /received null/,
    );
    expect(() => dropOff(defaultLifecycle, timelines, { asOf: new Date("x"), after: DAY })).toThrow(
      /dropOff: options.asOf: expected a valid Date/,
    );
  });

  it("skips empty timelines", () => {
    const empty = journeyTimeline(defaultLifecycle, [], { asOf });
    expect(dropOff(defaultLifecycle, [empty], { asOf, after: 0 })).toEqual([]);
  });
});
