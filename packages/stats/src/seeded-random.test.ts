import { describe, expect, it } from "vitest";
import { seededRandom } from "./seeded-random";

describe("seededRandom", () => {
  it("repeats for a seed and differs between seeds", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(c()).not.toBe(first[0]);
  });
  it("is uniform on [0, 1): mean ≈ ½ and variance ≈ 1/12 over 100,000 draws", () => {
    const next = seededRandom(7);
    let sum = 0;
    let squares = 0;
    let outside = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const u = next();
      if (!(u >= 0 && u < 1)) outside++;
      sum += u;
      squares += u * u;
    }
    expect(outside).toBe(0);
    const mean = sum / n;
    // Standard error of the mean is √(1/12/n) ≈ 0.0009: allow 5 of them.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.0046);
    expect(Math.abs(squares / n - mean * mean - 1 / 12)).toBeLessThan(0.002);
  });
  it("rejects a non-finite seed", () => {
    expect(() => seededRandom(Number.NaN)).toThrow(
      "seededRandom: seed: expected a finite number, received NaN",
    );
  });
});
