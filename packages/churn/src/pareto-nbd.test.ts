import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CDNOW_DIR, parseSummaryCsv, SKIP_NOTICE } from "./__fixtures__/cdnow.fixture";
import { fitParetoNbd, paretoNbdLogLikelihood } from "./pareto-nbd";
import {
  paretoNbdExpectedPurchases,
  paretoNbdExpectedPurchasesNewCustomer,
  paretoNbdProbabilityAlive,
  simulateParetoNbd,
} from "./pareto-nbd-predictions";

const available = existsSync(new URL("cdnow_customers_summary.csv", CDNOW_DIR));
if (!available) console.warn(`pareto-nbd.test.ts: ${SKIP_NOTICE}`);

// The maximum-likelihood fit on CDNOW by scipy.optimize.minimize (Nelder-Mead, then BFGS with
// gtol 1e-9) on the log-parameters of the likelihood of Fader, Hardie & Lee's note, written
// with scipy.special.hyp2f1 and gammaln: ln L −9594.973929826863.
const SCIPY = { r: 0.5532755106, alpha: 10.5776122678, s: 0.6062135661, beta: 11.6679112028 };
const SCIPY_LL = -9594.973929826863;
const NOTE = { r: 0.5533, alpha: 10.5776, s: 0.6061, beta: 11.665 };

describe("paretoNbdLogLikelihood", () => {
  it("matches the direct formula in mpmath (50 digits), on both branches and for large x", () => {
    // mpmath: log of Γ(r+x)α^r β^s/Γ(r) · [1/((α+T)^(r+x)(β+T)^s) + s/(r+s+x) · A₀], A₀ with
    // mp.hyp2f1 untransformed (α < β: the note's second case; β = 9 < α: the first).
    const cases: [typeof NOTE, number, number, number, number][] = [
      [NOTE, 300, 38, 39, 239.7228185555013],
      [NOTE, 26, 30.86, 31, -39.13063283894309],
      [{ ...NOTE, beta: 9 }, 300, 20, 39, 378.3507275611111],
      [{ ...NOTE, beta: 9 }, 0, 0, 39, -0.4824063520349067],
      [{ ...NOTE, beta: 9 }, 5, 38.99, 39, -17.817262101197045],
    ];
    for (const [p, frequency, recency, T, expected] of cases) {
      expect(paretoNbdLogLikelihood(p, [{ frequency, recency, T }])).toBeCloseTo(expected, 9);
    }
    // x = 0, tₓ = 0 has a closed form when α = β: A₀ = [α^−(r+s) − (α+T)^−(r+s)], so
    // L = (α/(α+T))^(r+s) + s/(r+s) · (1 − (α/(α+T))^(r+s)). r = s = 1, α = β = 1, T = 3:
    // ¼² + ½ (1 − ¼²) = 0.53125.
    expect(
      paretoNbdLogLikelihood({ r: 1, alpha: 1, s: 1, beta: 1 }, [
        { frequency: 0, recency: 0, T: 3 },
      ]),
    ).toBeCloseTo(Math.log(0.53125), 12);
  });

  it("rejects bad customers, naming the index and field", () => {
    expect(() =>
      fitParetoNbd([
        { frequency: 0, recency: 0, T: 2 },
        { frequency: 1, recency: -1, T: 2 },
      ]),
    ).toThrow("fitParetoNbd: customer [1].recency: expected a finite number ≥ 0, received -1");
    expect(() => fitParetoNbd([{ frequency: 1, recency: 1, T: Number.POSITIVE_INFINITY }])).toThrow(
      /\[0\]\.T/,
    );
    expect(() => paretoNbdLogLikelihood({ ...NOTE, s: -1 }, [])).toThrow(
      "paretoNbdLogLikelihood: params.s: expected a finite number > 0, received -1",
    );
  });
});

describe("fitParetoNbd", () => {
  it("returns null for no customers", () => {
    expect(fitParetoNbd([])).toBeNull();
  });

  it("recovers simulated parameters", () => {
    const truth = { r: 0.55, alpha: 10.6, s: 0.6, beta: 11.7 };
    const customers = simulateParetoNbd(truth, { customers: 4000, seed: 4, T: 78, resolution: 1 });
    const fit = fitParetoNbd(customers)!;
    expect(fit.converged).toBe(true);
    // Each estimate within three of its own standard errors of the truth.
    for (const key of ["r", "alpha", "s", "beta"] as const) {
      expect(Math.abs(fit[key] - truth[key])).toBeLessThan(3 * fit.standardErrors![key]);
    }
    expect(fit.standardErrors!.r / fit.r).toBeLessThan(0.15);
  });
});

