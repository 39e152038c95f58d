import { describe, expect, it } from "vitest";
import { DAY, LIFECYCLE_AS_OF, lifecycleEvents } from "./__fixtures__/journeys.fixture";
import { defaultLifecycle } from "./default-lifecycle";
import type { FunnelOptions } from "./funnel";
import { funnel } from "./funnel";
import { journeyTimelines } from "./journey-timelines";

const asOf = LIFECYCLE_AS_OF;
const timelines = journeyTimelines(defaultLifecycle, lifecycleEvents(), { asOf });
const stages = ["awareness", "consideration", "purchase"];
const run = (options: Record<string, unknown>) =>
  funnel(defaultLifecycle, timelines, { stages, asOf, ...options } as FunnelOptions);

describe("funnel options", () => {
  it("requires asOf, a valid Date", () => {
    expect(() => funnel(defaultLifecycle, timelines, { stages } as never)).toThrow(
      new TypeError(
        "funnel: options.asOf: expected a Date, received nothing (the field is missing)",
      ),
    );
    expect(() => run({ asOf: new Date(Number.NaN) })).toThrow(RangeError);
    expect(() => funnel(defaultLifecycle, timelines, undefined as never)).toThrow(TypeError);
  });

  it("refuses timelines that describe a moment before asOf", () => {
    const later = new Date("2024-04-01T00:00:00Z");
    expect(() => run({ asOf: later })).toThrow(
      new RangeError(
        "funnel: timelines[0].asOf: expected a moment at or after options.asOf (2024-04-01T00:00:00.000Z), received Date 2024-03-01T00:00:00.000Z",
      ),
    );
  });

  it("checks the windows", () => {
    expect(() => run({ within: -1 })).toThrow(RangeError);
    expect(() => run({ within: "7d" })).toThrow(TypeError);
    expect(() => run({ stepWithin: [DAY] })).toThrow(
      /options.stepWithin: expected an array of 2 windows \(ms or null\), one per step after the first, received/,
    );
    expect(() => run({ stepWithin: DAY })).toThrow(TypeError);
    expect(() => run({ stepWithin: [DAY, 0] })).toThrow(
      /options.stepWithin\[1\]: expected a positive number of milliseconds, received 0/,
    );
    expect(run({ stepWithin: [null, DAY] }).stepWithin).toEqual([null, DAY]);
  });

  it("checks the exclusions", () => {
    expect(() => run({ exclude: ["purchase"] })).toThrow(
      /options.exclude\[0\].stage: expected a stage of the journey that is not a step of the funnel \(one of .*\), received "purchase"/,
    );
    expect(() => run({ exclude: ["vip"] })).toThrow(RangeError);
    expect(() => run({ exclude: "churned" })).toThrow(TypeError);
    expect(() => run({ exclude: [{ stage: 3 }] })).toThrow(TypeError);
    expect(() => run({ exclude: [{ stage: "churned", after: 3 }] })).toThrow(
      /options.exclude\[0\].after: expected a step position from 0 to 2, received 3/,
    );
    expect(() => run({ exclude: [{ stage: "churned", after: 1, before: 1 }] })).toThrow(
      /options.exclude\[0\].before: expected a step after options.exclude\[0\].after \(1\), received 1/,
    );
  });

  it("checks the order and, in any order, repeated stages", () => {
    expect(() => run({ order: "strict" })).toThrow(
      /options.order: expected one of "ordered" \| "any", received "strict"/,
    );
    expect(() => run({ order: 1 })).toThrow(TypeError);
    expect(() => run({ stages: ["awareness", "awareness"], order: "any" })).toThrow(
      /options.stages\[1\]: expected a stage not already in the funnel/,
    );
    // In order, a stage may come back (retention → advocacy → retention).
    expect(run({ stages: ["awareness", "awareness"] }).steps).toHaveLength(2);
  });
});
