import { describe, expect, it } from "vitest";
import { DAY, event } from "./__fixtures__/journeys.fixture";
import { defaultLifecycle } from "./default-lifecycle";
import { journeyTimeline } from "./journey-timeline";
import { timeInStage } from "./time-in-stage";

describe("timeInStage", () => {
  // Advocacy twice: 10 → 12 Jan (2 d) and 20 Jan → asOf 1 Feb (12 d, current).
  const timeline = journeyTimeline(
    defaultLifecycle,
    [
      event("c1", "awareness", "2024-01-01T00:00:00Z"),
      event("c1", "consideration", "2024-01-02T00:00:00Z"),
      event("c1", "purchase", "2024-01-03T00:00:00Z"),
      event("c1", "onboarding", "2024-01-04T00:00:00Z"),
      event("c1", "adoption", "2024-01-05T00:00:00Z"),
      event("c1", "retention", "2024-01-06T00:00:00Z"),
      event("c1", "advocacy", "2024-01-10T00:00:00Z"),
      event("c1", "retention", "2024-01-12T00:00:00Z"),
      event("c1", "advocacy", "2024-01-20T00:00:00Z"),
    ],
    { asOf: new Date("2024-02-01T00:00:00Z") },
  );

  it("sums every stay in the stage, the current one up to asOf", () => {
    expect(timeInStage(timeline, "advocacy")).toEqual({
      stage: "advocacy",
      totalMs: 14 * DAY,
      visits: 2,
      current: true,
    });
    // Retention: 6 → 10 Jan and 12 → 20 Jan = 4 + 8 days.
    expect(timeInStage(timeline, "retention")).toEqual({
      stage: "retention",
      totalMs: 12 * DAY,
      visits: 2,
      current: false,
    });
  });

  it("is 0 with no visits for a stage never entered", () => {
    expect(timeInStage(timeline, "churned")).toEqual({
      stage: "churned",
      totalMs: 0,
      visits: 0,
      current: false,
    });
  });
});
