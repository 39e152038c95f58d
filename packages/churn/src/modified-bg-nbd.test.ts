import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CDNOW_DIR, parseSummaryCsv, SKIP_NOTICE } from "./__fixtures__/cdnow.fixture";
import { bgNbdLogLikelihood } from "./bg-nbd";
import { fitModifiedBgNbd, modifiedBgNbdLogLikelihood } from "./modified-bg-nbd";
import {
  modifiedBgNbdExpectedPurchases,
  modifiedBgNbdExpectedPurchasesNewCustomer,
  modifiedBgNbdProbabilityAlive,
  simulateModifiedBgNbd,
} from "./modified-bg-nbd-predictions";

const available = existsSync(new URL("cdnow_customers_summary.csv", CDNOW_DIR));
if (!available) console.warn(`modified-bg-nbd.test.ts: ${SKIP_NOTICE}`);

// The maximum-likelihood fit on CDNOW by scipy.optimize.minimize (Nelder-Mead, then BFGS with
// gtol 1e-9) on the log-parameters of the same likelihood written with scipy.special.gammaln
// and numpy.logaddexp: ln L −9582.132684899903.
const SCIPY = { r: 0.524838018, alpha: 6.1829923107, a: 0.8913562081, b: 1.6139992459 };
const SCIPY_LL = -9582.132684899903;

describe("modifiedBgNbdLogLikelihood", () => {
  it("matches hand calculations", () => {
    const one = { r: 1, alpha: 1, a: 1, b: 1 };
    // x = 0: L = b/(a+b) · (α/(α+T))^r + a/(a+b) = ½ · ¼ + ½ at T = 3.
    expect(modifiedBgNbdLogLikelihood(one, [{ frequency: 0, recency: 0, T: 3 }])).toBeCloseTo(
      Math.log(0.5 * 0.25 + 0.5),
      12,
    );
    // x = 1, tₓ = 2, T = 6: A₁ = 1, A₂ = B(1, 3)/B(1, 1) = ⅓, A₃ = 7⁻², A₄ = ½ · 3⁻².
    expect(modifiedBgNbdLogLikelihood(one, [{ frequency: 1, recency: 2, T: 6 }])).toBeCloseTo(
      Math.log((1 / 3) * (1 / 49 + 1 / 18)),
      12,
    );
  });

  it("rejects bad customers, naming the index and field", () => {
    expect(() =>
      fitModifiedBgNbd([
        { frequency: 0, recency: 0, T: 2 },
        { frequency: 1.5, recency: 1, T: 2 },
      ]),
    ).toThrow(
      "fitModifiedBgNbd: customer [1].frequency: expected a whole number ≥ 0, received 1.5",
    );
    expect(() => fitModifiedBgNbd([{ frequency: 1, recency: 3, T: 2 }])).toThrow(
      "fitModifiedBgNbd: customer [0].T: expected a finite number ≥ recency (3), received 2",
    );
    expect(() => fitModifiedBgNbd([{ frequency: 1, recency: Number.NaN, T: 2 }])).toThrow(
      /\[0\]\.recency/,
    );
    expect(() =>
      fitModifiedBgNbd([{ frequency: 0, recency: 0, T: 2 }], { maxIterations: 0 }),
    ).toThrow("fitModifiedBgNbd: maxIterations: expected a whole number > 0, received 0");
  });

  it("stays finite for frequencies of 200 and more", () => {
    const ll = modifiedBgNbdLogLikelihood(SCIPY, [
      { frequency: 250, recency: 38, T: 39 },
      { frequency: 1000, recency: 10, T: 39 },
    ]);
    expect(Number.isFinite(ll)).toBe(true);
  });
});

describe("fitModifiedBgNbd", () => {
  it("returns null for no customers", () => {
    expect(fitModifiedBgNbd([])).toBeNull();
  });

  it("recovers simulated parameters", () => {
    const truth = { r: 0.5, alpha: 6, a: 0.9, b: 1.6 };
    const customers = simulateModifiedBgNbd(truth, {
      customers: 10_000,
      seed: 21,
      T: [52, 104],
      resolution: 1 / 7,
    });
    const fit = fitModifiedBgNbd(customers)!;
    expect(fit.converged).toBe(true);
    for (const key of ["r", "alpha", "a", "b"] as const) {
      expect(Math.abs(fit[key] / truth[key] - 1)).toBeLessThan(0.15);
    }
  });
});

