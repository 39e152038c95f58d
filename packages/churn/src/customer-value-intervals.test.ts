import { describe, expect, it } from "vitest";
import { fitBgNbd } from "./bg-nbd";
import { bootstrapIntervals } from "./bootstrap-intervals";
import { fitGammaGamma } from "./gamma-gamma";
import { parameterSamplingIntervals } from "./parameter-sampling-intervals";
import { probabilityAlive } from "./probability-alive";
import { simulateBgNbd } from "./simulate-bg-nbd";

const TRUTH = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 };
const customers = simulateBgNbd(TRUTH, {
  customers: 2000,
  seed: 21,
  T: [27, 39],
  resolution: 1 / 7,
});
const fit = fitBgNbd(customers)!;
const probe = [
  { frequency: 0, recency: 0, T: 39 },
  { frequency: 3, recency: 20, T: 39 },
  { frequency: 8, recency: 38, T: 39 },
];

describe("parameterSamplingIntervals", () => {
  it("agrees with the delta-method interval of P(alive) (a second method)", () => {
    const result = parameterSamplingIntervals(fit, probe, {
      measure: { kind: "probabilityAlive" },
      seed: 3,
      draws: 4000,
    });
    expect(result.samples).toBe(4000);
    // x = 0: P(alive) = 1 under every parameter value.
    expect(result.customers[0]).toEqual({
      value: 1,
      interval: { lower: 1, upper: 1, level: 0.95, method: "parameter-sampling" },
      method: "parameter-sampling",
    });
    // Delta method: P ± 1.96 √(gᵀ Σ g), g the gradient of P in the log-parameters by central
    // differences, Σ the fit's log-scale covariance.
    const c = probe[1]!;
    const names = ["r", "alpha", "a", "b"] as const;
    const g = names.map((name) => {
      const h = 1e-5;
      const up = { ...fit, [name]: fit[name] * Math.exp(h) };
      const down = { ...fit, [name]: fit[name] * Math.exp(-h) };
      return (probabilityAlive(up, c) - probabilityAlive(down, c)) / (2 * h);
    });
    const sigma = fit.covariance!.logScale;
    let variance = 0;
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 4; j++) variance += g[i]! * sigma[i]![j]! * g[j]!;
    const half = 1.959964 * Math.sqrt(variance);
    const estimate = result.customers[1]!;
    expect(estimate.value).toBeCloseTo(probabilityAlive(fit, c), 12);
    const width = estimate.interval.upper - estimate.interval.lower;
    expect(width / (2 * half)).toBeGreaterThan(0.9);
    expect(width / (2 * half)).toBeLessThan(1.1);
    expect(estimate.interval.lower).toBeLessThan(estimate.value);
    expect(estimate.interval.upper).toBeGreaterThan(estimate.value);
  });

  it("sums over customers and is deterministic for a seed", () => {
    const options = { measure: { kind: "expectedPurchases", t: 13 }, seed: 5, draws: 300 } as const;
    const a = parameterSamplingIntervals(fit, probe, options);
    expect(parameterSamplingIntervals(fit, probe, options)).toEqual(a);
    const sum = a.customers.reduce((s, e) => s + e.value, 0);
    expect(a.total.value).toBeCloseTo(sum, 12);
    expect(a.total.interval.lower).toBeLessThan(a.total.value);
    expect(a.total.interval.upper).toBeGreaterThan(a.total.value);
  });

  it("draws the Gamma-Gamma parameters too for the lifetime value", () => {
    const spend = fitGammaGamma(
      probe
        .map((c, i) => ({ frequency: c.frequency + 1, monetaryValue: 20 + 7 * i }))
        .concat(
          Array.from({ length: 60 }, (_, i) => ({
            frequency: 1 + (i % 5),
            monetaryValue: 10 + ((i * 37) % 50),
          })),
        ),
    )!;
    const valued = probe.map((c) => ({ ...c, monetaryValue: 30 }));
    const result = parameterSamplingIntervals(fit, valued, {
      measure: { kind: "customerLifetimeValue", clv: { months: 6, unit: "week" } },
      seed: 1,
      draws: 200,
      gammaGamma: spend,
    });
    expect(result.samples).toBeGreaterThan(150);
    expect(result.total.interval.lower).toBeLessThan(result.total.value);
    expect(result.total.interval.upper).toBeGreaterThan(result.total.value);
  });

  it("rejects a fit without covariance and bad options", () => {
    const flat = fitBgNbd([
      { frequency: 0, recency: 0, T: 10 },
      { frequency: 0, recency: 0, T: 20 },
    ])!;
    expect(() =>
      parameterSamplingIntervals(flat, probe, { measure: { kind: "probabilityAlive" }, seed: 1 }),
    ).toThrow(
      /parameterSamplingIntervals: fit.covariance: expected a positive-definite covariance/,
    );
    expect(() =>
      parameterSamplingIntervals(fit, probe, { measure: { kind: "nope" } as never, seed: 1 }),
    ).toThrow(/options.measure.kind/);
    expect(() =>
      parameterSamplingIntervals(fit, probe, {
        measure: { kind: "customerLifetimeValue" },
        seed: 1,
      }),
    ).toThrow(/options.gammaGamma/);
    expect(() =>
      parameterSamplingIntervals(fit, [{ frequency: 1.5, recency: 0, T: 1 }], {
        measure: { kind: "probabilityAlive" },
        seed: 1,
      }),
    ).toThrow(
      "parameterSamplingIntervals: customers[0].frequency: expected a whole number ≥ 0, received 1.5",
    );
  });
});

describe("bootstrapIntervals", () => {
  it("refits on resamples and gives intervals as wide as the asymptotic ones", () => {
    const small = customers.slice(0, 400);
    const options = {
      measure: { kind: "probabilityAlive" },
      seed: 9,
      resamples: 30,
    } as const;
    const boot = bootstrapIntervals(small, options)!;
    expect(boot.samples).toBe(30);
    expect(boot.total.method).toBe("bootstrap");
    const own = fitBgNbd(small)!;
    const sampled = parameterSamplingIntervals(own, small, { ...options, draws: 400 });
    expect(boot.total.value).toBeCloseTo(sampled.total.value, 6);
    const ratio =
      (boot.total.interval.upper - boot.total.interval.lower) /
      (sampled.total.interval.upper - sampled.total.interval.lower);
    expect(ratio).toBeGreaterThan(0.6);
    expect(ratio).toBeLessThan(1.6);
    expect(bootstrapIntervals(small, options)).toEqual(boot);
    expect(bootstrapIntervals([], options)).toBeNull();
    expect(() => bootstrapIntervals(small, { ...options, resamples: 0 })).toThrow(
      "bootstrapIntervals: options.resamples: expected a whole number ≥ 1, received 0",
    );
  });
});
