import { describe, expect, it } from "vitest";
import { LATE_ENTRY } from "./__fixtures__/late-entry.fixture";
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
    expect(curve.steps[0]!.interval.lower).toBeCloseTo(0.619718, 5);
    expect(curve.steps[0]!.interval.upper).toBeCloseTo(0.951552, 5);
    for (const step of curve.steps) {
      expect(step.interval.lower).toBeLessThan(step.survival);
      expect(step.interval.upper).toBeGreaterThan(step.survival);
    }
  });

  it("gives the linear interval S ± 1.96·SE on request", () => {
    const linear = kaplanMeier(durations, observed, { ci: "linear", level: 0.95 });
    const step = linear.steps[6]!;
    expect(step.interval.lower).toBeCloseTo(0.448179 - 1.959964 * 0.134592, 4);
    expect(step.interval.upper).toBeCloseTo(0.448179 + 1.959964 * 0.134592, 4);
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
    // S = ½ exactly from 1 to 2: the midpoint. R: survfit(Surv(c(1, 2), c(1, 1)) ~ 1) → 1.5
    expect(curve.median).toBe(1.5);
    expect([curve.steps[1]!.interval.lower, curve.steps[1]!.interval.upper]).toEqual([0, 0]);
  });
  it("rejects mismatched or bad input, naming it", () => {
    expect(() => kaplanMeier([1, 2], [true])).toThrow(
      new RangeError(
        "kaplanMeier: observed: expected an array of 2, one entry per duration, received an array of 1",
      ),
    );
    expect(() => kaplanMeier("1" as never, [true])).toThrow(TypeError);
    expect(() => kaplanMeier([1, -2], [true, true])).toThrow(
      "kaplanMeier: durations[1]: expected a finite number ≥ 0, received -2",
    );
    expect(() => kaplanMeier([1], [true], { level: 1 })).toThrow(
      /options.level: expected a confidence level in \(0, 1\)/,
    );
    expect(() => kaplanMeier([1], [true], { ci: "plain" as never })).toThrow(/received "plain"/);
  });
});

describe("kaplanMeier median where S(t) is exactly one half (R survival 3.x, print(survfit(...)))", () => {
  it.each([
    // survfit(Surv(c(1, 2, 3, 4), c(1, 1, 1, 1)) ~ 1): S(2) = 3/4 · 2/3 = ½ until 3 → 2.5
    [[1, 2, 3, 4], [true, true, true, true], 2.5],
    // survfit(Surv(1:6, c(1, 1, 1, 0, 1, 1)) ~ 1): S(3) = ½ until the next event, 5 → 4
    [[1, 2, 3, 4, 5, 6], [true, true, true, false, true, true], 4],
    // survfit(Surv(c(1, 2, 3, 4), c(1, 1, 0, 0)) ~ 1): S(2) = ½ to the end, no event after → 2
    [[1, 2, 3, 4], [true, true, false, false], 2],
    // survfit(Surv(c(2, 4, 4, 6, 8, 9), c(1, 1, 0, 1, 1, 0)) ~ 1): S crosses ½ at 6 → 6
    [[2, 4, 4, 6, 8, 9], [true, true, false, true, true, false], 6],
    // survfit(Surv(c(1, 1, 2, 3, 3, 4, 5, 7, 7, 8), c(1, 0, 1, 1, 1, 0, 1, 1, 0, 1)) ~ 1) → 5
    [
      [1, 1, 2, 3, 3, 4, 5, 7, 7, 8],
      [true, false, true, true, true, false, true, true, false, true],
      5,
    ],
  ] as const)("durations %j, observed %j: median %d", (durations, observed, median) => {
    expect(kaplanMeier(durations, observed).median).toBe(median);
  });

  it("carries each step's interval with its level and method", () => {
    const step = kaplanMeier([1, 2, 3], [true, true, false], { level: 0.9, ci: "linear" })
      .steps[0]!;
    expect(step.interval.level).toBe(0.9);
    expect(step.interval.method).toBe("linear");
  });
});

