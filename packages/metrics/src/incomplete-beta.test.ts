import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logGamma, logGammaRatio, regularizedIncompleteBeta } from "./incomplete-beta";

describe("logGamma", () => {
  it("equals ln((n − 1)!) at integers", () => {
    let factorial = 1;
    for (let n = 1; n <= 20; n++) {
      // Γ(n) = (n − 1)!
      expect(logGamma(n)).toBeCloseTo(Math.log(factorial), 12);
      factorial *= n;
    }
  });

  it.each([
    [0.5, 0.5723649429247004], // ln √π
    [3.7, 1.4280723266653883],
    [100.5, 361.4355404677776],
    [1e-5, 11.512919692895824], // via the reflection formula
  ])("logGamma(%d) = %d (math.lgamma)", (x, expected) => {
    expect(Math.abs(logGamma(x) - expected)).toBeLessThan(1e-12 * Math.max(1, expected));
  });

  it("rejects x ≤ 0", () => {
    expect(() => logGamma(0)).toThrow(/expected x > 0, received 0/);
  });

  it("logGammaRatio equals the difference of logGamma without its cancellation", () => {
    expect(logGammaRatio(3.5, 0.5)).toBeCloseTo(logGamma(4) - logGamma(3.5), 13);
    expect(logGammaRatio(0.2, 0.5)).toBeCloseTo(logGamma(0.7) - logGamma(0.2), 13);
    // ln Γ(a + ½) − ln Γ(a) ≈ ½ ln a − 1/(8a) for large a (Stirling)
    const a = 5e5;
    expect(logGammaRatio(a, 0.5)).toBeCloseTo(0.5 * Math.log(a) - 1 / (8 * a), 12);
  });
});

describe("regularizedIncompleteBeta", () => {
  it.each([
    [0.3, 2.5, 3.5, 0.29675298929566646],
    [0.2, 0.5, 0.5, 0.2951672353008665],
    [0.45, 50, 60, 0.4642352914306031],
    [0.99, 10, 0.5, 0.6579281751567845],
  ])("I_%d(%d, %d) = %d (scipy.special.betainc)", (x, a, b, expected) => {
    expect(regularizedIncompleteBeta(x, a, b)).toBeCloseTo(expected, 13);
  });

  it("has closed forms: I_x(a, 1) = x^a, I_x(1, b) = 1 − (1 − x)^b, I_½(a, a) = ½", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: 0.1, max: 20, noNaN: true }),
        (x, a) => {
          expect(regularizedIncompleteBeta(x, a, 1)).toBeCloseTo(x ** a, 12);
          expect(regularizedIncompleteBeta(x, 1, a)).toBeCloseTo(1 - (1 - x) ** a, 12);
          expect(regularizedIncompleteBeta(0.5, a, a)).toBeCloseTo(0.5, 12);
        },
      ),
    );
  });

  it("is 0 and 1 at the ends, and rejects bad arguments", () => {
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
    expect(() => regularizedIncompleteBeta(1.2, 2, 3)).toThrow(
      /expected x in \[0, 1\], received 1.2/,
    );
    expect(() => regularizedIncompleteBeta(0.5, 0, 3)).toThrow(/a > 0 and b > 0, received a 0/);
  });
});
