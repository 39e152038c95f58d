import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { regularizedIncompleteBeta } from "./regularized-incomplete-beta";

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
      new RangeError("regularizedIncompleteBeta: x: expected a number from 0 to 1, received 1.2"),
    );
    expect(() => regularizedIncompleteBeta(0.5, 0, 3)).toThrow(
      new RangeError("regularizedIncompleteBeta: a: expected a finite number > 0, received 0"),
    );
    expect(() => regularizedIncompleteBeta(0.5, 2, Number.NaN)).toThrow(/b: expected/);
    expect(() => regularizedIncompleteBeta("0.5" as unknown as number, 2, 3)).toThrow(TypeError);
  });
});
