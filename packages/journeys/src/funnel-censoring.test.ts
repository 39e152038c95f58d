import { describe, expect, it } from "vitest";
import { DAY, event } from "./__fixtures__/journeys.fixture";
import { defaultLifecycle } from "./default-lifecycle";
import { funnel } from "./funnel";
import { journeyTimelines } from "./journey-timelines";

/**
 * A small event log, all times 00:00 UTC in January 2024, looked at on 20 January:
 *
 * | customer | awareness | consideration | purchase           |
 * | -------- | --------- | ------------- | ------------------ |
 * | a        | 1         | 2             | 5                  |
 * | b        | 1         | 3             | –                  |
 * | c        | 2         | –             | –                  |
 * | d        | 15        | 16            | 22 (after asOf)    |
 * | e        | 18        | –             | –                  |
 * | f        | 3         | 4             | 12                 |
 * | g        | 5         | 6             | 17                 |
 * | h        | 25 (after asOf) | –       | –                  |
 */
const jan = (day: number) => `2024-01-${String(day).padStart(2, "0")}T00:00:00Z`;
const log = [
  ["a", 1, 2, 5],
  ["b", 1, 3, null],
  ["c", 2, null, null],
  ["d", 15, 16, 22],
  ["e", 18, null, null],
  ["f", 3, 4, 12],
  ["g", 5, 6, 17],
  ["h", 25, null, null],
] as const;
const events = log.flatMap(([customer, ...days]) =>
  (["awareness", "consideration", "purchase"] as const).flatMap((stage, k) =>
    days[k] === null ? [] : [event(customer, stage, jan(days[k]!))],
  ),
);
const asOf = new Date(jan(20));
// Timelines described on 1 February: the funnel itself must ignore what began after asOf.
const timelines = journeyTimelines(defaultLifecycle, events, {
  asOf: new Date("2024-02-01T00:00:00Z"),
});
const stages = ["awareness", "consideration", "purchase"];

