import { describe, expect, it } from "vitest";
import { DAY, LIFECYCLE_AS_OF, lifecycleEvents } from "./__fixtures__/journeys.fixture";
import { currentStage } from "./current-stage";
import { defaultLifecycle } from "./default-lifecycle";
import { journeyTimelines } from "./journey-timelines";

const [c1, c2, c3] = journeyTimelines(defaultLifecycle, lifecycleEvents(), {
  asOf: LIFECYCLE_AS_OF,
});

describe("currentStage", () => {
  it("is the last stage at asOf, with how long the customer has been there", () => {
    // c2 entered consideration on 5 Jan: 26 more days of January + 29 of February = 56 days.
    expect(currentStage(c2!)).toEqual({
      stage: "consideration",
      since: new Date("2024-01-05T00:00:00Z"),
      durationMs: 56 * DAY,
    });
    expect(currentStage(c3!)?.stage).toBe("churned");
  });

  it("looks back to an earlier moment", () => {
    expect(currentStage(c1!, { asOf: new Date("2024-01-10T12:00:00Z") })).toMatchObject({
      stage: "onboarding",
      durationMs: 0,
    });
    expect(currentStage(c1!, { asOf: new Date("2024-01-10T11:00:00Z") })?.stage).toBe("purchase");
    expect(currentStage(c1!, { asOf: new Date("2023-12-31T00:00:00Z") })).toBeNull();
  });

  it("rejects an invalid moment", () => {
    expect(() => currentStage(c1!, { asOf: new Date("x") })).toThrow(
      new RangeError("currentStage: options.asOf: expected a valid Date, received an invalid Date"),
    );
    expect(() => currentStage(c1!, { asOf: "2024-01-01" as never })).toThrow(TypeError);
  });
});
