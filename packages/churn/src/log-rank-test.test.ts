import { describe, expect, it } from "vitest";
import { AML, THREE_PLANS } from "./__fixtures__/aml.fixture";
import { logRankTest } from "./log-rank-test";

const close = (actual: readonly number[], expected: readonly number[], digits = 9) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((x, i) => {
    expect(x).toBeCloseTo(expected[i]!, digits);
  });
};

describe("logRankTest on aml (R survival 3.5, survdiff)", () => {
  const { durations, observed, groups } = AML;

  it("log-rank: survdiff(Surv(time, status) ~ x, data = aml)", () => {
    // Chisq = 3.39638869898 on 1 df, p = 0.0653393220405; obs 7, 11; exp 10.6893359923, 7.3106640077
    const test = logRankTest(durations, observed, groups);
    expect(test.groups.map((g) => [g.group, g.n, g.observed])).toEqual([
      ["Maintained", 11, 7],
      ["Nonmaintained", 12, 11],
    ]);
    close(
      test.groups.map((g) => g.expected),
      [10.6893359923, 7.3106640077],
    );
    close(
      test.groups.map((g) => g.score),
      [7 - 10.6893359923, 11 - 7.3106640077],
    );
    close(test.variance.flat(), [4.00755074594, -4.00755074594, -4.00755074594, 4.00755074594]);
    expect(test.statistic!).toBeCloseTo(3.39638869898, 9);
    expect(test.df).toBe(1);
    expect(test.pValue!).toBeCloseTo(0.0653393220405, 10);
    expect([test.weighting, test.strata]).toEqual(["log-rank", 1]);
  });

  it("Fleming-Harrington (1, 0) is survdiff(…, rho = 1)", () => {
    // obs 3.84541062802, 7.18150448585; exp 6.14285714286, 4.88405797101; var 1.89914702841
    // Chisq 2.77927954475, p 0.0954911154065
    const test = logRankTest(durations, observed, groups, {
      weighting: "fleming-harrington",
      p: 1,
      q: 0,
    });
    close(
      test.groups.map((g) => g.score),
      [3.84541062802 - 6.14285714286, 7.18150448585 - 4.88405797101],
    );
    expect(test.variance[0]![0]!).toBeCloseTo(1.89914702841, 9);
    expect(test.statistic!).toBeCloseTo(2.77927954475, 9);
    expect(test.pValue!).toBeCloseTo(0.0954911154065, 10);
    // The expected counts stay unweighted: the log-rank's.
    expect(test.groups[0]!.expected).toBeCloseTo(10.6893359923, 9);
  });

  // The other weights against a second method: Klein & Moeschberger §7.3's formulas written
  // directly in R (loops over the event times; the function `hand` of the script below, which
  // reproduces survdiff to 12 digits for rho = 1 and for the stratified rho = 0.5):
  //   W = Y (gehan), sqrt(Y) (tw), prod(1 − d/(Y + 1)) (pp), S(t−)^p (1 − S(t−))^q (fh);
  //   U = Σ W (d_g − Y_g d/Y); V = Σ W² d (Y − d)/(Y − 1) (diag(Y_g/Y) − (Y_g/Y)(Y_h/Y)′).
  it.each([
    ["gehan-breslow", {}, -50, 918, 2.72331154684, 0.0988926513652],
    ["tarone-ware", {}, -12.8379173588, 55.2763354909, 2.98160362201, 0.0842157942838],
    ["peto-peto", {}, -2.10452832192, 1.63551779245, 2.70803501999, 0.0998439069855],
    [
      "fleming-harrington",
      { p: 0, q: 1 },
      -1.39188947746,
      0.736605673281,
      2.63011321762,
      0.104854236358,
    ],
    [
      "fleming-harrington",
      { p: 1, q: 1 },
      -0.456862041883,
      0.143700724867,
      1.45248345481,
      0.228129878871,
    ],
  ] as const)("%s %j on aml", (weighting, pq, score, variance, statistic, pValue) => {
    const test = logRankTest(durations, observed, groups, { weighting, ...pq });
    expect(test.groups[0]!.score).toBeCloseTo(score, 9);
    expect(test.groups[1]!.score).toBeCloseTo(-score, 9);
    expect(test.variance[0]![0]!).toBeCloseTo(variance, 8);
    expect(test.statistic!).toBeCloseTo(statistic, 9);
    expect(test.pValue!).toBeCloseTo(pValue, 10);
  });
});

