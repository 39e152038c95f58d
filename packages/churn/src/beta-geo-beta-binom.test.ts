import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CLV_DIR, CLV_SKIP_NOTICE, expand, parseDonations } from "./__fixtures__/clv.fixture";
import { betaGeoBetaBinomLogLikelihood, fitBetaGeoBetaBinom } from "./beta-geo-beta-binom";
import {
  betaGeoBetaBinomExpectedPurchases,
  betaGeoBetaBinomExpectedPurchasesNewCustomer,
  betaGeoBetaBinomProbabilityAlive,
  betaGeoBetaBinomPurchaseDistribution,
} from "./beta-geo-beta-binom-predictions";
import { simulateBetaGeoBetaBinom } from "./simulate-beta-geo-beta-binom";

const available = existsSync(new URL("donations.csv", CLV_DIR));
if (!available) console.warn(`beta-geo-beta-binom.test.ts: ${CLV_SKIP_NOTICE}`);

// The maximum-likelihood fit to the donations data by scipy.optimize.minimize (Nelder-Mead,
// then BFGS with gtol 1e-9) on the log-parameters of the same likelihood written with
// scipy.special.betaln and logsumexp: ln L −33225.58127434699.
const SCIPY = { alpha: 1.2035222048, beta: 0.749716286, gamma: 0.6567182691, delta: 2.7834425987 };
const SCIPY_LL = -33225.58127434699;

describe("betaGeoBetaBinomLogLikelihood", () => {
  it("matches a hand calculation", () => {
    // α = β = γ = δ = 1, x = 1, tₓ = 1, n = 2: B(2,2)·B(1,3) + B(2,1)·B(2,2)
    // = (1/6)(1/3) + (1/2)(1/6) = 5/36.
    const one = { alpha: 1, beta: 1, gamma: 1, delta: 1 };
    expect(
      betaGeoBetaBinomLogLikelihood(one, [{ frequency: 1, recency: 1, periods: 2 }]),
    ).toBeCloseTo(Math.log(5 / 36), 12);
    // x = 0, n = 1: B(1,2)·B(1,2) + B(1,1)·B(2,1) = ¼ + ½.
    expect(
      betaGeoBetaBinomLogLikelihood(one, [{ frequency: 0, recency: 0, periods: 1 }]),
    ).toBeCloseTo(Math.log(0.75), 12);
  });

  it("rejects bad histories, naming the customer and field", () => {
    const fit = (c: { frequency: number; recency: number; periods: number }) =>
      fitBetaGeoBetaBinom([{ frequency: 0, recency: 0, periods: 6 }, c]);
    expect(() => fit({ frequency: 2, recency: 1, periods: 6 })).toThrow(
      "fitBetaGeoBetaBinom: customer [1].recency: expected a whole number from frequency (2) to periods (6), received 1",
    );
    expect(() => fit({ frequency: 7, recency: 7, periods: 6 })).toThrow(
      "fitBetaGeoBetaBinom: customer [1].frequency: expected a whole number from 0 to periods (6), received 7",
    );
    expect(() => fit({ frequency: 0, recency: 2, periods: 6 })).toThrow(/\[1\]\.recency/);
    expect(() => fit({ frequency: 0, recency: 0, periods: 0 })).toThrow(/\[1\]\.periods/);
    expect(() => fit({ frequency: 0.5, recency: 1, periods: 6 })).toThrow(/\[1\]\.frequency/);
  });
});

describe("fitBetaGeoBetaBinom", () => {
  it("returns null for no customers", () => {
    expect(fitBetaGeoBetaBinom([])).toBeNull();
  });

  it("recovers simulated parameters and reaches the maximum", () => {
    const truth = { alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.8 };
    const donors = simulateBetaGeoBetaBinom(truth, { customers: 5000, seed: 9, periods: 8 });
    const fit = fitBetaGeoBetaBinom(donors)!;
    expect(fit.converged).toBe(true);
    for (const key of ["alpha", "beta", "gamma", "delta"] as const) {
      expect(Math.abs(fit[key] / truth[key] - 1)).toBeLessThan(0.15);
      for (const factor of [0.995, 1.005]) {
        const nudged = { ...fit, [key]: fit[key] * factor };
        expect(betaGeoBetaBinomLogLikelihood(nudged, donors)).toBeLessThan(fit.logLikelihood);
      }
    }
  });
});