describe.skipIf(!available)("fitParetoNbd on the CDNOW sample (../shared/data/cdnow)", () => {
  it("reproduces Fader, Hardie & Lee: r 0.5533, α 10.5776, s 0.6061, β 11.6650, LL −9594.98", () => {
    const rows = parseSummaryCsv(
      readFileSync(new URL("cdnow_customers_summary.csv", CDNOW_DIR), "utf8"),
    );
    const fit = fitParetoNbd(rows)!;
    expect(fit.converged).toBe(true);
    expect(Math.abs(fit.logLikelihood - SCIPY_LL)).toBeLessThan(1e-6);
    // The note's values, to their precision (β is the flattest direction: ±0.005).
    expect(fit.r).toBeCloseTo(NOTE.r, 4);
    expect(fit.alpha).toBeCloseTo(NOTE.alpha, 3);
    expect(fit.s).toBeCloseTo(NOTE.s, 3);
    expect(Math.abs(fit.beta - NOTE.beta)).toBeLessThan(0.005);
    expect(Math.abs(paretoNbdLogLikelihood(NOTE, rows) - -9594.98)).toBeLessThan(0.01);
    // Standard errors: numpy.linalg.inv of the central-difference Hessian (h = 1e-4) of −ln L
    // on the log-parameters at the scipy optimum, times the parameters.
    const se = { r: 0.0476289227, alpha: 0.8427249985, s: 0.1872815905, beta: 6.2111008784 };
    for (const key of ["r", "alpha", "s", "beta"] as const) {
      expect(Math.abs(fit.standardErrors![key] / se[key] - 1)).toBeLessThan(1e-3);
    }
  });
});

describe("Pareto/NBD predictions", () => {
  it("reproduce the values lifetimes tests against (R BTYD), and mpmath", () => {
    // P(alive | 26, 30.86, 31) = 0.9979 at (0.5534, 10.5802, 0.6061, 11.6562), BTYD walkthrough
    // p. 8; mpmath: 0.9979177665519067.
    const btyd = { r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562 };
    const alive = paretoNbdProbabilityAlive(btyd, { frequency: 26, recency: 30.86, T: 31 });
    expect(alive).toBeCloseTo(0.9979177665519067, 12);
    // mpmath at the scipy fit: x = 0 is not certainly alive; x = 300 is finite and exact.
    expect(paretoNbdProbabilityAlive(SCIPY, { frequency: 0, recency: 0, T: 38.86 })).toBeCloseTo(
      0.2950971589651848,
      10,
    );
    expect(paretoNbdProbabilityAlive(SCIPY, { frequency: 300, recency: 38, T: 39 })).toBeCloseTo(
      0.5239996342044794,
      10,
    );
    expect(
      paretoNbdProbabilityAlive({ ...NOTE, beta: 9 }, { frequency: 5, recency: 20, T: 39 }),
    ).toBeCloseTo(0.3406101021240232, 10);
    // Conditional expectation for x = 26, tₓ = 30.86, T = 31 over 52 weeks: 25.46 (lifetimes);
    // mpmath 25.45654695948011.
    expect(
      paretoNbdExpectedPurchases(SCIPY, 52, { frequency: 26, recency: 30.86, T: 31 }),
    ).toBeCloseTo(25.45654695948011, 9);
    expect(
      paretoNbdExpectedPurchases(SCIPY, 39, { frequency: 2, recency: 30.43, T: 38.86 }),
    ).toBeCloseTo(1.455112956902646, 9);
    // E[X(t)] for t = 0…9: lifetimes (R BTYD, atol 0.01) [0, 0.05077821, 0.09916088,
    // 0.14542507, 0.18979930, 0.23247466, 0.27361274, 0.31335159, 0.35181024, 0.38909211];
    // mpmath at the scipy fit below.
    const mpmath = [
      0, 0.05100654529555959, 0.09962653407644734, 0.14613479672916, 0.1907582213639003,
      0.2336866049334071, 0.275080551364491, 0.3150773405515756, 0.3537953693758713,
      0.3913375665171013,
    ];
    const btydCurve = [
      0, 0.05077821, 0.09916088, 0.14542507, 0.1897993, 0.23247466, 0.27361274, 0.31335159,
      0.35181024, 0.38909211,
    ];
    mpmath.forEach((expected, t) => {
      const value = paretoNbdExpectedPurchasesNewCustomer(SCIPY, t);
      expect(value).toBeCloseTo(expected, 10);
      expect(Math.abs(value - btydCurve[t]!)).toBeLessThan(0.01);
    });
    // s = 1 is the limit rβ/α · ln((β+t)/β).
    expect(paretoNbdExpectedPurchasesNewCustomer({ r: 1, alpha: 2, s: 1, beta: 4 }, 4)).toBeCloseTo(
      2 * Math.log(2),
      12,
    );
  });
});