describe("logRankTest for three groups, stratified (R survival 3.5)", () => {
  const { durations, observed, groups, strata } = THREE_PLANS;

  it("survdiff(Surv(t, e) ~ g): 3 groups, 2 df", () => {
    // obs 10 4 10; exp 4.43428025419 7.07162678447 12.49409296134; Chisq 10.0486129957
    const test = logRankTest(durations, observed, groups);
    expect(test.groups.map((g) => [g.group, g.observed])).toEqual([
      ["a", 10],
      ["b", 4],
      ["c", 10],
    ]);
    close(
      test.groups.map((g) => g.expected),
      [4.43428025419, 7.07162678447, 12.49409296134],
    );
    close(test.variance[0]!, [3.1912596359, -1.08701952652, -2.10424010939]);
    close(test.variance[1]!, [-1.08701952652, 4.4161308459, -3.32911131938]);
    expect(test.statistic!).toBeCloseTo(10.0486129957, 9);
    expect(test.df).toBe(2);
    expect(test.pValue!).toBeCloseTo(0.00657614548489, 11);
  });

  it("survdiff(Surv(t, e) ~ g, rho = 1)", () => {
    const test = logRankTest(durations, observed, groups, {
      weighting: "fleming-harrington",
      p: 1,
      q: 0,
    });
    close(
      test.groups.map((g) => g.score),
      [7.24102564103 - 3.34262820513, 1.56346153846 - 3.69519230769, 5.19423076923 - 6.9608974359],
    );
    expect(test.statistic!).toBeCloseTo(8.73848824744, 9);
    expect(test.pValue!).toBeCloseTo(0.0126608069557, 10);
  });

  it("survdiff(Surv(t, e) ~ g + strata(s)), rho = 0 and 0.5", () => {
    const plain = logRankTest(durations, observed, groups, { strata });
    expect(plain.strata).toBe(2);
    // obs per stratum (5, 5), (2, 2), (5, 5); exp (3.17619047619 + 1.97486402486), …
    expect(plain.groups.map((g) => g.observed)).toEqual([10, 4, 10]);
    close(
      plain.groups.map((g) => g.expected),
      [3.17619047619 + 1.97486402486, 1.82380952381 + 4.12968697969, 7 + 5.89544899545],
    );
    close(plain.variance[2]!, [-2.36887497198, -2.79519615047, 5.16407112245]);
    expect(plain.statistic!).toBeCloseTo(7.04026791075, 9);
    expect(plain.pValue!).toBeCloseTo(0.02959547043, 10);
    const half = logRankTest(durations, observed, groups, {
      strata,
      weighting: "fleming-harrington",
      p: 0.5,
      q: 0,
    });
    close(
      half.groups.map((g) => g.score),
      [4.23707194027, -1.8803888991, -2.35668304117],
    );
    expect(half.statistic!).toBeCloseTo(7.48543313112, 9);
    expect(half.pValue!).toBeCloseTo(0.023689661123, 10);
  });

  // Second method: the hand-written R of the aml block, per stratum, summed.
  it.each([
    ["gehan-breslow", {}, [54, -27, -27], 7.87887289785, 0.0194591778966],
    [
      "tarone-ware",
      {},
      [16.01950481327, -7.38464663798, -8.63485817529],
      7.80791567086,
      0.0201619556218,
    ],
    [
      "peto-peto",
      {},
      [3.44876893939, -1.63721590909, -1.8115530303],
      7.49413321477,
      0.0235868339197,
    ],
    [
      "fleming-harrington",
      { p: 1, q: 2 },
      [0.2136453333333, -0.0300785988554, -0.1835667344779],
      2.22763165405,
      0.328303817314,
    ],
  ] as const)("%s %j, stratified", (weighting, pq, scores, statistic, pValue) => {
    const test = logRankTest(durations, observed, groups, { strata, weighting, ...pq });
    close(
      test.groups.map((g) => g.score),
      scores,
    );
    expect(test.statistic!).toBeCloseTo(statistic, 9);
    expect(test.pValue!).toBeCloseTo(pValue, 10);
  });
});

describe("logRankTest with case weights and late entry", () => {
  it("treats whole-number weights as replicated subjects", () => {
    // t3 <- c(3, 5, 5, 8, 2, 6); e3 <- c(1, 1, 0, 1, 1, 1); g3 <- c("a", "a", "b", "b", "a", "b")
    // w3 <- c(2, 1, 3, 1, 2, 1); survdiff(Surv(rep(t3, w3), rep(e3, w3)) ~ rep(g3, w3))
    // obs 5 2; exp 1.91666666667 5.08333333333; var 0.985119047619; Chisq 9.65055387714
    const test = logRankTest(
      [3, 5, 5, 8, 2, 6],
      [true, true, false, true, true, true],
      ["a", "a", "b", "b", "a", "b"],
      { weights: [2, 1, 3, 1, 2, 1] },
    );
    expect(test.groups.map((g) => [g.n, g.observed])).toEqual([
      [3, 5],
      [3, 2],
    ]);
    expect(test.groups[0]!.expected).toBeCloseTo(1.91666666667, 10);
    expect(test.variance[0]![0]!).toBeCloseTo(0.985119047619, 10);
    expect(test.statistic!).toBeCloseTo(9.65055387714, 9);
    expect(test.pValue!).toBeCloseTo(0.00189294499355, 11);
  });

  it("with late entry and no ties equals Cox's score test at β = 0", () => {
    // coxph(Surv(entry, time, status) ~ factor(grp), ties = "breslow", iter.max = 0):
    // score test 2.7171745042811, p 0.0992736052838 (no ties: the log-rank statistic)
    const test = logRankTest(
      [3.2, 5.1, 4.4, 1.7, 6.3, 2.9, 7.8, 5.6, 4.9, 3.8, 9.1, 6.7],
      [true, true, false, true, true, true, false, true, true, true, false, true],
      [1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2],
      { entry: [0, 0, 1.5, 0, 2.2, 0, 0.4, 3.1, 0, 1.0, 0, 2.5] },
    );
    expect(test.statistic!).toBeCloseTo(2.7171745042811, 10);
    expect(test.pValue!).toBeCloseTo(0.0992736052838, 11);
  });
});

