import { describe, expect, it } from "vitest";
import { ces } from "./ces";
import { compareCes } from "./compare-ces";

describe("compareCes", () => {
  it("is Welch's t test (checked against scipy.stats.ttest_ind(equal_var=False))", () => {
    // a = [7, 6, 6, 5, 7, 6]: mean 37/6, s² = 0.566667; b = [4, 5, 3, 6, 4, 5]: mean 4.5, s² = 1.1
    // se = √(0.566667/6 + 1.1/6) = 0.527046, t = 1.666667/0.527046 = 3.162278,
    // df = 0.277778² / (0.094444²/5 + 0.183333²/5) = 9.071118, p = 0.0113964
    const change = compareCes(ces([7, 6, 6, 5, 7, 6]), ces([4, 5, 3, 6, 4, 5]));
    expect(change.difference).toBeCloseTo(5 / 3, 12);
    expect(change.statistic).toBeCloseTo(3.1622776601683804, 10);
    expect(change.degreesOfFreedom).toBeCloseTo(9.071117561683598, 10);
    expect(change.pValue).toBeCloseTo(0.011396362917794445, 10);
    expect(change.interval!.lower).toBeCloseTo(0.47582850170285385, 9);
    expect(change.interval!.upper).toBeCloseTo(2.85750483163048, 9);
    expect(change).toMatchObject({ statisticName: "t", significant: true });
    expect(change.interval!.method).toBe("welch-t");
  });

  it("needs two answers a side and some variation", () => {
    expect(compareCes(ces([7]), ces([5, 6]))).toMatchObject({ difference: 1.5, pValue: null });
    expect(compareCes(ces([]), ces([5, 6]))).toMatchObject({ difference: null });
    expect(compareCes(ces([6, 6]), ces([6, 6]))).toMatchObject({ difference: 0, statistic: null });
  });

  it("works when one side has no variation", () => {
    const change = compareCes(ces([7, 7, 7, 7]), ces([3, 5, 4, 6]));
    // Only b's variance counts: df = nb − 1 = 3.
    expect(change.degreesOfFreedom).toBeCloseTo(3, 12);
  });

  it("rejects scores of different scales", () => {
    expect(() => compareCes(ces([5], { scale: "five_point" }), ces([5]))).toThrow(
      'compareCes: b.scale: expected the scale of a ("five_point"), received "seven_point"',
    );
  });
});
