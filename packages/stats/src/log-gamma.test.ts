import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logGamma } from "./log-gamma";

describe("logGamma", () => {
  it("matches known values", () => {
    // Γ(1) = Γ(2) = 1; Γ(1/2) = √π; Γ(10) = 9! = 362880; Γ(5) = 24.
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(2)).toBeCloseTo(0, 14);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12);
    // ln Γ(100) = ln(99!) = 359.13420536957540 (Abramowitz & Stegun table / sum of logs).
    let sum = 0;
    for (let k = 2; k < 100; k++) sum += Math.log(k);
    expect(logGamma(100)).toBeCloseTo(sum, 9);
    expect(logGamma(100)).toBeCloseTo(359.1342053695754, 9);
    // Γ(0.1) = 9.513507698668732 (A&S 6.1), through the reflection branch.
    expect(logGamma(0.1)).toBeCloseTo(Math.log(9.513507698668732), 12);
    // Γ(1/3) = 2.678938534707747
    expect(logGamma(1 / 3)).toBeCloseTo(Math.log(2.678938534707747), 12);
  });

  it("satisfies ln Γ(x + 1) = ln Γ(x) + ln x", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e4, noNaN: true }), (x) => {
        const lhs = logGamma(x + 1);
        const rhs = logGamma(x) + Math.log(x);
        expect(Math.abs(lhs - rhs)).toBeLessThan(1e-10 * Math.max(1, Math.abs(lhs)));
      }),
    );
  });

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

  it("is defined for finite x > 0 only: the pole 0, negatives, NaN and ±∞ are a RangeError", () => {
    expect(() => logGamma(0)).toThrow(
      new RangeError("logGamma: x: expected a finite number > 0, received 0"),
    );
    expect(() => logGamma(-1)).toThrow(RangeError);
    expect(() => logGamma(Number.NaN)).toThrow(/received NaN/);
    expect(() => logGamma(Number.POSITIVE_INFINITY)).toThrow(/received Infinity/);
    expect(() => logGamma("2" as unknown as number)).toThrow(TypeError);
  });
});
