import { existsSync, readFileSync } from "node:fs";
import { logGamma } from "@rapport/stats";
import { describe, expect, it } from "vitest";
import { CDNOW_DIR, parseSummaryCsv, SKIP_NOTICE } from "./__fixtures__/cdnow.fixture";
import { expectedAverageValue, fitGammaGamma } from "./gamma-gamma";

const cdnowAvailable = existsSync(new URL("cdnow_customers_summary.csv", CDNOW_DIR));
if (!cdnowAvailable) console.warn(`gamma-gamma.test.ts: ${SKIP_NOTICE}`);
const loadSummary = (name: string) =>
  parseSummaryCsv(readFileSync(new URL(name, CDNOW_DIR), "utf8"));

describe("expectedAverageValue", () => {
  it("is p(v + x m̄)/(px + q − 1), a weighted mean of the population and the customer", () => {
    const params = { p: 6, q: 4, v: 15 };
    // x = 2, m̄ = 20: 6·(15 + 40)/(12 + 3) = 330/15 = 22.
    expect(expectedAverageValue(params, { frequency: 2, monetaryValue: 20 })).toBeCloseTo(22, 12);
    // x = 0: the population mean pv/(q − 1) = 90/3 = 30, whatever m̄ says.
    expect(expectedAverageValue(params, { frequency: 0, monetaryValue: 99 })).toBeCloseTo(30, 12);
    // Weighted-mean form: w = px/(px+q−1) = 12/15; (1 − w)·30 + w·20 = 6 + 16 = 22.
  });
  it("needs q > 1", () => {
    expect(() =>
      expectedAverageValue({ p: 1, q: 1, v: 1 }, { frequency: 1, monetaryValue: 1 }),
    ).toThrow("expectedAverageValue: params.q: expected a number > 1 (a finite mean), received 1");
  });

  it("rejects an impossible customer, naming the field", () => {
    const params = { p: 6, q: 4, v: 15 };
    expect(() => expectedAverageValue(params, { frequency: -1, monetaryValue: 5 })).toThrow(
      "expectedAverageValue: customer.frequency: expected a whole number ≥ 0, received -1",
    );
    expect(() => expectedAverageValue(params, { frequency: 2, monetaryValue: Number.NaN })).toThrow(
      /customer.monetaryValue: expected a number > 0 for a repeat buyer, received NaN/,
    );
  });
});

describe("fitGammaGamma", () => {
  it("returns null without repeat buyers and rejects a repeat buyer without spend", () => {
    expect(fitGammaGamma([{ frequency: 0, monetaryValue: 0 }])).toBeNull();
    expect(() => fitGammaGamma([{ frequency: 2, monetaryValue: 0 }])).toThrow(
      "fitGammaGamma: customer [0].monetaryValue: expected a number > 0 for a repeat buyer, received 0",
    );
    expect(() => fitGammaGamma([{ frequency: -1, monetaryValue: 3 }])).toThrow(/\[0\]\.frequency/);
  });

  it("finds a maximum on a small own sample", () => {
    const sample = [
      [1, 10],
      [2, 22.5],
      [5, 47.1],
      [3, 18.9],
      [1, 35],
      [4, 12.4],
      [2, 60],
      [6, 25],
      [1, 8],
      [3, 30],
    ].map(([frequency, monetaryValue]) => ({
      frequency: frequency!,
      monetaryValue: monetaryValue!,
    }));
    const fit = fitGammaGamma(sample)!;
    expect(fit.n).toBe(10);
    expect(fit.converged).toBe(true);
    // The log-likelihood written out independently (Fader, Hardie & Lee 2005, "RFM and CLV",
    // eq. 3): it must equal the reported one at the fit and be lower 5 % away on every axis.
    const ll = (p: number, q: number, v: number) =>
      sample.reduce((sum, { frequency: x, monetaryValue: m }) => {
        const px = p * x;
        return (
          sum +
          logGamma(px + q) -
          logGamma(px) -
          logGamma(q) +
          q * Math.log(v) +
          (px - 1) * Math.log(m) +
          px * Math.log(x) -
          (px + q) * Math.log(v + x * m)
        );
      }, 0);
    expect(fit.logLikelihood).toBeCloseTo(ll(fit.p, fit.q, fit.v), 9);
    for (const f of [0.95, 1.05]) {
      expect(ll(fit.p * f, fit.q, fit.v)).toBeLessThan(fit.logLikelihood);
      expect(ll(fit.p, fit.q * f, fit.v)).toBeLessThan(fit.logLikelihood);
      expect(ll(fit.p, fit.q, fit.v * f)).toBeLessThan(fit.logLikelihood);
    }
    const again = fitGammaGamma([...sample, { frequency: 0, monetaryValue: 0 }])!;
    expect(again).toEqual(fit);
  });
});

describe.skipIf(!cdnowAvailable)("Gamma-Gamma on CDNOW (../shared/data/cdnow)", () => {
  it("matches lifetimes: p 6.25, q 3.74, v 15.45 and its conditional expected average profit", () => {
    const rows = loadSummary("cdnow_customers_summary_with_transactions.csv");
    const fit = fitGammaGamma(rows)!;
    expect(fit.n).toBe(946);
    expect(fit.p).toBeCloseTo(6.25, 2);
    expect(fit.q).toBeCloseTo(3.74, 2);
    expect(fit.v).toBeCloseTo(15.45, 2);
    // lifetimes' README prints conditional_expected_average_profit for the first customers:
    // 24.658619, 18.911489, 35.170981 (x = 0: the population mean).
    const values = rows.slice(0, 3).map((row) => expectedAverageValue(fit, row));
    expect(values[0]).toBeCloseTo(24.658619, 3);
    expect(values[1]).toBeCloseTo(18.911489, 3);
    expect(values[2]).toBeCloseTo(35.170981, 3);
  });

  it("has the standard errors of a numpy finite-difference Hessian, and scipy's optimum", () => {
    // python3: the same likelihood maximised by scipy BFGS on log-parameters (gtol 1e-10):
    // ln L = −4055.92324350324; C = inv(−H), H by central second differences on log scale
    // (h = 1e-4 and 2e-4 agree to 1e-5): SE = [1.18967643, 0.29016347, 4.15995102].
    const fit = fitGammaGamma(loadSummary("cdnow_customers_summary_with_transactions.csv"))!;
    expect(fit.converged).toBe(true);
    expect(fit.warnings).toEqual([]);
    expect(Math.abs(fit.logLikelihood - -4055.92324350324)).toBeLessThan(1e-6);
    const numpy = { p: 1.18967643, q: 0.29016347, v: 4.15995102 };
    for (const key of ["p", "q", "v"] as const) {
      expect(Math.abs(fit.standardErrors![key] / numpy[key] - 1)).toBeLessThan(1e-4);
    }
    expect(fit.covariance!.names).toEqual(["p", "q", "v"]);
  });
});
