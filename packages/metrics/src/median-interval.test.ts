import { describe, expect, it } from "vitest";
import { medianInterval } from "./median-interval";

const ranks = (n: number) => Float64Array.from({ length: n }, (_, i) => i + 1);

describe("medianInterval", () => {
  // With x = 1..n the bounds are the ranks themselves. Checked against SciPy 1.17 and R:
  //   scipy.stats.quantile_test(numpy.arange(1, n + 1), q=0, p=0.5)
  //     .confidence_interval(confidence_level=level)
  //   R: j <- qbinom((1 - level) / 2, n, 0.5); if (pbinom(j, n, 0.5) > (1 - level) / 2) j <- j - 1
  //      ranks j + 1 and n - j
  it.each([
    [6, 0.95, 1, 6],
    [10, 0.95, 2, 9],
    [20, 0.95, 6, 15],
    [20, 0.9, 6, 15],
    [100, 0.95, 40, 61],
    [100, 0.9, 42, 59],
    [1001, 0.95, 470, 532],
    [1001, 0.9, 474, 528],
    [100_000, 0.95, 49_690, 50_311],
  ])("n = %i at level %f: ranks %i to %i", (n, level, lower, upper) => {
    expect(medianInterval(ranks(n), level)).toEqual({
      lower,
      upper,
      level,
      method: "order-statistics",
    });
  });

  it("has no interval when even the range falls short of the level", () => {
    // n = 5: the range covers the median with probability 1 − 2 · 0.5⁵ = 0.9375 < 0.95
    // (SciPy gives nan, nan); at 90 % the range will do.
    expect(medianInterval(ranks(5), 0.95)).toBeNull();
    expect(medianInterval(ranks(5), 0.9)).toMatchObject({ lower: 1, upper: 5 });
    expect(medianInterval([], 0.95)).toBeNull();
  });

  it("reads the bounds off the sorted values, not their ranks", () => {
    // Ten values: ranks 2 and 9 (as for n = 10 above).
    const values = [3, 5, 8, 13, 21, 34, 55, 89, 144, 233];
    expect(medianInterval(values, 0.95)).toMatchObject({ lower: 5, upper: 144 });
  });
});
