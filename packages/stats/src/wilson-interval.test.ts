import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wilsonInterval } from "./wilson-interval";

describe("wilsonInterval", () => {
  it("matches a hand calculation for 81 of 263 (Agresti & Coull 1998, eq. 2)", () => {
    // p̂ = 81/263 = 0.307985, z = 1.959964, z² = 3.841459
    // centre = (81 + z²/2) / (263 + z²) = 82.920729 / 266.841459 = 0.310748
    // half   = z·√(n·p̂(1 − p̂) + z²/4) / (n + z²) = 1.959964 · √(56.053 + 0.960) / 266.841
    //        = 1.959964 · 7.55074 / 266.841 = 0.055460
    // → (0.255288, 0.366209)
    const interval = wilsonInterval(81, 263)!;
    expect(interval.lower).toBeCloseTo(0.2552885198782742, 12);
    expect(interval.upper).toBeCloseTo(0.36620957698280004, 12);
    expect(interval.level).toBe(0.95);
    expect(interval.method).toBe("wilson");
  });

  it("gives (0, z²/(n + z²)) for no successes", () => {
    // 0 of 10: centre = half = (z²/2)/(n + z²); upper = z²/(n + z²) = 3.841459/13.841459
    const interval = wilsonInterval(0, 10)!;
    expect(interval.lower).toBe(0);
    expect(interval.upper).toBeCloseTo(0.2775327998628892, 12);
    const all = wilsonInterval(10, 10)!;
    expect(all.upper).toBe(1);
    expect(all.lower).toBeCloseTo(1 - 0.2775327998628892, 12);
  });

  it("is narrower at a lower level", () => {
    const wide = wilsonInterval(30, 100, { level: 0.99 })!;
    const narrow = wilsonInterval(30, 100, { level: 0.8 })!;
    expect(narrow.upper - narrow.lower).toBeLessThan(wide.upper - wide.lower);
    expect(narrow.level).toBe(0.8);
  });

  it("returns null for n = 0", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it("rejects impossible counts and levels with the values in the message", () => {
    expect(() => wilsonInterval(5, 3)).toThrow(
      "wilsonInterval: successes: expected a whole number from 0 to n (3), received 5",
    );
    expect(() => wilsonInterval(1.5, 3)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 3, { level: 95 })).toThrow(/received 95/);
  });

  it("contains p̂ and stays inside [0, 1] (property)", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 1_000_000 })
          .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
        fc.double({ min: 0.5, max: 0.999, noNaN: true }),
        ([successes, n], level) => {
          const { lower, upper } = wilsonInterval(successes, n, { level })!;
          const p = successes / n;
          expect(lower).toBeGreaterThanOrEqual(0);
          expect(upper).toBeLessThanOrEqual(1);
          expect(lower).toBeLessThanOrEqual(p + 1e-12);
          expect(upper).toBeGreaterThanOrEqual(p - 1e-12);
        },
      ),
    );
  });
});
