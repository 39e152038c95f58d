import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CLV_DIR, CLV_SKIP_NOTICE, parseCohorts } from "./__fixtures__/clv.fixture";
import {
  fitShiftedBetaGeometric,
  shiftedBetaGeometricLogLikelihood,
} from "./shifted-beta-geometric";
import {
  discountedExpectedResidualLifetime,
  shiftedBetaGeometricRetention,
  shiftedBetaGeometricSurvival,
  simulateShiftedBetaGeometric,
} from "./shifted-beta-geometric-curves";

const available = existsSync(new URL("sbg_cohorts.csv", CLV_DIR));
if (!available) console.warn(`shifted-beta-geometric.test.ts: ${CLV_SKIP_NOTICE}`);

// A cohort of 1,000 from its survivor counts after 0…7 renewals (our own fixture: the counts
// of Fader & Hardie 2007, Table 1, "regular", as printed in the paper).
function fromSurvivors(survivors: readonly number[]) {
  const out: { periods: number; churned: boolean }[] = [];
  for (let t = 1; t < survivors.length; t++) {
    for (let i = 0; i < survivors[t - 1]! - survivors[t]!; i++)
      out.push({ periods: t, churned: true });
  }
  for (let i = 0; i < survivors.at(-1)!; i++) {
    out.push({ periods: survivors.length - 1, churned: false });
  }
  return out;
}
const REGULAR = fromSurvivors([1000, 631, 468, 382, 326, 289, 262, 241]);
const HIGH_END = fromSurvivors([1000, 869, 743, 653, 593, 551, 517, 491]);

describe("shiftedBetaGeometricLogLikelihood", () => {
  it("matches hand calculations", () => {
    // γ = δ = 1: P(T = 1) = γ/(γ+δ) = ½, S(1) = ½, P(T = 2) = ½ · γ/(γ+δ+1) = ⅙,
    // S(2) = ½ · (δ+1)/(γ+δ+1) = ⅓.
    const ll = shiftedBetaGeometricLogLikelihood({ gamma: 1, delta: 1 }, [
      { periods: 1, churned: true },
      { periods: 1, churned: false },
      { periods: 2, churned: true },
      { periods: 2, churned: false },
      { periods: 0, churned: false },
    ]);
    expect(ll).toBeCloseTo(2 * Math.log(0.5) + Math.log(1 / 6) + Math.log(1 / 3), 12);
  });

  it("rejects bad histories, naming the customer and field", () => {
    const p = { gamma: 1, delta: 1 };
    expect(() => shiftedBetaGeometricLogLikelihood(p, [{ periods: 0, churned: true }])).toThrow(
      "shiftedBetaGeometricLogLikelihood: customer [0].periods: expected a whole number ≥ 1, received 0",
    );
    expect(() =>
      fitShiftedBetaGeometric([
        { periods: 1, churned: true },
        { periods: 1.5, churned: false },
      ]),
    ).toThrow(
      "fitShiftedBetaGeometric: customer [1].periods: expected a whole number ≥ 0, received 1.5",
    );
    expect(() =>
      fitShiftedBetaGeometric([{ periods: 1, churned: "yes" as unknown as boolean }]),
    ).toThrow(TypeError);
    expect(() => shiftedBetaGeometricLogLikelihood({ gamma: 0, delta: 1 }, [])).toThrow(
      "shiftedBetaGeometricLogLikelihood: params.gamma: expected a finite number > 0, received 0",
    );
  });
});