describe.skipIf(!available)("fitModifiedBgNbd on the CDNOW sample (../shared/data/cdnow)", () => {
  it("reproduces r 0.525, α 6.183, a 0.891, b 1.614 (lifetimes against BTYDplus)", () => {
    const rows = parseSummaryCsv(
      readFileSync(new URL("cdnow_customers_summary.csv", CDNOW_DIR), "utf8"),
    );
    const fit = fitModifiedBgNbd(rows)!;
    expect(fit.converged).toBe(true);
    expect(Number(fit.r.toFixed(3))).toBe(0.525);
    expect(Number(fit.alpha.toFixed(3))).toBe(6.183);
    expect(Number(fit.a.toFixed(3))).toBe(0.891);
    expect(Number(fit.b.toFixed(3))).toBe(1.614);
    expect(Math.abs(fit.logLikelihood - SCIPY_LL)).toBeLessThan(1e-6);
    expect(modifiedBgNbdLogLikelihood(SCIPY, rows)).toBeCloseTo(SCIPY_LL, 6);
    // Standard errors: numpy.linalg.inv of the central-difference Hessian (h = 1e-4) of −ln L
    // on the log-parameters at the scipy optimum, times the parameters.
    const se = { r: 0.0832636584, alpha: 0.6955958018, a: 0.1547847717, b: 0.537469368 };
    for (const key of ["r", "alpha", "a", "b"] as const) {
      expect(Math.abs(fit.standardErrors![key] / se[key] - 1)).toBeLessThan(1e-3);
    }
    // It fits CDNOW a little better than BG/NBD (ln L −9582.43 at its optimum).
    const bgNbd = bgNbdLogLikelihood({ r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 }, rows);
    expect(fit.logLikelihood).toBeGreaterThan(bgNbd);
  });
});

describe("MBG/NBD predictions", () => {
  it("agree with lifetimes' formulas evaluated in scipy (no Euler transformation)", () => {
    // 1/(1 + a/(b+x) ((α+T)/(α+tₓ))^(r+x)): below 1 for x = 0.
    expect(
      modifiedBgNbdProbabilityAlive(SCIPY, { frequency: 0, recency: 0, T: 38.86 }),
    ).toBeCloseTo(0.3897162751965348, 12);
    expect(
      modifiedBgNbdProbabilityAlive(SCIPY, { frequency: 2, recency: 30.43, T: 38.86 }),
    ).toBeCloseTo(0.7061262285844041, 12);
    expect(
      modifiedBgNbdProbabilityAlive(SCIPY, { frequency: 200, recency: 38, T: 39 }),
    ).toBeCloseTo(0.7177761117406886, 10);
    // (a+b+x)/(a−1) (1 − hyp2f1(r+x, b+x+1, a+b+x, z) ((α+T)/(α+t+T))^(r+x)) / (1 + …).
    expect(
      modifiedBgNbdExpectedPurchases(SCIPY, 39, { frequency: 2, recency: 30.43, T: 38.86 }),
    ).toBeCloseTo(1.2626707491122273, 10);
    expect(
      modifiedBgNbdExpectedPurchases(SCIPY, 39, { frequency: 0, recency: 0, T: 38.86 }),
    ).toBeCloseTo(0.1539536458813125, 10);
    expect(
      modifiedBgNbdExpectedPurchases(SCIPY, 10, { frequency: 25, recency: 30, T: 39 }),
    ).toBeCloseTo(0.48442894826488914, 10);
    // b/(a−1) (1 − hyp2f1(r, b+1, a+b, t/(α+t)) (α/(α+t))^r).
    expect(modifiedBgNbdExpectedPurchasesNewCustomer(SCIPY, 39)).toBeCloseTo(
      1.1822836394411957,
      10,
    );
    expect(modifiedBgNbdExpectedPurchasesNewCustomer(SCIPY, 1)).toBeCloseTo(
      0.05306061895506672,
      12,
    );
    expect(() => modifiedBgNbdExpectedPurchasesNewCustomer({ ...SCIPY, a: 1 }, 1)).toThrow(
      RangeError,
    );
  });
});
