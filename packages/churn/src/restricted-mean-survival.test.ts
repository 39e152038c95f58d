import { describe, expect, it } from "vitest";
import { AML } from "./__fixtures__/aml.fixture";
import { LATE_ENTRY } from "./__fixtures__/late-entry.fixture";
import { SIX_MP } from "./__fixtures__/six-mp.fixture";
import { kaplanMeier } from "./kaplan-meier";
import { restrictedMeanDifference } from "./restricted-mean-difference";
import { restrictedMeanSurvival } from "./restricted-mean-survival";

const six = kaplanMeier(
  SIX_MP.map(([t]) => t),
  SIX_MP.map(([, e]) => e),
);
const amlCurve = (group: string) => {
  const at = AML.groups.flatMap((g, i) => (g === group ? [i] : []));
  return kaplanMeier(
    at.map((i) => AML.durations[i]!),
    at.map((i) => AML.observed[i]!),
  );
};

// R survival 3.5: summary(survfit(…), rmean = τ)$table[c("rmean", "se(rmean)")]
describe("restrictedMeanSurvival, as R's print(survfit, rmean = τ)", () => {
  it.each([
    ["6-MP", 20, six, 16.11652661064, 1.25156019601],
    ["6-MP", 35, six, 23.28739495798, 2.82746762337],
    // τ past the last time: S carried forward to 40.
    ["6-MP", 40, six, 25.52829131653, 3.44387022639],
    ["aml Maintained", 40, amlCurve("Maintained"), 28.8977272727, 3.46757767889],
    ["aml Nonmaintained", 40, amlCurve("Nonmaintained"), 21.9305555556, 3.83564116318],
    ["aml Maintained", 50, amlCurve("Maintained"), 32.2113636364, 4.67625651689],
    // S reaches 0 at 45: nothing is added after it.
    ["aml Nonmaintained", 50, amlCurve("Nonmaintained"), 22.7083333333, 4.18094198103],
  ] as const)("%s, τ = %d", (_name, tau, curve, value, se) => {
    const rmst = restrictedMeanSurvival(curve, tau);
    expect(rmst.value!).toBeCloseTo(value, 9);
    expect(rmst.standardError!).toBeCloseTo(se, 10);
    expect(rmst.tau).toBe(tau);
    expect(rmst.interval!.lower).toBeCloseTo(value - 1.959963984540054 * se, 8);
    expect(rmst.interval!.method).toBe("normal");
  });

  it("on a weighted, left-truncated curve", () => {
    // survfit(Surv(entry, time, status) ~ 1, weights = w, robust = FALSE), rmean = 8
    const { entry, durations, observed, weights } = LATE_ENTRY;
    const rmst = restrictedMeanSurvival(kaplanMeier(durations, observed, { entry, weights }), 8);
    expect(rmst.value!).toBeCloseTo(5.525558794947, 11);
    expect(rmst.standardError!).toBeCloseTo(0.689998017736, 11);
  });

  it("by hand: the TSDoc example", () => {
    // S = 1 on [0, 2), 3/4 on [2, 4), 3/4·2/3 = ½ on [4, 6): ∫₀⁵ = 2 + 1.5 + 0.5 = 4.
    // Var = A₂²·1/(4·3) + A₄²·1/(3·2), A₄ = 0.5, A₂ = 1.5 + 0.5 = 2.
    const rmst = restrictedMeanSurvival(kaplanMeier([2, 4, 4, 6], [true, true, false, true]), 5);
    expect(rmst.value).toBeCloseTo(4, 14);
    expect(rmst.standardError!).toBeCloseTo(Math.sqrt(4 / 12 + 0.25 / 6), 14);
  });

  it("degenerate cases: τ before any event, everyone censored, a single subject, no subjects", () => {
    expect(restrictedMeanSurvival(six, 5)).toMatchObject({ value: 5, standardError: 0 });
    expect(restrictedMeanSurvival(kaplanMeier([3, 8], [false, false]), 10)).toMatchObject({
      value: 10,
      standardError: 0,
    });
    // One subject churning at 4: S = 0 after it, n = d so no variance term.
    expect(restrictedMeanSurvival(kaplanMeier([4], [true]), 10)).toMatchObject({
      value: 4,
      standardError: 0,
    });
    expect(restrictedMeanSurvival(kaplanMeier([], []), 10)).toEqual({
      value: null,
      standardError: null,
      interval: null,
      tau: 10,
      n: 0,
    });
  });

  it("rejects a bad τ or curve", () => {
    expect(() => restrictedMeanSurvival(six, 0)).toThrow(
      new RangeError("restrictedMeanSurvival: tau: expected a finite number > 0, received 0"),
    );
    expect(() => restrictedMeanSurvival(six, "30" as never)).toThrow(TypeError);
    expect(() => restrictedMeanSurvival({} as never, 30)).toThrow(TypeError);
  });
});

describe("restrictedMeanDifference", () => {
  it("aml, τ = 40: the difference of R's two rmeans, SEs added in quadrature", () => {
    // tb <- summary(survfit(Surv(time, status) ~ x, aml), rmean = 40)$table
    // d <- tb[1, "rmean"] - tb[2, "rmean"]; se <- sqrt(sum(tb[, "se(rmean)"]^2))
    // c(d, se, d ∓ qnorm(0.975)·se, 2·pnorm(−|d|/se)):
    // 6.967171717172 5.170709631362 -3.167232934813 17.101576369156 0.177841632196
    const d = restrictedMeanDifference(amlCurve("Maintained"), amlCurve("Nonmaintained"), 40);
    expect(d.difference!).toBeCloseTo(6.967171717172, 9);
    expect(d.standardError!).toBeCloseTo(5.170709631362, 10);
    expect(d.interval!.lower).toBeCloseTo(-3.167232934813, 9);
    expect(d.interval!.upper).toBeCloseTo(17.101576369156, 9);
    expect(d.pValue!).toBeCloseTo(0.177841632196, 10);
    expect(d.groups[0].value!).toBeCloseTo(28.8977272727, 9);
  });

  it("the TSDoc example: R rmean 75 and 40 at τ = 90", () => {
    const recovered = kaplanMeier([30, 60, 90, 90], [true, false, false, false]);
    const notRecovered = kaplanMeier([10, 20, 40, 90], [true, true, true, false]);
    const d = restrictedMeanDifference(recovered, notRecovered, 90);
    expect(d.difference).toBeCloseTo(35, 12);
    // se(rmean) 12.9903810568 and 15.4110350074
    expect(d.standardError!).toBeCloseTo(Math.hypot(12.9903810568, 15.4110350074), 9);
  });

  it("is null with an empty group, and certain when neither curve has a variance", () => {
    const none = restrictedMeanDifference(six, kaplanMeier([], []), 20);
    expect([none.difference, none.standardError, none.interval, none.pValue]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    const censored = kaplanMeier([30, 40], [false, false]);
    expect(restrictedMeanDifference(censored, censored, 20)).toMatchObject({
      difference: 0,
      standardError: 0,
      pValue: 1,
    });
  });
});
