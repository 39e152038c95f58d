import { existsSync, readFileSync } from "node:fs";
import { logGamma } from "@rapport/stats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CDNOW_DIR, parseSummaryCsv, SKIP_NOTICE } from "./__fixtures__/cdnow.fixture";
import { bgNbdLogLikelihood, fitBgNbd } from "./bg-nbd";
import { simulateBgNbd } from "./simulate-bg-nbd";

const cdnowAvailable = existsSync(new URL("cdnow_customers_summary.csv", CDNOW_DIR));
if (!cdnowAvailable) console.warn(`bg-nbd.test.ts: ${SKIP_NOTICE}`);
const loadSummary = (name: string) =>
  parseSummaryCsv(readFileSync(new URL(name, CDNOW_DIR), "utf8"));

// One customer's likelihood written out from Fader, Hardie & Lee (2005) eq. 6, directly
// (no logs), as an independent check for moderate values.
function directLikelihood(
  { r, alpha, a, b }: { r: number; alpha: number; a: number; b: number },
  x: number,
  tx: number,
  T: number,
): number {
  const A1 = Math.exp(logGamma(r + x) - logGamma(r)) * alpha ** r;
  const A2 = Math.exp(logGamma(a + b) + logGamma(b + x) - logGamma(b) - logGamma(a + b + x));
  const A3 = (1 / (alpha + T)) ** (r + x);
  const A4 = x > 0 ? (a / (b + x - 1)) * (1 / (alpha + tx)) ** (r + x) : 0;
  return A1 * A2 * (A3 + A4);
}

describe("bgNbdLogLikelihood", () => {
  it("matches hand calculations", () => {
    // x = 0: L = (α/(α+T))^r; r = ½, α = 2, T = 6 → ½ ln(2/8) = −0.693147.
    expect(
      bgNbdLogLikelihood({ r: 0.5, alpha: 2, a: 1, b: 1 }, [{ frequency: 0, recency: 0, T: 6 }]),
    ).toBeCloseTo(0.5 * Math.log(2 / 8), 12);
    // x = 1, tₓ = 2, T = 6, r = α = a = b = 1: A₁ = 1, A₂ = Γ(2)Γ(2)/(Γ(1)Γ(3)) = ½,
    // A₃ = 7⁻², A₄ = (1/1)·3⁻² → L = ½(1/49 + 1/9) = 0.0657596, ln L = −2.721744.
    expect(
      bgNbdLogLikelihood({ r: 1, alpha: 1, a: 1, b: 1 }, [{ frequency: 1, recency: 2, T: 6 }]),
    ).toBeCloseTo(Math.log(0.5 * (1 / 49 + 1 / 9)), 12);
  });

  it("agrees with the direct formula and is the sum over customers (grouping changes nothing)", () => {
    const customer = fc
      .record({
        frequency: fc.integer({ min: 0, max: 30 }),
        recency: fc.double({ min: 0, max: 30, noNaN: true }),
        extra: fc.double({ min: 0, max: 20, noNaN: true }),
      })
      .map(({ frequency, recency, extra }) => ({
        frequency,
        recency: frequency === 0 ? 0 : Math.round(recency),
        T: (frequency === 0 ? 0 : Math.round(recency)) + Math.round(extra) + 1,
      }));
    const params = { r: 0.7, alpha: 3, a: 0.9, b: 2.2 };
    fc.assert(
      fc.property(fc.array(customer, { minLength: 1, maxLength: 30 }), (customers) => {
        const doubled = [...customers, ...customers];
        const direct = customers.reduce(
          (s, c) => s + Math.log(directLikelihood(params, c.frequency, c.recency, c.T)),
          0,
        );
        const ll = bgNbdLogLikelihood(params, customers);
        expect(ll).toBeCloseTo(direct, 8);
        expect(bgNbdLogLikelihood(params, doubled)).toBeCloseTo(2 * ll, 8);
      }),
    );
  });

  it("stays finite for frequencies of 200 and more", () => {
    const ll = bgNbdLogLikelihood({ r: 0.24, alpha: 4.4, a: 0.79, b: 2.43 }, [
      { frequency: 250, recency: 38, T: 39 },
      { frequency: 400, recency: 10, T: 39 },
    ]);
    expect(Number.isFinite(ll)).toBe(true);
  });
});

