import { describe, expect, it } from "vitest";
import { digamma } from "./digamma";
import { logGamma } from "./log-gamma";
import { logScaleCovariance } from "./log-scale-covariance";

describe("logScaleCovariance", () => {
  it("gives the textbook standard error of an exponential rate", () => {
    // n = 50, Σt = 100: ln L(λ) = 50 ln λ − 100λ, λ̂ = 0.5, I(λ̂) = n/λ̂² = 200, SE = 1/√200;
    // on φ = ln λ: I = 100 λ̂ = 50, SE(φ̂) = 1/√50.
    const fit = logScaleCovariance(
      ([phi], g) => {
        g[0] = 50 - 100 * Math.exp(phi!);
        return 50 * phi! - 100 * Math.exp(phi!);
      },
      [Math.log(0.5)],
    );
    expect(fit.warning).toBeNull();
    expect(fit.logStandardErrors![0]).toBeCloseTo(1 / Math.sqrt(50), 8);
    expect(fit.standardErrors![0]).toBeCloseTo(1 / Math.sqrt(200), 8);
  });

  it("matches the analytic inverse information of a gamma fit (numpy)", () => {
    // Gamma(shape k, rate θ) on ten values. MLE and covariance from the analytic information
    // n[[ψ'(k), −1/θ], [−1/θ, k/θ²]], by
    // python3: scipy.optimize.brentq on ln k − ψ(k) = ln(mean) − mean(ln x); numpy.linalg.inv(I)
    // → k̂ = 2.270784525287698, θ̂ = 1.19514975015142,
    //   Cov = [[0.9032691695, 0.4754048261], [0.4754048261, 0.3131156848]],
    //   SE(ln k̂, ln θ̂) = [0.4185358537, 0.4681985739].
    const x = [0.8, 1.9, 2.4, 0.3, 3.7, 1.1, 2.2, 0.9, 1.6, 4.1];
    const n = x.length;
    const sum = x.reduce((s, v) => s + v, 0);
    const sumLog = x.reduce((s, v) => s + Math.log(v), 0);
    const fit = logScaleCovariance(
      ([lk, lt], g) => {
        const k = Math.exp(lk!);
        const t = Math.exp(lt!);
        g[0] = k * (n * Math.log(t) - n * digamma(k) + sumLog);
        g[1] = t * ((n * k) / t - sum);
        return n * k * Math.log(t) - n * logGamma(k) + (k - 1) * sumLog - t * sum;
      },
      [Math.log(2.270784525287698), Math.log(1.19514975015142)],
    );
    const expected = [
      [0.9032691695, 0.4754048261],
      [0.4754048261, 0.3131156848],
    ];
    for (let i = 0; i < 2; i++) {
      for (let j = 0; j < 2; j++) expect(fit.covariance![i]![j]).toBeCloseTo(expected[i]![j]!, 7);
    }
    expect(fit.logStandardErrors![0]).toBeCloseTo(0.4185358537, 7);
    expect(fit.logStandardErrors![1]).toBeCloseTo(0.4681985739, 7);
    expect(fit.standardErrors![0]).toBeCloseTo(Math.sqrt(0.9032691695), 7);
  });

  it("warns, with no covariance, where the information is not positive definite", () => {
    // A saddle: ln L = φ₀² − φ₁² has Hessian diag(2, −2).
    const fit = logScaleCovariance(
      ([a, b], g) => {
        g[0] = 2 * a!;
        g[1] = -2 * b!;
        return a! * a! - b! * b!;
      },
      [0, 0],
    );
    expect(fit.covariance).toBeNull();
    expect(fit.standardErrors).toBeNull();
    expect(fit.warning).toMatch(/not positive definite/);
    expect(fit.information[0]![0]).toBeCloseTo(-2, 8);
  });
});