describe("fitShiftedBetaGeometric", () => {
  it("returns null for no subscribers", () => {
    expect(fitShiftedBetaGeometric([])).toBeNull();
  });

  it("reproduces Fader & Hardie (2007), regular: γ 0.704, δ 1.182", () => {
    const fit = fitShiftedBetaGeometric(REGULAR)!;
    expect(fit.converged).toBe(true);
    expect(fit.n).toBe(1000);
    // scipy.optimize.minimize (Nelder-Mead then BFGS, gtol 1e-9) on the same likelihood,
    // Σ betaln(γ+1, δ+t−1) − betaln(γ, δ) over cancellations + betaln(γ, δ+7) − betaln(γ, δ)
    // over the 241 still in: γ 0.7040775023, δ 1.1820434898, ln L −1680.2651884632528.
    expect(fit.gamma).toBeCloseTo(0.7040775, 5);
    expect(fit.delta).toBeCloseTo(1.1820435, 5);
    expect(Math.abs(fit.logLikelihood - -1680.2651884632528)).toBeLessThan(1e-6);
    expect(Number(fit.gamma.toFixed(3))).toBe(0.704);
    expect(Number(fit.delta.toFixed(3))).toBe(1.182);
    // Standard errors: numpy.linalg.inv of the central-difference Hessian (h = 1e-4) of −ln L
    // on (ln γ, ln δ) at the scipy optimum, times (γ, δ): 0.065599, 0.15247572.
    expect(fit.standardErrors!.gamma).toBeCloseTo(0.065599, 4);
    expect(fit.standardErrors!.delta).toBeCloseTo(0.15247572, 4);
    expect(fit.warnings).toEqual([]);
    expect(fit.covariance!.names).toEqual(["gamma", "delta"]);
    expect(fit.covariance!.parameters[0]![0]).toBeCloseTo(0.065599 ** 2, 6);
  });

  it("reproduces Fader & Hardie (2007), high end: γ 0.668, δ 3.806", () => {
    const fit = fitShiftedBetaGeometric(HIGH_END)!;
    expect(fit.converged).toBe(true);
    // scipy, as above: γ 0.6680883724, δ 3.8060948325, ln L −1611.1581473910949.
    expect(fit.gamma).toBeCloseTo(0.6680884, 5);
    expect(fit.delta).toBeCloseTo(3.8060948, 4);
    expect(Math.abs(fit.logLikelihood - -1611.1581473910949)).toBeLessThan(1e-6);
  });

  it("recovers simulated parameters and is deterministic", () => {
    const truth = { gamma: 0.7, delta: 1.2 };
    const cohort = simulateShiftedBetaGeometric(truth, { customers: 5000, seed: 5, periods: 10 });
    expect(simulateShiftedBetaGeometric(truth, { customers: 5000, seed: 5, periods: 10 })).toEqual(
      cohort,
    );
    const fit = fitShiftedBetaGeometric(cohort)!;
    expect(Math.abs(fit.gamma / truth.gamma - 1)).toBeLessThan(0.1);
    expect(Math.abs(fit.delta / truth.delta - 1)).toBeLessThan(0.1);
    expect(
      fitShiftedBetaGeometric(cohort, { start: { gamma: 2, delta: 5 } })!.logLikelihood,
    ).toBeCloseTo(fit.logLikelihood, 6);
  });
});

describe("fitShiftedBetaGeometric when the data do not pin the parameters down", () => {
  it("reports no convergence or no standard errors, never NaN", () => {
    // Everyone left in period 1: ln L = n ln(γ/(γ+δ)) grows without bound as δ/γ → 0, so
    // there is no maximum to find.
    const fit = fitShiftedBetaGeometric(
      Array.from({ length: 10 }, () => ({ periods: 1, churned: true })),
    )!;
    expect(Number.isNaN(fit.gamma) || Number.isNaN(fit.delta)).toBe(false);
    expect(Number.isFinite(fit.logLikelihood)).toBe(true);
    expect(fit.warnings.join(" ")).toMatch(/do not determine gamma, delta|did not converge/);
    // An iteration cap that is too small says so.
    const capped = fitShiftedBetaGeometric(REGULAR, { maxIterations: 1 })!;
    expect(capped.converged).toBe(false);
    expect(capped.warnings[0]).toMatch(/did not converge/);
    expect(Number.isFinite(capped.logLikelihood)).toBe(true);
  });
});

describe.skipIf(!available)("sBG on the cohorts file (../shared/data/clv)", () => {
  it("fits both cohorts of sbg_cohorts.csv to the published values", () => {
    const cohorts = parseCohorts(readFileSync(new URL("sbg_cohorts.csv", CLV_DIR), "utf8"));
    const regular = fitShiftedBetaGeometric(cohorts.get("regular")!)!;
    const highEnd = fitShiftedBetaGeometric(cohorts.get("highend")!)!;
    expect(Math.abs(regular.logLikelihood - -1680.2651884632528)).toBeLessThan(1e-6);
    expect(Math.abs(highEnd.logLikelihood - -1611.1581473910949)).toBeLessThan(1e-6);
    expect(Number(highEnd.gamma.toFixed(3))).toBe(0.668);
    expect(Number(highEnd.delta.toFixed(3))).toBe(3.806);
  });
});

