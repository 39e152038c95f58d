import { describe, expect, it } from "vitest";
import { SIX_MP } from "./__fixtures__/six-mp.fixture";
import { conditionalSurvival } from "./conditional-survival";
import { kaplanMeier } from "./kaplan-meier";

const durations = SIX_MP.map(([t]) => t);
const observed = SIX_MP.map(([, e]) => e);
const six = kaplanMeier(durations, observed);

describe("conditionalSurvival on the 6-MP data, given 10 weeks in remission", () => {
  // R survival 3.5, the curve of those still in remission after 10, times shifted by 10:
  // f <- survfit(Surv(t - 10, e) ~ 1, six, subset = t > 10, conf.type = "log-log")
  // summary(f): time + 10, surv, std.err; f$lower, f$upper; summary(f, rmean = 20)
  const r = [
    [13, 0.916666666667, 0.079785592313, 0.538977180571, 0.9878255654],
    [16, 0.833333333333, 0.107582870728, 0.481714942195, 0.955509365728],
    [22, 0.714285714286, 0.143704967172, 0.337497684307, 0.901018627341],
    [23, 0.595238095238, 0.161713739519, 0.235056546493, 0.830369835358],
  ] as const;
  const given = conditionalSurvival(six, 10, { tau: 30 });

  it("gives S(t | 10) = S(t)/S(10) with its Greenwood error and log-log interval", () => {
    expect(given.survivalAtStayed).toBeCloseTo(0.752941176471, 11); // S(10) = 0.752941
    expect(given.steps.map((s) => s.time)).toEqual(r.map(([t]) => t));
    given.steps.forEach((step, i) => {
      const [, s, se, lower, upper] = r[i]!;
      expect(step.survival).toBeCloseTo(s, 11);
      expect(step.standardError!).toBeCloseTo(se, 11);
      expect(step.interval.lower).toBeCloseTo(lower, 11);
      expect(step.interval.upper).toBeCloseTo(upper, 11);
    });
  });

  it("gives the expected remaining remission up to 30 weeks: R's rmean of the shifted curve at 20", () => {
    // rmean 15.63095238095, se(rmean) 1.80059793201
    expect(given.remainingTenure!.value!).toBeCloseTo(15.63095238095, 10);
    expect(given.remainingTenure!.standardError!).toBeCloseTo(1.80059793201, 10);
    expect(given.remainingTenure!.tau).toBe(30);
  });

  it("is the curve itself for s = 0, and S(t | s) for s between event times", () => {
    const fromStart = conditionalSurvival(six, 0);
    expect(fromStart.steps.map((s) => s.survival)).toEqual(six.steps.map((s) => s.survival));
    expect(fromStart.remainingTenure).toBeNull();
    // s = 11: S(11) = S(10); the same steps as s = 10.
    expect(conditionalSurvival(six, 11).steps).toEqual(conditionalSurvival(six, 10).steps);
  });
});

describe("conditionalSurvival degenerate cases", () => {
  it("the TSDoc example, by hand", () => {
    const curve = kaplanMeier([1, 2, 3, 4], [true, true, true, true]);
    const after2 = conditionalSurvival(curve, 2, { tau: 4 });
    expect(after2.steps.map((s) => s.survival)).toEqual([0.5, 0]);
    expect(after2.remainingTenure!.value).toBeCloseTo(1.5, 14);
  });

  it("no one stayed that long: no steps, a null remaining tenure", () => {
    const curve = kaplanMeier([1, 2], [true, true]);
    expect(conditionalSurvival(curve, 2, { tau: 5 })).toEqual({
      stayed: 2,
      survivalAtStayed: 0,
      steps: [],
      remainingTenure: { value: null, standardError: null, interval: null, tau: 5, n: 2 },
    });
  });

  it("everyone censored: S(t | s) = 1, remaining tenure τ − s with no error", () => {
    const censored = conditionalSurvival(kaplanMeier([5, 9], [false, false]), 3, { tau: 8 });
    expect(censored.steps).toEqual([]);
    expect(censored.remainingTenure).toMatchObject({ value: 5, standardError: 0 });
  });

  it("rejects a bad s or τ", () => {
    expect(() => conditionalSurvival(six, -1)).toThrow(
      new RangeError("conditionalSurvival: stayed: expected a finite number ≥ 0, received -1"),
    );
    expect(() => conditionalSurvival(six, 10, { tau: 10 })).toThrow(
      "conditionalSurvival: options.tau: expected a number above 10, received 10",
    );
    expect(() => conditionalSurvival(six, "10" as never)).toThrow(TypeError);
    expect(() => conditionalSurvival(six, 1, { tau: -3 })).toThrow(
      "conditionalSurvival: options.tau: expected a finite number > 0, received -3",
    );
  });
});
