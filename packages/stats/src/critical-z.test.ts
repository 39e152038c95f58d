import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { criticalZ, upperNormalTail } from "./critical-z";
import { normalCdf } from "./normal-cdf";
import { normalQuantile } from "./normal-quantile";

describe("criticalZ", () => {
  it("gives the familiar two-sided critical values (qnorm)", () => {
    expect(criticalZ(0.95)).toBeCloseTo(1.959963984540054, 14);
    expect(criticalZ(0.99)).toBeCloseTo(2.5758293035489004, 14);
    expect(criticalZ(0.9)).toBeCloseTo(1.6448536269514722, 14);
    // qnorm(1 − 0.5e-12) = 7.130509892879273 (mpmath)
    expect(criticalZ(1 - 1e-12)).toBeCloseTo(7.130509892879273, 4);
  });

  it("agrees with normalQuantile, a second method (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 0.999999, noNaN: true }), (level) => {
        const z = criticalZ(level);
        // 1e-11: rounding (1 − level)/2 and 1 − (1 − level)/2 differs by up to that near 1.
        expect(Math.abs(z / normalQuantile(1 - (1 - level) / 2) - 1)).toBeLessThan(1e-11);
      }),
    );
  });

  it("upperNormalTail matches 1 − Φ on both sides of its switch at 1.5", () => {
    for (const x of [0, 0.3, 1.49, 1.5, 2.9, 5, 8]) {
      expect(Math.abs(upperNormalTail(x) / normalCdf(-x) - 1)).toBeLessThan(1e-13);
    }
  });
});