describe.skipIf(!available)("BG/BB on the donations data (../shared/data/clv)", () => {
  const rows = available
    ? parseDonations(readFileSync(new URL("donations.csv", CLV_DIR), "utf8"))
    : [];

  it("reproduces Fader, Hardie & Shang (2010): α 1.204, β 0.750, γ 0.657, δ 2.783, LL −33,225.6", () => {
    const donors = expand(rows);
    expect(donors).toHaveLength(11_104);
    const fit = fitBetaGeoBetaBinom(donors)!;
    expect(fit.converged).toBe(true);
    expect(Number(fit.alpha.toFixed(3))).toBe(1.204);
    expect(Number(fit.beta.toFixed(3))).toBe(0.75);
    expect(Number(fit.gamma.toFixed(3))).toBe(0.657);
    expect(Number(fit.delta.toFixed(3))).toBe(2.783);
    expect(Number(fit.logLikelihood.toFixed(1))).toBe(-33225.6);
    expect(Math.abs(fit.logLikelihood - SCIPY_LL)).toBeLessThan(1e-6);
    for (const key of ["alpha", "beta", "gamma", "delta"] as const) {
      expect(fit[key]).toBeCloseTo(SCIPY[key], 5);
    }
    expect(betaGeoBetaBinomLogLikelihood(SCIPY, donors)).toBeCloseTo(SCIPY_LL, 6);
    // Standard errors: numpy.linalg.inv of the central-difference Hessian (h = 1e-4) of −ln L
    // on the log-parameters at the scipy optimum, times the parameters.
    const se = { alpha: 0.06939127, beta: 0.02944769, gamma: 0.0510098, delta: 0.32081854 };
    for (const key of ["alpha", "beta", "gamma", "delta"] as const) {
      expect(Math.abs(fit.standardErrors![key] / se[key] - 1)).toBeLessThan(1e-3);
    }
  });

  it("gives the paper's P(alive in 2002) and Hardie's conditional expectations", () => {
    // Table 6 of the paper (2 decimals), as lifetimes tests them; scipy at the fit above:
    // 0.1081332952902278, 0.5896571777549269, 0.9304335722349776.
    const alive = (frequency: number, recency: number) =>
      betaGeoBetaBinomProbabilityAlive(SCIPY, { frequency, recency, periods: 6 });
    expect(alive(0, 0)).toBeCloseTo(0.1081332952902278, 9);
    expect(alive(2, 4)).toBeCloseTo(0.5896571777549269, 9);
    expect(alive(6, 6)).toBeCloseTo(0.9304335722349776, 9);
    expect(Number(alive(0, 0).toFixed(2))).toBe(0.11);
    expect(Number(alive(2, 4).toFixed(2))).toBe(0.59);
    expect(Number(alive(6, 6).toFixed(2))).toBe(0.93);
    // Σ over donors of E[X(6, 6+5)]: 12,884.2 in Hardie's sheet ("Conditional Expectations
    // (II)"); scipy with the closed form of eq. 13: 12884.156657130836.
    let total = 0;
    for (const { history, count } of rows) {
      total += count * betaGeoBetaBinomExpectedPurchases(SCIPY, 5, history);
    }
    expect(total).toBeCloseTo(12884.156657130836, 5);
    // In-sample fit: 3,454.9 donors with 0 and 1,253.1 with 6 repeat donations (Hardie's
    // "In-Sample Fit" sheet, C18 and C24).
    const p = betaGeoBetaBinomPurchaseDistribution(SCIPY, 6);
    expect(Number((11_104 * p[0]!).toFixed(1))).toBe(3454.9);
    expect(Number((11_104 * p[6]!).toFixed(1))).toBe(1253.1);
  });
});

describe("BG/BB predictions", () => {
  it("agree with the closed forms of the paper (eqs. 7, 8, 13) computed in scipy", () => {
    // E[X(n, n+n*)] by eq. 13 with gammaln and betaln, at the scipy fit.
    expect(
      betaGeoBetaBinomExpectedPurchases(SCIPY, 5, { frequency: 0, recency: 0, periods: 6 }),
    ).toBeCloseTo(0.07286334275520263, 10);
    expect(
      betaGeoBetaBinomExpectedPurchases(SCIPY, 10, { frequency: 6, recency: 6, periods: 6 }),
    ).toBeCloseTo(6.7063783186877695, 10);
    // eq. 8: α/(α+β) · δ/(γ−1) · [1 − Γ(γ+δ)Γ(1+δ+n)/(Γ(1+δ)Γ(γ+δ+n))].
    expect(betaGeoBetaBinomExpectedPurchasesNewCustomer(SCIPY, 6)).toBeCloseTo(
      2.220169331825389,
      10,
    );
    expect(betaGeoBetaBinomExpectedPurchasesNewCustomer(SCIPY, 1)).toBeCloseTo(
      0.4985426886562507,
      10,
    );
    // eq. 7 for n = 6, x = 0…6 (sums to 1).
    const scipy = [
      0.31113851164324346, 0.17008775029617834, 0.12147715580097188, 0.1002682379324121,
      0.09167168347273387, 0.09250414288769038, 0.11285251796676908,
    ];
    betaGeoBetaBinomPurchaseDistribution(SCIPY, 6).forEach((p, x) => {
      expect(p).toBeCloseTo(scipy[x]!, 12);
    });
    // γ = 1, where the closed form is 0/0, still has a value: with δ = 1, S(j) = 1/(j+1).
    expect(
      betaGeoBetaBinomExpectedPurchasesNewCustomer({ alpha: 1, beta: 1, gamma: 1, delta: 1 }, 2),
    ).toBeCloseTo(0.5 * (1 / 2 + 1 / 3), 12);
    expect(() =>
      betaGeoBetaBinomExpectedPurchases(SCIPY, -1, { frequency: 0, recency: 0, periods: 6 }),
    ).toThrow(
      "betaGeoBetaBinomExpectedPurchases: opportunities: expected a whole number ≥ 0, received -1",
    );
  });
});