describe("logRankTest degenerate cases: a documented result, never NaN", () => {
  it("keeps a group with no events, drops one never at risk at an event time", () => {
    // survdiff(Surv(c(2, 4, 6, 8, 3, 5, 9, 1, 1.5), c(1, 1, 0, 1, 0, 0, 0, 0, 0)) ~
    //   c("a", "a", "a", "a", "b", "b", "b", "c", "c")): obs 3 0 0,
    // exp 1.67142857143 1.32857142857 0, Chisq 2.40183282422 on 1 df
    const test = logRankTest(
      [2, 4, 6, 8, 3, 5, 9, 1, 1.5],
      [true, true, false, true, false, false, false, false, false],
      ["a", "a", "a", "a", "b", "b", "b", "c", "c"],
    );
    close(
      test.groups.map((g) => g.expected),
      [1.67142857143, 1.32857142857, 0],
    );
    expect(test.variance[2]).toEqual([0, 0, 0]);
    expect(test.statistic!).toBeCloseTo(2.40183282422, 9);
    expect(test.df).toBe(1);
  });

  it("gives no statistic when everyone is censored, for one group or one subject", () => {
    const none = { statistic: null, df: 0, pValue: null };
    expect(logRankTest([1, 2, 3], [false, false, false], ["a", "b", "a"])).toMatchObject(none);
    expect(logRankTest([1, 2, 3], [true, false, true], ["a", "a", "a"])).toMatchObject(none);
    expect(logRankTest([4], [true], ["a"])).toMatchObject({ ...none, groups: [{ observed: 1 }] });
    expect(logRankTest([], [], [])).toMatchObject({ ...none, groups: [] });
  });

  it("gives no statistic when the variance is 0 (each event the last one at risk)", () => {
    // a at risk alone at 5; b left at 2 without an event: expected 1 for a, 0 for b.
    const test = logRankTest([5, 2], [true, false], ["a", "b"]);
    expect(test).toMatchObject({ statistic: null, df: 0, pValue: null });
    // Two groups tied at one time: V = 1·1·(2 − 2)/(2 − 1)·… = 0 as well.
    expect(logRankTest([3, 3], [true, true], ["a", "b"]).pValue).toBeNull();
  });

  it("handles a tie across groups in one risk set", () => {
    // At 3: Y = 4, d = 2 (one a, one b), Y_a = 2: E_a = 1, V = 2·2/3·½·½ = 1/3.
    // At 7: Y = 2, d = 1 (b), Y_a = 1: E_a = ½, V = 1·1/1·¼ = ¼. U_a = 1 − 1.5 = −½.
    const test = logRankTest([3, 3, 7, 7], [true, true, false, true], ["a", "b", "a", "b"]);
    expect(test.groups[0]!.expected).toBeCloseTo(1.5, 14);
    expect(test.variance[0]![0]!).toBeCloseTo(1 / 3 + 1 / 4, 14);
    expect(test.statistic!).toBeCloseTo(0.25 / (7 / 12), 14);
  });
});

describe("logRankTest input checks", () => {
  it("names the bad value", () => {
    expect(() => logRankTest([1, 2], [true, true], ["a"])).toThrow(
      new RangeError(
        "logRankTest: groups: expected an array of 2, one entry per duration, received an array of 1",
      ),
    );
    expect(() => logRankTest([1], [true], [null as never])).toThrow(
      new TypeError("logRankTest: groups[0]: expected a string or a finite number, received null"),
    );
    expect(() => logRankTest([1], [true], ["a"], { weighting: "wilcoxon" as never })).toThrow(
      /options.weighting: expected one of "log-rank" \| "gehan-breslow"/,
    );
    expect(() =>
      logRankTest([1], [true], ["a"], { weighting: "fleming-harrington", p: 1 }),
    ).toThrow(
      new TypeError(
        'logRankTest: options.q: expected a finite number ≥ 0 (required with weighting "fleming-harrington"), received nothing (the field is missing)',
      ),
    );
    expect(() =>
      logRankTest([1], [true], ["a"], { weighting: "fleming-harrington", p: -1, q: 0 }),
    ).toThrow(RangeError);
    expect(() => logRankTest([1], [true], ["a"], { strata: ["x", "y"] })).toThrow(/options.strata/);
  });
});
