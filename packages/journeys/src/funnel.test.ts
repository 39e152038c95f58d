import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DAY, event, LIFECYCLE_AS_OF, lifecycleEvents } from "./__fixtures__/journeys.fixture";
import { defaultLifecycle } from "./default-lifecycle";
import { funnel } from "./funnel";
import { journeyTimelines } from "./journey-timelines";

const timelines = journeyTimelines(defaultLifecycle, lifecycleEvents(), { asOf: LIFECYCLE_AS_OF });
const stages = ["awareness", "consideration", "purchase", "onboarding"];
const asOf = LIFECYCLE_AS_OF;

describe("funnel", () => {
  it("counts, converts and times each step (worked by hand on the fixture)", () => {
    const result = funnel(defaultLifecycle, timelines, { stages, asOf });
    expect(result.n).toBe(3);
    expect(result.within).toBeNull();
    // All three reach consideration; c1 and c3 buy and onboard; c2 stays in consideration.
    expect(result.steps.map((s) => s.reached)).toEqual([3, 3, 2, 2]);
    // Shares in percent (Proportions of @rapport/stats).
    expect(result.steps.map((s) => s.fromPrevious.value)).toEqual([100, 100, 200 / 3, 100]);
    expect(result.steps.map((s) => s.fromFirst.value)).toEqual([100, 100, 200 / 3, 200 / 3]);
    // awareness→consideration: c1 2 d, c2 3 d, c3 1 d -> median 2 d; consideration→purchase:
    // c1 7 d, c3 2 d -> 4.5 d; purchase→onboarding: 0.5 d and 1 d -> 0.75 d.
    expect(result.steps.map((s) => s.medianTimeFromPreviousMs)).toEqual([
      null,
      2 * DAY,
      4.5 * DAY,
      0.75 * DAY,
    ]);
    // Wilson 95 % for 2/3: (0.2077, 0.9385) (Wilson 1927; also Newcombe 1998, table I style).
    const purchase = result.steps[2]!.fromPrevious;
    expect(purchase).toMatchObject({ successes: 2, n: 3 });
    // R: prop.test(2, 3, correct = FALSE)$conf.int = 0.207659600802048, 0.938508055279604
    expect(purchase.interval?.lower).toBeCloseTo(20.7659600802048, 10);
    expect(purchase.interval?.upper).toBeCloseTo(93.8508055279604, 10);
    expect(purchase.interval?.method).toBe("wilson");
    expect(purchase.interval?.level).toBe(0.95);
    expect(purchase.smallSample).toBe(true);
    // At 90 %: prop.test(2, 3, correct = FALSE, conf.level = 0.9)$conf.int = 0.2535339, 0.9217343
    const at90 = funnel(defaultLifecycle, timelines, { stages, asOf, level: 0.9 }).steps[2]!
      .fromPrevious;
    expect(at90.interval?.level).toBe(0.9);
    expect(at90.interval?.lower).toBeCloseTo(25.35339, 4);
    expect(at90.interval?.upper).toBeCloseTo(92.17343, 4);
  });

  it("applies a conversion window from entering the first step", () => {
    // Within 5 days of awareness: c1 buys on day 9 (out); c3 buys on day 3, onboards on day 4.
    const result = funnel(defaultLifecycle, timelines, { stages, asOf, within: 5 * DAY });
    expect(result.within).toBe(5 * DAY);
    expect(result.steps.map((s) => s.reached)).toEqual([3, 3, 1, 1]);
  });

  it("counts a step only after the previous one, in order", () => {
    const events = [
      event("c1", "awareness", "2024-01-01T00:00:00Z"),
      event("c1", "purchase", "2024-01-02T00:00:00Z"), // skipped consideration (flagged)
      event("c1", "onboarding", "2024-01-03T00:00:00Z"),
    ];
    const own = journeyTimelines(defaultLifecycle, events, { asOf: LIFECYCLE_AS_OF });
    const result = funnel(defaultLifecycle, own, { stages, asOf });
    expect(result.steps.map((s) => s.reached)).toEqual([1, 0, 0, 0]);
    // A funnel may start later in the journey, and skip stages in between.
    const later = funnel(defaultLifecycle, own, { stages: ["purchase", "onboarding"], asOf });
    expect(later.steps.map((s) => s.reached)).toEqual([1, 1]);
  });

  it("is honest with no customers", () => {
    const result = funnel(defaultLifecycle, [], { stages: ["awareness", "purchase"], asOf });
    expect(result.steps[0]?.fromPrevious).toEqual({
      value: null,
      successes: 0,
      n: 0,
      interval: null,
      smallSample: true,
    });
    expect(result.steps[1]?.medianTimeFromPreviousMs).toBeNull();
    expect(result.excluded).toBe(0);
    expect(result.curve).toMatchObject({ n: 0, conversions: 0, steps: [], medianTimeMs: null });
  });

  it("is honest when everyone is still in progress", () => {
    // Both entered awareness on 28 February with 7 days to go on 1 March: nobody is decided.
    const events = [
      event("c1", "awareness", "2024-02-28T00:00:00Z"),
      event("c2", "awareness", "2024-02-28T12:00:00Z"),
    ];
    const own = journeyTimelines(defaultLifecycle, events, { asOf });
    const result = funnel(defaultLifecycle, own, { stages, asOf, within: 7 * DAY });
    expect(result.steps.map((s) => [s.reached, s.inProgress, s.dropped])).toEqual([
      [2, 0, 0],
      [0, 2, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    for (const step of result.steps.slice(1)) {
      expect(step.fromPrevious).toMatchObject({ value: null, n: 0, interval: null });
      expect(step.fromFirst).toMatchObject({ value: null, n: 0, interval: null });
      expect(step.medianTimeFromPreviousMs).toBeNull();
    }
    // Both censored at asOf (2 and 1.5 days: 2024 is a leap year), no conversion: an empty curve.
    expect(result.curve).toMatchObject({ n: 2, conversions: 0, steps: [], medianTimeMs: null });
  });

  it("handles a single customer, and a funnel of one step", () => {
    const one = journeyTimelines(
      defaultLifecycle,
      [
        event("c1", "awareness", "2024-01-01T00:00:00Z"),
        event("c1", "consideration", "2024-01-03T00:00:00Z"),
      ],
      { asOf },
    );
    const result = funnel(defaultLifecycle, one, {
      stages: ["awareness", "consideration"],
      asOf,
      within: 7 * DAY,
    });
    expect(result.steps[1]).toMatchObject({ reached: 1, inProgress: 0, dropped: 0 });
    expect(result.steps[1]!.fromPrevious).toMatchObject({ value: 100, successes: 1, n: 1 });
    // R: summary(survfit(Surv(2, 1) ~ 1)): one step at 2 with survival 0, no interval.
    expect(result.curve.steps).toEqual([
      {
        timeMs: 2 * DAY,
        atRisk: 1,
        conversions: 1,
        censored: 0,
        converted: 1,
        interval: { lower: 1, upper: 1, level: 0.95, method: "log-log" },
      },
    ]);
    expect(result.curve.medianTimeMs).toBe(2 * DAY);
    // One step: entering it is converting, at time 0.
    const single = funnel(defaultLifecycle, one, { stages: ["consideration"], asOf });
    expect(single.steps[0]).toMatchObject({ reached: 1, inProgress: 0, dropped: 0 });
    expect(single.curve.steps.map((s) => [s.timeMs, s.converted])).toEqual([[0, 1]]);
  });

  it("names the bad stage or option", () => {
    expect(() =>
      funnel(defaultLifecycle, timelines, { stages: ["awareness", "trial"], asOf }),
    ).toThrow(
      /funnel: options.stages\[1\]: expected a stage of the journey \(one of .*\), received "trial"/,
    );
    expect(() => funnel(defaultLifecycle, timelines, { stages: [], asOf })).toThrow(
      /options.stages: expected at least one stage/,
    );
    expect(() => funnel(defaultLifecycle, timelines, { stages, asOf, level: 95 })).toThrow(
      RangeError,
    );
    expect(() =>
      funnel(defaultLifecycle, timelines, { stages: "awareness" as never, asOf }),
    ).toThrow(TypeError);
    expect(() => funnel(defaultLifecycle, timelines, { stages, asOf, within: 0 })).toThrow(
      /options.within: expected a positive number of milliseconds, received 0/,
    );
  });
});

describe("funnel properties", () => {
  it("property: no step is reached by more customers than the one before", () => {
    const path = ["awareness", "consideration", "purchase", "onboarding", "adoption"];
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...path), { maxLength: 8 }), { maxLength: 20 }),
        fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
        (customers, withinDays) => {
          const events = customers.flatMap((stagesOf, c) =>
            stagesOf.map((stage, i) =>
              event(`c${c}`, stage, new Date(Date.UTC(2024, 0, 1 + i)).toISOString()),
            ),
          );
          const own = journeyTimelines(defaultLifecycle, events, { asOf: LIFECYCLE_AS_OF });
          const options =
            withinDays === undefined
              ? { stages: path, asOf }
              : { stages: path, asOf, within: withinDays * DAY };
          const { steps } = funnel(defaultLifecycle, own, options);
          steps.forEach((step, k) => {
            if (k > 0) expect(step.reached).toBeLessThanOrEqual(steps[k - 1]!.reached);
            if (step.fromFirst.value !== null)
              expect(step.fromFirst.value).toBeLessThanOrEqual(100);
          });
        },
      ),
    );
  });
});
