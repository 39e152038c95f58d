import { percentile } from "@rapport/stats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { medianAndP90 } from "./median-and-p90";

describe("medianAndP90 (numpy's linear percentile, from @rapport/stats)", () => {
  it("matches numpy.percentile (linear) on a worked example", () => {
    // numpy.percentile([3, 1, 4, 1, 5, 9, 2, 6], [50, 90]) -> [3.5, 6.9]
    const { medianMs, p90Ms } = medianAndP90([3, 1, 4, 1, 5, 9, 2, 6]);
    expect(medianMs).toBe(3.5);
    expect(p90Ms).toBeCloseTo(6.9, 12);
  });

  it("handles none, one and the extremes", () => {
    expect(medianAndP90([])).toEqual({ medianMs: null, p90Ms: null });
    expect(medianAndP90([7])).toEqual({ medianMs: 7, p90Ms: 7 });
    expect(percentile([1, 2, 3], 0)).toBe(1);
    expect(percentile([1, 2, 3], 1)).toBe(3);
  });

  it("property: the median of an odd count is the middle value, and p90 lies within range", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 1 }), (values) => {
        const sorted = [...values].sort((a, b) => a - b);
        const { medianMs, p90Ms } = medianAndP90(values);
        if (sorted.length % 2 === 1) expect(medianMs).toBe(sorted[(sorted.length - 1) / 2]);
        expect(p90Ms!).toBeGreaterThanOrEqual(medianMs!);
        expect(p90Ms!).toBeLessThanOrEqual(sorted.at(-1)!);
      }),
    );
  });
});
