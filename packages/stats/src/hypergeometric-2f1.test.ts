import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hypergeometric2F1 } from "./hypergeometric-2f1";

// Closed forms from Abramowitz & Stegun 15.1.3–15.1.6.
describe("hypergeometric2F1", () => {
  it("matches −ln(1 − z)/z for (1, 1; 2; z)", () => {
    for (const z of [0.01, 0.5, 0.9, 0.99]) {
      expect(hypergeometric2F1(1, 1, 2, z)).toBeCloseTo(-Math.log(1 - z) / z, 10);
    }
  });
  it("matches (1 − z)^(−a) for (a, b; b; z)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 20, noNaN: true }),
        fc.double({ min: 0.1, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        (a, b, z) => {
          const expected = (1 - z) ** -a;
          expect(Math.abs(hypergeometric2F1(a, b, b, z) / expected - 1)).toBeLessThan(1e-10);
        },
      ),
    );
  });
  it("matches arcsin(z)/z for (½, ½; 3/2; z²)", () => {
    const z = 0.8;
    expect(hypergeometric2F1(0.5, 0.5, 1.5, z * z)).toBeCloseTo(Math.asin(z) / z, 10);
  });
  it("is 1 at z = 0 and terminates for a negative integer upper parameter", () => {
    expect(hypergeometric2F1(3, 4, 5, 0)).toBe(1);
    // (−2, b; c; z) is the polynomial 1 − 2bz/c + b(b+1)z²/(c(c+1)).
    expect(hypergeometric2F1(-2, 3, 4, 0.5)).toBeCloseTo(
      1 - (2 * 3 * 0.5) / 4 + (3 * 4 * 0.25) / 20,
      14,
    );
  });
  it("rejects z outside [0, 1) and reports non-convergence", () => {
    expect(() => hypergeometric2F1(1, 1, 2, 1)).toThrow(
      "hypergeometric2F1: z: expected a number in [0, 1), received 1",
    );
    // c = 0, −1, … zeroes a denominator (c + k).
    expect(() => hypergeometric2F1(1, 1, 0, 0.5)).toThrow(/other than 0, −1, −2, …, received 0/);
    expect(() => hypergeometric2F1(1, 1, -2, 0.5)).toThrow(/received -2/);
    expect(() => hypergeometric2F1(1, 1, 2, 0.999999, { maxTerms: 10 })).toThrow(
      /converges in 10 terms/,
    );
  });
});