describe("fitBgNbd", () => {
  it("returns null for no customers", () => {
    expect(fitBgNbd([])).toBeNull();
  });

  it("rejects bad customers, naming the field and the value", () => {
    expect(() => fitBgNbd([{ frequency: 1.5, recency: 1, T: 2 }])).toThrow(
      "fitBgNbd: customer [0].frequency: expected a whole number ≥ 0, received 1.5",
    );
    expect(() => fitBgNbd([{ frequency: 1, recency: -1, T: 2 }])).toThrow(/\[0\]\.recency/);
    expect(() =>
      fitBgNbd([
        { frequency: 0, recency: 0, T: 2 },
        { frequency: 1, recency: 3, T: 2 },
      ]),
    ).toThrow("fitBgNbd: customer [1].T: expected a finite number ≥ recency (3), received 2");
    // The log-likelihood names itself, not the fit, and checks its parameters.
    expect(() =>
      bgNbdLogLikelihood({ r: 1, alpha: 1, a: 1, b: 1 }, [{ frequency: -1, recency: 0, T: 1 }]),
    ).toThrow(
      "bgNbdLogLikelihood: customer [0].frequency: expected a whole number ≥ 0, received -1",
    );
    expect(() => bgNbdLogLikelihood({ r: 1, alpha: 1, a: -1, b: 1 }, [])).toThrow(
      "bgNbdLogLikelihood: params.a: expected a finite number > 0, received -1",
    );
    expect(() =>
      fitBgNbd([{ frequency: 0, recency: 0, T: 2 }], { start: { r: 1, alpha: 0, a: 1, b: 1 } }),
    ).toThrow("fitBgNbd: start.alpha: expected a finite number > 0, received 0");
    expect(() => fitBgNbd([{ frequency: 0, recency: 0, T: 2 }], { maxIterations: 0 })).toThrow(
      "fitBgNbd: maxIterations: expected a whole number > 0, received 0",
    );
  });

  it("recovers the parameters of simulated customers (own fixture, seed 11)", () => {
    // 20,000 customers from known parameters; the standard errors at this size are a few
    // per cent, so we allow 10 %.
    const truth = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 };
    const customers = simulateBgNbd(truth, {
      customers: 20_000,
      seed: 11,
      T: [52, 104],
      resolution: 1 / 7,
    });
    const fit = fitBgNbd(customers)!;
    expect(fit.converged).toBe(true);
    expect(fit.n).toBe(20_000);
    for (const key of ["r", "alpha", "a", "b"] as const) {
      expect(Math.abs(fit[key] / truth[key] - 1)).toBeLessThan(0.1);
    }
    // It is a maximum: nudging any parameter lowers the likelihood.
    for (const key of ["r", "alpha", "a", "b"] as const) {
      for (const factor of [0.99, 1.01]) {
        const nudged = { ...fit, [key]: fit[key] * factor };
        expect(bgNbdLogLikelihood(nudged, customers)).toBeLessThan(fit.logLikelihood);
      }
    }
  });

  it("is deterministic and honours a start point", () => {
    const customers = simulateBgNbd(
      { r: 0.5, alpha: 2, a: 1.2, b: 3 },
      { customers: 500, seed: 3, T: 30 },
    );
    const a = fitBgNbd(customers);
    expect(fitBgNbd(customers)).toEqual(a);
    const b = fitBgNbd(customers, { start: { r: 0.5, alpha: 2, a: 1.2, b: 3 } })!;
    expect(b.logLikelihood).toBeCloseTo(a!.logLikelihood, 4);
    expect(() => fitBgNbd(customers, { start: { r: 0, alpha: 1, a: 1, b: 1 } })).toThrow(
      "fitBgNbd: start.r: expected a finite number > 0, received 0",
    );
  });
});