describe("funnel with a window, as of a moment", () => {
  it("leaves the customers whose window is open out of the denominators (worked by hand)", () => {
    // within 10 days of awareness:
    // - awareness: a b c d e f g -> 7 of 7: h, whose only event is on 25 January, was not yet
    //   a customer of the journey on 20 January and is not counted (n = 7).
    // - consideration: a b d f g reached; e (deadline 28 Jan) in progress; c (deadline 12 Jan)
    //   dropped -> 5 of 7 − 1 = 6.
    // - purchase: a (day 4) and f (day 9) reached; d (deadline 25 Jan; its purchase on 22 Jan
    //   is after asOf) in progress; b (deadline 11 Jan) and g (day 12, deadline 15 Jan) dropped
    //   -> 2 of 5 − 1 = 4. From the first step: 2 of 7 − 1 − 1 = 5.
    const result = funnel(defaultLifecycle, timelines, { stages, asOf, within: 10 * DAY });
    expect(result).toMatchObject({ n: 7, excluded: 0, within: 10 * DAY, order: "ordered" });
    expect(result.asOf).toEqual(asOf);
    expect(result.stepWithin).toEqual([null, null]);
    const [aware, consider, buy] = result.steps;
    expect(result.steps.map((s) => [s.reached, s.inProgress, s.dropped])).toEqual([
      [7, 0, 0],
      [5, 1, 1],
      [2, 1, 2],
    ]);
    expect(
      [aware, consider, buy].map((s) => [s!.fromPrevious.successes, s!.fromPrevious.n]),
    ).toEqual([
      [7, 7],
      [5, 6],
      [2, 4],
    ]);
    expect(buy!.fromPrevious.value).toBe(50);
    expect([consider!.fromFirst.n, buy!.fromFirst.n]).toEqual([6, 5]);
    expect(buy!.fromFirst.value).toBe(40);
    // R: prop.test(5, 6, correct = FALSE)$conf.int * 100 = 43.6497177813530, 96.9946630251693
    expect(consider!.fromPrevious.interval?.lower).toBeCloseTo(43.649717781353, 9);
    expect(consider!.fromPrevious.interval?.upper).toBeCloseTo(96.9946630251693, 9);
    // R: prop.test(2, 4, correct = FALSE)$conf.int * 100 = 15.0038989152150, 84.9961010847851
    expect(buy!.fromPrevious.interval?.lower).toBeCloseTo(15.003898915215, 9);
    expect(buy!.fromPrevious.interval?.upper).toBeCloseTo(84.9961010847851, 9);
    // R: prop.test(2, 5, correct = FALSE)$conf.int * 100 = 11.7620774232648, 76.9275718723987
    expect(buy!.fromFirst.interval?.lower).toBeCloseTo(11.7620774232648, 9);
    // awareness→consideration: a 1, b 2, d 1, f 1, g 1 days -> median 1 day;
    // consideration→purchase: a 3, f 8 days -> 5.5 days.
    expect(result.steps.map((s) => s.medianTimeFromPreviousMs)).toEqual([null, DAY, 5.5 * DAY]);
  });

  it("draws the cumulative conversion as a Kaplan-Meier curve (checked against R)", () => {
    // Follow-up in days: a 4 (converted), f 9 (converted); b, c, g censored at the window's
    // end, 10; d censored at asOf, 5; e at asOf, 2.
    // At day 4: 6 at risk (e left at 2), S = 5/6. At day 9: 4 at risk (d left at 5),
    // S = 5/6 · 3/4 = 0.625: 37.5 % converted by day 9, where 2 of 7 (28.6 %) have so far.
    // R: s <- summary(survfit(Surv(c(4, 9, 10, 10, 10, 5, 2), c(1, 1, 0, 0, 0, 0, 0)) ~ 1,
    //   conf.type = "log-log")); 1 - s$upper = 0.0252875733091065, 0.1069493955014222;
    //   1 - s$lower = 0.726877150071644, 0.858146610068345
    const { curve } = funnel(defaultLifecycle, timelines, { stages, asOf, within: 10 * DAY });
    expect(curve).toMatchObject({ n: 7, conversions: 2, level: 0.95, method: "kaplan-meier" });
    expect(curve.steps.map((s) => [s.timeMs / DAY, s.atRisk, s.conversions, s.censored])).toEqual([
      [4, 6, 1, 0],
      [9, 4, 1, 0],
    ]);
    expect(curve.steps[0]!.converted).toBeCloseTo(1 / 6, 12);
    expect(curve.steps[1]!.converted).toBeCloseTo(0.375, 12);
    expect(curve.steps[0]!.interval.lower).toBeCloseTo(0.0252875733091065, 10);
    expect(curve.steps[0]!.interval.upper).toBeCloseTo(0.726877150071644, 10);
    expect(curve.steps[1]!.interval.lower).toBeCloseTo(0.1069493955014222, 10);
    expect(curve.steps[1]!.interval.upper).toBeCloseTo(0.858146610068345, 10);
    expect(curve.steps[1]!.interval).toMatchObject({ level: 0.95, method: "log-log" });
    expect(curve.medianTimeMs).toBeNull(); // never half converted
  });

  it("without a window decides every step at asOf, as the plain funnel", () => {
    // Conversions by 20 January: consideration a b d f g (5 of 7), purchase a f g (3 of 5).
    const result = funnel(defaultLifecycle, timelines, { stages, asOf });
    expect(result.steps.map((s) => [s.reached, s.inProgress, s.dropped])).toEqual([
      [7, 0, 0],
      [5, 0, 2],
      [3, 0, 2],
    ]);
    // The curve still censors the unconverted at asOf: b 19, c 18, d 5, e 2 days; events at
    // a 4, f 9, g 12 days. S = 5/6 at 4 (6 at risk), · 3/4 at 9 (4 at risk: f, g, b, c),
    // · 2/3 at 12 (3 at risk: g, b, c) = 5/12, so 7/12 converted; S first ≤ ½ at day 12.
    const { curve } = funnel(defaultLifecycle, timelines, { stages, asOf });
    expect(curve.steps.map((s) => [s.timeMs / DAY, s.atRisk])).toEqual([
      [4, 6],
      [9, 4],
      [12, 3],
    ]);
    expect(curve.steps[2]!.converted).toBeCloseTo(7 / 12, 12);
    expect(curve.medianTimeMs).toBe(12 * DAY);
  });

  it("applies per-step windows, each from entering the previous step", () => {
    // stepWithin 2 days to consideration, then 5 days to purchase, no overall window:
    // - consideration: a (1 d), b (2 d, the bound counts), d, f, g reached; c (deadline
    //   4 Jan) dropped; e's deadline is 20 January, asOf itself: the window has closed, dropped.
    // - purchase: a (3 d) reached; d (deadline 21 Jan) in progress; b (deadline 8 Jan),
    //   f (8 d) and g (11 d) dropped.
    const result = funnel(defaultLifecycle, timelines, {
      stages,
      asOf,
      stepWithin: [2 * DAY, 5 * DAY],
    });
    expect(result.stepWithin).toEqual([2 * DAY, 5 * DAY]);
    expect(result.steps.map((s) => [s.reached, s.inProgress, s.dropped])).toEqual([
      [7, 0, 0],
      [5, 0, 2],
      [1, 1, 3],
    ]);
    // With an overall window of 4 days too, the earlier deadline applies: a buys on 5 January,
    // exactly 4 days after awareness (counted); d's deadline is now 19 January, so d dropped.
    const both = funnel(defaultLifecycle, timelines, {
      stages,
      asOf,
      within: 4 * DAY,
      stepWithin: [2 * DAY, null],
    });
    // consideration: the deadline is 2 days (stepWithin), as above, and e's is asOf itself.
    expect(both.steps.map((s) => [s.reached, s.inProgress, s.dropped])).toEqual([
      [7, 0, 0],
      [5, 0, 2],
      [1, 0, 4],
    ]);
  });
});
