import { describe, expect, it } from "vitest";
import { mannWhitneyU } from "./mann-whitney-u";

// Expected values from SciPy 1.17:
//   scipy.stats.mannwhitneyu(x, y, use_continuity=True, alternative="two-sided", method="asymptotic")
// which is R's wilcox.test(x, y, exact = FALSE, correct = TRUE).
describe("mannWhitneyU", () => {
  it("matches SciPy on R's wilcox.test example data (no ties across samples)", () => {
    const x = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
    const y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
    const r = mannWhitneyU(x, y);
    expect(r.u).toBe(58); // statistic 58.0
    expect(r.pValue).toBeCloseTo(0.13291945818531892, 12);
  });

  it("matches SciPy with ties within and across the samples", () => {
    const r = mannWhitneyU([3, 5, 5, 7, 9, 9, 9, 12], [1, 2, 5, 5, 6, 9]);
    expect(r.u).toBe(35.5); // statistic 35.5
    expect(r.pValue).toBeCloseTo(0.14639795378108655, 12);
    // Swapping the samples gives U₂ = n₁n₂ − U₁ and the same two-sided p.
    const swapped = mannWhitneyU([1, 2, 5, 5, 6, 9], [3, 5, 5, 7, 9, 9, 9, 12]);
    expect(swapped.u).toBe(8 * 6 - 35.5);
    expect(swapped.pValue).toBeCloseTo(0.14639795378108655, 12);
  });

  it("matches SciPy on separated samples and on larger ones", () => {
    const separated = mannWhitneyU([10, 11, 12, 13, 14, 15], [1, 2, 3, 4, 5]);
    expect(separated.u).toBe(30);
    expect(separated.pValue).toBeCloseTo(0.00811311726556578, 12);
    // x = 1.5, 3, …, 60; y = 21, 22, …, 50: statistic 505.0.
    const x = Array.from({ length: 40 }, (_, i) => (i + 1) * 1.5);
    const y = Array.from({ length: 30 }, (_, i) => i + 21);
    const r = mannWhitneyU(x, y);
    expect(r.u).toBe(505);
    expect(r.pValue).toBeCloseTo(0.2620296629317782, 12);
  });

  it("gives p = 1 when every value ties, and no p-value for an empty sample", () => {
    expect(mannWhitneyU([2, 2, 2], [2, 2])).toMatchObject({ u: 3, pValue: 1 }); // SciPy: 3.0, 1.0
    expect(mannWhitneyU([], [1, 2])).toMatchObject({ n1: 0, n2: 2, pValue: null, z: null });
  });

  it("names the bad value", () => {
    expect(() => mannWhitneyU([1, Number.NaN], [2])).toThrow(
      "mannWhitneyU: x[1]: expected a finite number, received NaN",
    );
    expect(() => mannWhitneyU([1], "2" as unknown as number[])).toThrow(TypeError);
  });
});