describe("sBG curves", () => {
  const regular = { gamma: 0.704, delta: 1.182 };
  const highEnd = { gamma: 0.668, delta: 3.806 };

  it("survival and retention match the closed forms", () => {
    // exp(betaln(γ, δ+t) − betaln(γ, δ)) in scipy for t = 0…12 at the paper's parameters.
    const expectedRegular = [
      1.0, 0.626723, 0.473843, 0.388, 0.332095, 0.292374, 0.262483, 0.239051, 0.220112, 0.204437,
      0.191216, 0.179891, 0.170063,
    ];
    expectedRegular.forEach((s, t) => {
      expect(shiftedBetaGeometricSurvival(regular, t)).toBeCloseTo(s, 6);
    });
    // (δ+t−1)/(γ+δ+t−1) for t = 1…5.
    [0.850693, 0.877969, 0.896818, 0.910623, 0.921171].forEach((r, i) => {
      expect(shiftedBetaGeometricRetention(highEnd, i + 1)).toBeCloseTo(r, 6);
    });
    expect(() => shiftedBetaGeometricRetention(regular, 0)).toThrow(RangeError);
  });

  it("projects the paper's observed survival 5 years past the data (Table 1)", () => {
    // Observed % still active, years 0–12 (Fader & Hardie 2007, Table 1); the model was fitted
    // on years 0–7 only. The paper's projections track them within 1–2 points.
    const observed = {
      regular: [100, 63.1, 46.8, 38.2, 32.6, 28.9, 26.2, 24.1, 22.3, 20.7, 19.4, 18.3, 17.3],
      highEnd: [100, 86.9, 74.3, 65.3, 59.3, 55.1, 51.7, 49.1, 46.8, 44.5, 42.7, 40.9, 39.4],
    };
    observed.regular.forEach((pct, t) => {
      expect(Math.abs(100 * shiftedBetaGeometricSurvival(regular, t) - pct)).toBeLessThan(1);
    });
    observed.highEnd.forEach((pct, t) => {
      expect(Math.abs(100 * shiftedBetaGeometricSurvival(highEnd, t) - pct)).toBeLessThan(2.2);
    });
  });

  it("gives the DERL of Fader & Hardie (2010), Table 3 (d = 0.1)", () => {
    // Case 1: γ 3.80, δ 15.20; case 2: γ 0.067, δ 0.267 as printed, i.e. 1/15 and 4/15 (a mean
    // churn of 20 %): the table's values are reproduced to 2 decimals only by the unrounded pair.
    // scipy: (δ+n−1)/(γ+δ+n−1) * hyp2f1(1, δ+n, γ+δ+n, 1/1.1) for n = 1…5.
    const case1 = [3.31, 3.45, 3.59, 3.72, 3.84];
    const case2 = [7.68, 9.46, 9.86, 10.06, 10.19];
    const scipy1 = [
      3.3098184210253616, 3.451000328909882, 3.5865436565442828, 3.7168115387309872,
      3.8421340240269126,
    ];
    for (let n = 1; n <= 5; n++) {
      const d1 = discountedExpectedResidualLifetime(
        { gamma: 3.8, delta: 15.2 },
        { discountRate: 0.1, periods: n },
      );
      const d2 = discountedExpectedResidualLifetime(
        { gamma: 1 / 15, delta: 4 / 15 },
        { discountRate: 0.1, periods: n },
      );
      expect(d1).toBeCloseTo(scipy1[n - 1]!, 9);
      expect(Number(d1.toFixed(2))).toBe(case1[n - 1]);
      expect(Number(d2.toFixed(2))).toBe(case2[n - 1]);
    }
    expect(() => discountedExpectedResidualLifetime(regular, { discountRate: 0 })).toThrow(
      "discountedExpectedResidualLifetime: options.discountRate: expected a finite number > 0, received 0",
    );
  });
});
