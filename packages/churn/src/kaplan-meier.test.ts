import { describe, expect, it } from "vitest";
import { SIX_MP } from "./__fixtures__/six-mp.fixture";
import { kaplanMeier } from "./kaplan-meier";

const durations = SIX_MP.map(([t]) => t);
const observed = SIX_MP.map(([, e]) => e);

describe("kaplanMeier on the 6-MP remission data (Klein & Moeschberger Table 4.1A)", () => {
  // Worked by hand. n = 21; event times with (at risk, events):
  //  6: (21, 3) S = 18/21           = 0.857143   Σ d/(n(n−d)) = 3/(21·18) = 0.0079365
  //  7: (17, 1) S = 0.857143·16/17  = 0.806723   + 1/(17·16) → 0.0116130
  // 10: (15, 1) S = ·14/15          = 0.752941   + 1/(15·14) → 0.0163749
  // 13: (12, 1) S = ·11/12          = 0.690196   + 1/(12·11) → 0.0239507
  // 16: (11, 1) S = ·10/11          = 0.627451   + 1/(11·10) → 0.0330416
  // 22: ( 7, 1) S = ·6/7            = 0.537815   + 1/(7·6)   → 0.0568511
  // 23: ( 6, 1) S = ·5/6            = 0.448179   + 1/(6·5)   → 0.0901844
  // Greenwood SE = S·√Σ: 0.0764, 0.0869, 0.0963, 0.1068, 0.1141, 0.1282, 0.1346 (the book's
  // 0.076, 0.087, 0.096, 0.107, 0.114, 0.128, 0.135). Median: first S ≤ 0.5, at 23 weeks.
  const curve = kaplanMeier(durations, observed);
  const expected = [
    [6, 21, 3, 0.857143, 0.0764],
    [7, 17, 1, 0.806723, 0.0869],
    [10, 15, 1, 0.752941, 0.0963],
    [13, 12, 1, 0.690196, 0.1068],
    [16, 11, 1, 0.627451, 0.1141],
    [22, 7, 1, 0.537815, 0.1282],
    [23, 6, 1, 0.448179, 0.1346],
  ] as const;

  it("gives the product-limit estimates and Greenwood standard errors", () => {
    expect(curve.n).toBe(21);
    expect(curve.events).toBe(9);
    expect(curve.steps.map((s) => [s.time, s.atRisk, s.events])).toEqual(
      expected.map(([t, n, d]) => [t, n, d]),
    );
    curve.steps.forEach((step, i) => {
      expect(step.survival).toBeCloseTo(expected[i]![3], 6);
      expect(step.standardError!).toBeCloseTo(expected[i]![4], 4);
    });
    expect(curve.steps[0]!.censored).toBe(1); // the 6+ is at risk at 6
  });

  it("gives the median survival 23", () => {
    expect(curve.median).toBe(23);
  });

  it("gives the log-log interval (0.6197, 0.9516) at t = 6", () => {
    // θ = ln(−ln 0.857143) = ln 0.154151 = −1.869824; spread = 1.959964·√0.0079365/0.154151
    // = 1.959964·0.0890871/0.154151 = 1.132701; lower = exp(−e^(θ+spread)) = exp(−0.478503)
    // = 0.619718; upper = exp(−e^(θ−spread)) = exp(−0.049661) = 0.951552.
    expect(curve.steps[0]!.lower).toBeCloseTo(0.619718, 5);
    expect(curve.steps[0]!.upper).toBeCloseTo(0.951552, 5);
    for (const step of curve.steps) {
      expect(step.lower).toBeLessThan(step.survival);
      expect(step.upper).toBeGreaterThan(step.survival);
    }
  });

  it("gives the linear interval S ± 1.96·SE on request", () => {
    const linear = kaplanMeier(durations, observed, { ci: "linear", level: 0.95 });
    const step = linear.steps[6]!;
    expect(step.lower).toBeCloseTo(0.448179 - 1.959964 * 0.134592, 4);
    expect(step.upper).toBeCloseTo(0.448179 + 1.959964 * 0.134592, 4);
  });
});

describe("kaplanMeier edge cases", () => {
  it("has no steps and no median for no subjects or no events", () => {
    expect(kaplanMeier([], [])).toMatchObject({ n: 0, events: 0, steps: [], median: null });
    expect(kaplanMeier([3, 5], [false, false]).median).toBeNull();
  });
  it("drops to 0 when the last subject has the event, with no standard error", () => {
    const curve = kaplanMeier([1, 2], [true, true]);
    expect(curve.steps.map((s) => s.survival)).toEqual([0.5, 0]);
    expect(curve.steps[1]!.standardError).toBeNull();
    expect(curve.median).toBe(1);
    expect([curve.steps[1]!.lower, curve.steps[1]!.upper]).toEqual([0, 0]);
  });
  it("rejects mismatched or bad input, naming it", () => {
    expect(() => kaplanMeier([1, 2], [true])).toThrow(/one entry per duration \(2\), received 1/);
    expect(() => kaplanMeier([1, -2], [true, true])).toThrow(
      "kaplanMeier: durations[1]: expected a finite number ≥ 0, received -2",
    );
    expect(() => kaplanMeier([1], [true], { level: 1 })).toThrow(/level between 0 and 1/);
    expect(() => kaplanMeier([1], [true], { ci: "plain" as never })).toThrow(/received "plain"/);
  });
});
