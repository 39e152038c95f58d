import { describe, expect, it } from "vitest";
import { normalCdf } from "./normal-cdf";

describe("normalCdf", () => {
  it("matches pnorm at the usual critical values", () => {
    // pnorm(1.96) = 0.9750021048517795 (R / SciPy)
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 15);
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(-1.96)).toBeCloseTo(1 - 0.9750021048517795, 15);
  });

  it("keeps the relative precision of a far lower tail", () => {
    // pnorm(-10) = 7.619853024160525e-24 (mpmath, 40 digits)
    expect(Math.abs(normalCdf(-10) / 7.619853024160525e-24 - 1)).toBeLessThan(1e-13);
  });

  it("rejects NaN", () => {
    expect(() => normalCdf(Number.NaN)).toThrow(/received NaN/);
  });
});