describe("kaplanMeier with late entry and case weights (R survival 3.5)", () => {
  // entry <- c(0, 0, 2, 1, 0, 3, 0, 5, 2, 0, 4, 1); time <- c(4, 6, 6, 3, 8, 9, 2, 10, 7, 6, 12, 5)
  // status <- c(1, 0, 1, 1, 1, 0, 1, 1, 0, 1, 1, 0); w <- c(1, 2, 1, 1.5, 0.5, 1, 2, 1, 1, 3, 1, 0.5)
  // f <- survfit(Surv(entry, time, status) ~ 1, weights = w, robust = FALSE); summary(f); f$std.err
  const { entry, durations, observed, weights } = LATE_ENTRY;
  const curve = kaplanMeier(durations, observed, { entry, weights });
  const r = [
    // time, n.risk, n.event, surv, summary's std.err, f$std.err (of −ln S)
    [2, 10.5, 2, 0.809523809524, 0.121182668625, 0.149696237713],
    [3, 10.5, 1.5, 0.69387755102, 0.135762563538, 0.195657812158],
    [4, 10, 1, 0.624489795918, 0.138790086698, 0.222245563667],
    [6, 10.5, 4, 0.386588921283, 0.127046759518, 0.328635282917],
    [8, 3.5, 0.5, 0.331361932528, 0.130718060199, 0.394487258092],
    [10, 2, 1, 0.165680966264, 0.134152503169, 0.809703771015],
    [12, 1, 1, 0, null, null],
  ] as const;

  it("matches survfit's risk sets, estimates and standard errors to 1e-10", () => {
    expect(curve.n).toBe(12);
    expect(curve.events).toBe(11);
    expect(curve.steps).toHaveLength(r.length);
    curve.steps.forEach((step, i) => {
      const [time, atRisk, events, survival, se, logSe] = r[i]!;
      expect([step.time, step.atRisk, step.events]).toEqual([time, atRisk, events]);
      expect(step.survival).toBeCloseTo(survival, 10);
      if (se === null) expect(step.standardError).toBeNull();
      else expect(step.standardError!).toBeCloseTo(se, 10);
      if (logSe === null) expect(step.logStandardError).toBeNull();
      else expect(step.logStandardError!).toBeCloseTo(logSe, 10);
    });
    // print(f): median 6
    expect(curve.median).toBe(6);
  });

  it("equals the curve of the replicated data for whole-number weights", () => {
    const w = [2, 1, 3, 1];
    const weighted = kaplanMeier([3, 5, 5, 8], [true, true, false, true], { weights: w });
    const replicated = kaplanMeier(
      [3, 3, 5, 5, 5, 5, 8],
      [true, true, true, false, false, false, true],
    );
    expect(weighted.steps).toEqual(replicated.steps);
  });

  it("leaves a subject out of the risk set before its entry, and at its entry time", () => {
    // Risk set at 2: entry < 2 ≤ time; the subject entering at 2 is not at risk at 2.
    const late = kaplanMeier([2, 5, 5], [true, true, false], { entry: [0, 2, 1] });
    expect(late.steps.map((s) => [s.time, s.atRisk])).toEqual([
      [2, 2],
      [5, 2],
    ]);
    expect(late.steps[0]!.survival).toBe(0.5);
    expect(late.steps[1]!.survival).toBe(0.25);
  });

  it("rejects an entry that is not below its duration, and bad weights", () => {
    expect(() => kaplanMeier([2, 5], [true, true], { entry: [0, 5] })).toThrow(
      new RangeError(
        "kaplanMeier: options.entry[1]: expected a finite number ≥ 0 and below 5, received 5",
      ),
    );
    expect(() => kaplanMeier([2, 5], [true, true], { weights: [1, -1] })).toThrow(
      new RangeError("kaplanMeier: options.weights[1]: expected a finite number ≥ 0, received -1"),
    );
    expect(() => kaplanMeier([2, 5], [true, true], { weights: [1] })).toThrow(
      /options.weights: expected an array of 2, one entry per duration/,
    );
    expect(() => kaplanMeier([2], ["yes" as never])).toThrow(TypeError);
  });
});
