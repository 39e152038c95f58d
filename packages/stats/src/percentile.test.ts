import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { percentile } from "./percentile";

describe("percentile", () => {
  it("interpolates linearly between order statistics, as numpy.percentile does", () => {
    // numpy.percentile([1, 2, 3, 4], 90) = 3.7: h = 3 · 0.9 = 2.7 → 3 + 0.7 · (4 − 3)
    expect(percentile([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 12);
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    // numpy.percentile([15, 20, 35, 40, 50], [50, 90]) = [35, 46]
    expect(percentile([15, 20, 35, 40, 50], 0.5)).toBe(35);
    expect(percentile([15, 20, 35, 40, 50], 0.9)).toBeCloseTo(46, 12);
  });

  it("gives the extremes at 0 and 1, the value for one element and null for none", () => {
    expect(percentile([3, 8, 9], 0)).toBe(3);
    expect(percentile([3, 8, 9], 1)).toBe(9);
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
  });

  it("rejects p outside 0..1", () => {
    expect(() => percentile([1], 90)).toThrow(
      new RangeError("percentile: p: expected a number from 0 to 1, received 90"),
    );
    expect(() => percentile([1], "0.5" as unknown as number)).toThrow(TypeError);
    expect(() => percentile("1" as unknown as number[], 0.5)).toThrow(TypeError);
  });

  it("rejects a list that is not sorted instead of answering from the wrong order", () => {
    // [3, 1, 2] sorted is [1, 2, 3] with median 2; read as given it would say 1.
    expect(() => percentile([3, 1, 2], 0.5)).toThrow(
      "percentile: sorted[1]: expected a number ≥ sorted[0] (3), sorted ascending, received 1",
    );
    expect(() => percentile([Number.NaN], 0.5)).toThrow(
      "percentile: sorted[0]: expected a number, received NaN",
    );
  });

  it("is monotone in p and stays within the data (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 50 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, p, q) => {
          const sorted = [...values].sort((a, b) => a - b);
          const [low, high] = p <= q ? [p, q] : [q, p];
          expect(percentile(sorted, low)!).toBeLessThanOrEqual(percentile(sorted, high)! + 1e-9);
          expect(percentile(sorted, low)!).toBeGreaterThanOrEqual(sorted[0]!);
          expect(percentile(sorted, high)!).toBeLessThanOrEqual(sorted[sorted.length - 1]!);
        },
      ),
    );
  });
});
