import { describe, expect, it } from "vitest";
import { DAY, event } from "./__fixtures__/journeys.fixture";
import { defaultLifecycle } from "./default-lifecycle";
import { funnel } from "./funnel";
import { defineJourney } from "./journey-definition";
import { journeyTimelines } from "./journey-timelines";

const jan = (day: number) => `2024-01-${String(day).padStart(2, "0")}T00:00:00Z`;
const feb = (day: number) => `2024-02-${String(day).padStart(2, "0")}T00:00:00Z`;
const counts = (f: ReturnType<typeof funnel>) =>
  f.steps.map((s) => [s.reached, s.inProgress, s.dropped]);

describe("funnel exclusions", () => {
  // purchase → onboarding → adoption within 30 days, looked at on 1 March:
  // - p1: purchase 1 Jan, onboarding 2 Jan, churned 4 Jan (before adoption)
  // - p2: purchase 1 Jan, onboarding 2 Jan, adoption 5 Jan, churned 10 Jan (after the last step)
  // - p3: purchase 1 Jan, churned 3 Jan (before onboarding)
  // - p4: purchase 1 Jan, onboarding 2 Jan (dropped: deadline 31 Jan)
  // - p6: purchase 1 Jan, onboarding 2 Jan, churned 3 Feb (after the deadline it missed)
  const events = [
    event("p1", "purchase", jan(1)),
    event("p1", "onboarding", jan(2)),
    event("p1", "churned", jan(4)),
    event("p2", "purchase", jan(1)),
    event("p2", "onboarding", jan(2)),
    event("p2", "adoption", jan(5)),
    event("p2", "churned", jan(10)),
    event("p3", "purchase", jan(1)),
    event("p3", "churned", jan(3)),
    event("p4", "purchase", jan(1)),
    event("p4", "onboarding", jan(2)),
    event("p6", "purchase", jan(1)),
    event("p6", "onboarding", jan(2)),
    event("p6", "churned", feb(3)),
  ];
  const asOf = new Date("2024-03-01T00:00:00Z");
  const timelines = journeyTimelines(defaultLifecycle, events, { asOf });
  const base = { stages: ["purchase", "onboarding", "adoption"], asOf, within: 30 * DAY };

  it("takes out of every count the customers who enter the stage while in the funnel", () => {
    // Excluded: p1 (churned before adoption) and p3 (before onboarding). p2 churned after its
    // last step, p6 after the deadline it missed: both stay. Left: p2, p4, p6.
    const result = funnel(defaultLifecycle, timelines, { ...base, exclude: ["churned"] });
    expect(result.excluded).toBe(2);
    expect(counts(result)).toEqual([
      [3, 0, 0],
      [3, 0, 0],
      [1, 0, 2],
    ]);
    expect(result.steps[0]!.fromPrevious).toMatchObject({ successes: 3, n: 3 });
    expect(result.curve.n).toBe(3);
    // Without the exclusion: 5 purchases, 4 onboardings (p3 never), 1 adoption.
    expect(counts(funnel(defaultLifecycle, timelines, base))).toEqual([
      [5, 0, 0],
      [4, 0, 1],
      [1, 0, 3],
    ]);
  });

  it("watches only between the steps given", () => {
    // From onboarding on: only p1 (p3 never reached onboarding).
    const fromOnboarding = funnel(defaultLifecycle, timelines, {
      ...base,
      exclude: [{ stage: "churned", after: 1 }],
    });
    expect(fromOnboarding.excluded).toBe(1);
    expect(counts(fromOnboarding)).toEqual([
      [4, 0, 0],
      [3, 0, 1],
      [1, 0, 2],
    ]);
    // Between purchase and onboarding: only p3 (p1 churned after onboarding).
    const beforeOnboarding = funnel(defaultLifecycle, timelines, {
      ...base,
      exclude: [{ stage: "churned", after: 0, before: 1 }],
    });
    expect(beforeOnboarding.excluded).toBe(1);
    expect(counts(beforeOnboarding)[1]).toEqual([4, 0, 0]);
  });

  it("sees only what happened by asOf", () => {
    // On 3 January p1 has not churned yet, p3 just has; p4 and p6 are in progress too.
    const early = new Date(jan(3));
    const result = funnel(defaultLifecycle, timelines, {
      ...base,
      asOf: early,
      exclude: ["churned"],
    });
    expect(result.excluded).toBe(1);
    expect(counts(result)).toEqual([
      [4, 0, 0],
      [4, 0, 0],
      [0, 4, 0],
    ]);
    expect(result.steps[2]!.fromPrevious.value).toBeNull();
  });
});

describe("funnel in any order", () => {
  // Set-up tasks done in any order after signing up; any 1, 2, 3 of them within 7 days of
  // the first, looked at on 20 January:
  // - u1: invite 2 Jan, profile 3 Jan, integration 4 Jan (all three)
  // - u2: integration 2 Jan, profile 5 Jan (two; the third was due by 9 Jan: dropped)
  // - u3: profile 16 Jan (one; the second is due by 23 Jan: in progress)
  // - u4: invite 2 Jan, profile 12 Jan (one: the second came after 9 Jan: dropped)
  const tasks = ["profile", "invite", "integration"];
  const setup = defineJourney({
    stages: ["signed_up", ...tasks],
    transitions: ["signed_up", ...tasks].flatMap((from) =>
      tasks.filter((to) => to !== from).map((to) => ({ from, to })),
    ),
    initial: "signed_up",
    terminal: [],
  });
  const events = [
    ["u1", "signed_up", 1],
    ["u1", "invite", 2],
    ["u1", "profile", 3],
    ["u1", "integration", 4],
    ["u2", "signed_up", 1],
    ["u2", "integration", 2],
    ["u2", "profile", 5],
    ["u3", "signed_up", 15],
    ["u3", "profile", 16],
    ["u4", "signed_up", 1],
    ["u4", "invite", 2],
    ["u4", "profile", 12],
  ].map(([who, stage, day]) => event(who as string, stage as string, jan(day as number)));
  const asOf = new Date(jan(20));
  const timelines = journeyTimelines(setup, events, { asOf });
  const options = { stages: tasks, asOf, within: 7 * DAY };

  it("counts how many of the stages each customer entered, in time", () => {
    const result = funnel(setup, timelines, { ...options, order: "any" });
    expect(result.order).toBe("any");
    expect(counts(result)).toEqual([
      [4, 0, 0],
      [2, 1, 1],
      [1, 0, 1],
    ]);
    // Times between steps: u1 1 day, u2 3 days -> 2 days; u1 1 day.
    expect(result.steps.map((s) => s.medianTimeFromPreviousMs)).toEqual([null, 2 * DAY, DAY]);
    // u1 converted after 2 days; the curve's single step: 4 at risk (u3 censored at 4 days).
    expect(result.curve.steps.map((s) => [s.timeMs / DAY, s.atRisk])).toEqual([[2, 4]]);
  });

  it("differs from the ordered funnel on the same customers", () => {
    // In order: profile first (all four), then invite after it: nobody. u3's window (profile
    // 16 Jan + 7 days) is still open; the others' have closed.
    expect(counts(funnel(setup, timelines, options))).toEqual([
      [4, 0, 0],
      [0, 1, 3],
      [0, 0, 0],
    ]);
  });
});
