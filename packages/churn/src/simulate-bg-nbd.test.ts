import { describe, expect, it } from "vitest";
import { simulateBgNbd } from "./simulate-bg-nbd";

describe("simulateBgNbd", () => {
  it("is deterministic for a seed and respects the shapes", () => {
    const params = { r: 0.5, alpha: 2, a: 1, b: 2 };
    const a = simulateBgNbd(params, { customers: 1000, seed: 1, T: [10, 20], resolution: 0.5 });
    expect(
      simulateBgNbd(params, { customers: 1000, seed: 1, T: [10, 20], resolution: 0.5 }),
    ).toEqual(a);
    for (const c of a) {
      expect(Number.isInteger(c.frequency)).toBe(true);
      expect(c.recency).toBeLessThanOrEqual(c.T);
      expect(c.T).toBeGreaterThanOrEqual(10);
      expect(c.T).toBeLessThanOrEqual(20);
      expect((c.T * 2) % 1).toBe(0);
      if (c.frequency === 0) expect(c.recency).toBe(0);
    }
  });

  it("has the Poisson mean r/α·T when nobody drops out (a tiny, b huge)", () => {
    // p ~ Beta(a, b) with a/(a+b) ≈ 1e-6: E[X(T)] = (r/α)·T = (2/4)·10 = 5.
    const customers = simulateBgNbd(
      { r: 2, alpha: 4, a: 0.001, b: 1000 },
      { customers: 50_000, seed: 4, T: 10 },
    );
    const mean = customers.reduce((s, c) => s + c.frequency, 0) / customers.length;
    // The variance of X is r/α·T + (r/α²)·T² = 5 + 12.5; SE ≈ 0.019.
    expect(Math.abs(mean - 5)).toBeLessThan(0.1);
  });

  it("rejects non-positive parameters", () => {
    expect(() =>
      simulateBgNbd({ r: 0, alpha: 1, a: 1, b: 1 }, { customers: 1, seed: 1, T: 1 }),
    ).toThrow("simulateBgNbd: params.r: expected a finite number > 0, received 0");
    const params = { r: 1, alpha: 1, a: 1, b: 1 };
    expect(() => simulateBgNbd(params, { customers: -1, seed: 1, T: 1 })).toThrow(
      "simulateBgNbd: options.customers: expected a whole number ≥ 0, received -1",
    );
    expect(() => simulateBgNbd(params, { customers: 1, seed: 1, T: -1 })).toThrow(
      /options.T: expected a number ≥ 0 or a range \[min, max\].*received -1/,
    );
    expect(() => simulateBgNbd(params, { customers: 1, seed: 1, T: [20, 10] })).toThrow(
      /received an array of 2/,
    );
    expect(() => simulateBgNbd(params, { customers: 1, seed: 1, T: 5, resolution: 0 })).toThrow(
      "simulateBgNbd: options.resolution: expected a number > 0, received 0",
    );
  });
});
