import { describe, expect, it } from "vitest";
import { percentiles } from "./percentiles";

describe("percentiles", () => {
  it("sorts a copy numerically and reads each quantile (numpy.percentile, linear)", () => {
    const values = [10, 2, 33, 4];
    // numpy.percentile([10, 2, 33, 4], [0, 50, 90]) = [2, 7, 26.1]
    const [low, median, p90] = percentiles(values, [0, 0.5, 0.9]);
    expect(low).toBe(2);
    expect(median).toBe(7);
    expect(p90).toBeCloseTo(26.1, 12);
    expect(values).toEqual([10, 2, 33, 4]);
    expect(percentiles([], [0.5])).toEqual([null]);
  });

  it("rejects what is not a list of numbers", () => {
    expect(() => percentiles([1, Number.NaN], [0.5])).toThrow(
      new RangeError("percentiles: values[1]: expected a number, received NaN"),
    );
    expect(() => percentiles([1, "2" as unknown as number], [0.5])).toThrow(TypeError);
    expect(() => percentiles("12" as unknown as number[], [0.5])).toThrow(TypeError);
    expect(() => percentiles([1], 0.5 as unknown as number[])).toThrow(TypeError);
    expect(() => percentiles([1], [2])).toThrow(RangeError);
  });
});