describe("fitBgNbd standard errors", () => {
  it("match a finite-difference Hessian of the lifetimes likelihood in numpy", () => {
    // 1,000 customers simulated here (seed 5) and written out at 17 significant digits; the
    // same likelihood as Python lifetimes', maximised by scipy BFGS (gtol 1e-10), its Hessian
    // on log-parameters by central second differences (h = 1e-4 and 2e-4 agree to 1e-7):
    // python3: minimize(lambda v: -ll(v)/n, zeros(4), method="BFGS", options={"gtol": 1e-10});
    // C = inv(-H); SE = exp(p) * sqrt(diag(C)).
    const customers = simulateBgNbd(
      { r: 0.5, alpha: 3, a: 0.7, b: 2 },
      { customers: 1000, seed: 5, T: [20, 40], resolution: 1 / 7 },
    );
    const fit = fitBgNbd(customers)!;
    expect(fit.converged).toBe(true);
    expect(fit.warnings).toEqual([]);
    expect(Math.abs(fit.logLikelihood - -7021.792395123271)).toBeLessThan(1e-6);
    expect(fit.r).toBeCloseTo(0.5132076279170238, 6);
    expect(fit.b).toBeCloseTo(1.8979940700753202, 5);
    const se = fit.standardErrors!;
    const numpy = {
      r: 0.031217470615948,
      alpha: 0.288961712249584,
      a: 0.127122750368357,
      b: 0.440418279457374,
    };
    for (const key of ["r", "alpha", "a", "b"] as const) {
      expect(Math.abs(se[key] / numpy[key] - 1)).toBeLessThan(1e-5);
    }
    const logScale = fit.covariance!.logScale;
    expect(Math.sqrt(logScale[0]![0]!)).toBeCloseTo(0.060828150085477, 6);
    expect(Math.sqrt(logScale[3]![3]!)).toBeCloseTo(0.232044075585492, 6);
    expect(fit.covariance!.names).toEqual(["r", "alpha", "a", "b"]);
    // Delta method: parameter-scale covariance is θᵢθⱼ times the log-scale one.
    expect(fit.covariance!.parameters[0]![1]).toBeCloseTo(logScale[0]![1]! * fit.r * fit.alpha, 12);
  });

  it("are withheld, with a warning, when the information is not positive definite", () => {
    // Nobody repeats: a and b do not enter the likelihood, and r runs to its boundary.
    const fit = fitBgNbd([
      { frequency: 0, recency: 0, T: 10 },
      { frequency: 0, recency: 0, T: 20 },
      { frequency: 0, recency: 0, T: 30 },
    ])!;
    expect(fit.standardErrors).toBeNull();
    expect(fit.covariance).toBeNull();
    expect(fit.warnings.join(" ")).toMatch(/not positive definite/);
    for (const key of ["r", "alpha", "a", "b", "logLikelihood"] as const) {
      expect(Number.isFinite(fit[key])).toBe(true);
    }
  });

  it("says when the fit did not converge, and returns numbers, never NaN", () => {
    const customers = simulateBgNbd(
      { r: 0.5, alpha: 3, a: 0.7, b: 2 },
      { customers: 300, seed: 9, T: [20, 40] },
    );
    const fit = fitBgNbd(customers, { maxIterations: 1 })!;
    expect(fit.converged).toBe(false);
    expect(fit.warnings[0]).toMatch(/did not converge/);
    for (const key of ["r", "alpha", "a", "b", "logLikelihood"] as const) {
      expect(Number.isFinite(fit[key])).toBe(true);
    }
  });
});

describe.skipIf(!cdnowAvailable)("fitBgNbd on the CDNOW sample (../shared/data/cdnow)", () => {
  it("reproduces Fader, Hardie & Lee (2005): r 0.243, α 4.414, a 0.793, b 2.426, LL −9582.4", () => {
    const rows = loadSummary("cdnow_customers_summary.csv");
    expect(rows).toHaveLength(2357);
    const fit = fitBgNbd(rows)!;
    expect(fit.converged).toBe(true);
    // Published (paper, 3 s.f.) and the reference fit of the data README (4 d.p.).
    expect(fit.r).toBeCloseTo(0.2426, 4);
    expect(fit.alpha).toBeCloseTo(4.4135, 3);
    expect(fit.a).toBeCloseTo(0.7929, 4);
    expect(fit.b).toBeCloseTo(2.4258, 3);
    expect(Number(fit.r.toPrecision(3))).toBe(0.243);
    expect(Number(fit.alpha.toPrecision(4))).toBe(4.414);
    expect(Number(fit.a.toPrecision(3))).toBe(0.793);
    expect(Number(fit.b.toPrecision(4))).toBe(2.426);
    expect(Math.abs(fit.logLikelihood - -9582.43)).toBeLessThan(0.1);
    expect(
      bgNbdLogLikelihood({ r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 }, rows),
    ).toBeCloseTo(-9582.43, 1);
    // The SciPy anchor's likelihood maximised to gtol 1e-10 (python3, see the standard-error
    // test above): ln L = −9582.425560567433. Same optimum to 1e-6.
    expect(Math.abs(fit.logLikelihood - -9582.425560567433)).toBeLessThan(1e-6);
    // Standard errors: the same numpy finite-difference Hessian on CDNOW gives
    // SE = [0.012557318829, 0.378221435788, 0.185719171791, 0.705346432505] (lifetimes prints
    // 0.0126, 0.3784, 0.1858, 0.7057 for its own fit).
    const numpy = {
      r: 0.012557318829,
      alpha: 0.378221435788,
      a: 0.185719171791,
      b: 0.705346432505,
    };
    for (const key of ["r", "alpha", "a", "b"] as const) {
      expect(Math.abs(fit.standardErrors![key] / numpy[key] - 1)).toBeLessThan(1e-5);
    }
    // BFGS with the analytic gradient: a few dozen evaluations (Nelder-Mead needed 500+).
    expect(fit.evaluations).toBeLessThan(60);
  });
});
