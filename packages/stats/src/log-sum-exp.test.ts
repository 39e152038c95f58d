import { describe, expect, it } from "vitest";
import { logSumExp } from "./log-sum-exp";

describe("logSumExp", () => {
  it("equals ln(eᵃ + eᵇ) where that is representable", () => {
    expect(logSumExp(Math.log(2), Math.log(3))).toBeCloseTo(Math.log(5), 14);
    expect(logSumExp(Math.log(3), Math.log(2))).toBeCloseTo(Math.log(5), 14);
    // Equal terms: ln(2eᵃ) = a + ln 2, also for +∞ (where b − a would be NaN).
    expect(logSumExp(-1000, -1000)).toBeCloseTo(-1000 + Math.LN2, 12);
    expect(logSumExp(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY)).toBe(
      Number.POSITIVE_INFINITY,
    );
  });
  it("does not underflow or overflow", () => {
    expect(logSumExp(-1000, -1000)).toBeCloseTo(-1000 + Math.LN2, 12);
    expect(logSumExp(1000, 1000)).toBeCloseTo(1000 + Math.LN2, 12);
  });
  it("treats -Infinity as a zero term", () => {
    expect(logSumExp(Number.NEGATIVE_INFINITY, -5)).toBe(-5);
    expect(logSumExp(-5, Number.NEGATIVE_INFINITY)).toBe(-5);
  });
});
