import { describe, expect, it } from "vitest";
import { durationFigure } from "./duration-figure";

const MINUTE = 60_000;

describe("durationFigure", () => {
  it("summarises milliseconds in minutes with an order-statistics interval for the median", () => {
    // 1..10 minutes, given out of order. numpy.median → 5.5, numpy.mean → 5.5,
    // numpy.percentile(range(1, 11), 90) → 9.1; the 95 % interval for n = 10 is ranks 2 and 9
    // (scipy.stats.quantile_test(range(1, 11), q=0).confidence_interval() → 2, 9).
    const durations = [7, 3, 10, 1, 5, 2, 9, 4, 8, 6].map((m) => m * MINUTE);
    expect(durationFigure(durations, 3, 0.95)).toEqual({
      n: 10,
      missing: 3,
      median: 5.5,
      mean: 5.5,
      p90: expect.closeTo(9.1, 12),
      min: 1,
      max: 10,
      interval: { lower: 2, upper: 9, level: 0.95, method: "order-statistics" },
      unit: "minutes",
    });
  });

  it("gives nulls, not NaN, for no durations", () => {
    expect(durationFigure([], 2, 0.95)).toEqual({
      n: 0,
      missing: 2,
      median: null,
      mean: null,
      p90: null,
      min: null,
      max: null,
      interval: null,
      unit: "minutes",
    });
  });

  it("has no interval below six durations at 95 %", () => {
    expect(durationFigure([MINUTE, 2 * MINUTE], 0, 0.95)).toMatchObject({
      median: 1.5,
      interval: null,
    });
  });

  it("does not change its input", () => {
    const durations = [3 * MINUTE, MINUTE, 2 * MINUTE];
    durationFigure(durations, 0, 0.95);
    expect(durations).toEqual([3 * MINUTE, MINUTE, 2 * MINUTE]);
  });
});
