import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pearsonCorrelation as pearson } from "./pearson-correlation";
import { spearmanCorrelation as spearman } from "./spearman-correlation";

const x = [1, 2, 3, 4, 5, 6, 7, 8];

describe("pearson / spearman", () => {
  it("match scipy.stats on a worked example", () => {
    // scipy.stats.pearsonr(x, y): r = 0.8964214570007951,
    // confidence_interval(0.95) = (0.520608645286509, 0.9812527738012913) (Fisher z).
    const r = pearson(x, [2, 1, 4, 3, 7, 8, 6, 9]);
    expect(r.value).toBeCloseTo(0.8964214570007951, 12);
    expect(r.n).toBe(8);
    expect(r.interval?.lower).toBeCloseTo(0.520608645286509, 10);
    expect(r.interval?.upper).toBeCloseTo(0.9812527738012913, 10);
    expect(r.interval?.method).toBe("fisher-z");
  });

  it("gives tied values their mean rank, as scipy.stats.spearmanr does", () => {
    // spearmanr(x, [1, 1, 2, 3, 3, 3, 5, 4]) = 0.9452300860699551; its Fisher interval with
    // variance 1.06/(n−3): tanh(atanh(ρ) ± 1.96·√(1.06/5)) = (0.70770052…, 0.99077961…).
    const rho = spearman(x, [1, 1, 2, 3, 3, 3, 5, 4]);
    expect(rho.value).toBeCloseTo(0.9452300860699551, 12);
    expect(rho.interval?.lower).toBeCloseTo(0.7077005235050403, 10);
    expect(rho.interval?.upper).toBeCloseTo(0.9907796157520471, 10);
  });

  it("is null where it is undefined, and has no interval below 4 pairs or at ±1", () => {
    expect(pearson([], [])).toEqual({ value: null, n: 0, interval: null });
    expect(pearson([1], [2]).value).toBeNull();
    expect(pearson([1, 2, 3], [5, 5, 5]).value).toBeNull();
    expect(spearman([1, 2, 3], [3, 2, 1])).toEqual({ value: -1, n: 3, interval: null });
    expect(pearson([1, 2, 3, 4], [2, 4, 6, 8])).toEqual({ value: 1, n: 4, interval: null });
  });

  it("property: Spearman is unchanged by a monotone transform; both stay within [-1, 1]", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 })), {
          minLength: 2,
          maxLength: 30,
        }),
        (pairs) => {
          const xs = pairs.map((p) => p[0]);
          const ys = pairs.map((p) => p[1]);
          const rho = spearman(xs, ys).value;
          expect(
            spearman(
              xs.map((v) => v ** 3 + 7),
              ys,
            ).value,
          ).toBe(rho);
          const r = pearson(xs, ys).value;
          if (r !== null) expect(Math.abs(r)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it("takes a level, and rejects unequal or non-numeric lists", () => {
    // 90 %: tanh(atanh(0.8964214570007951) ± 1.6448536269514722/√5)
    const r = pearson(x, [2, 1, 4, 3, 7, 8, 6, 9], { level: 0.9 });
    const centre = Math.atanh(0.8964214570007951);
    expect(r.interval?.lower).toBeCloseTo(
      Math.tanh(centre - 1.6448536269514722 / Math.sqrt(5)),
      10,
    );
    expect(r.interval?.level).toBe(0.9);
    expect(() => pearson([1, 2], [1])).toThrow(
      new RangeError(
        "pearsonCorrelation: ys: expected an array of 2, one value per x, received an array of 1",
      ),
    );
    expect(() => spearman([1, Number.NaN], [1, 2])).toThrow(
      new RangeError("spearmanCorrelation: xs[1]: expected a finite number, received NaN"),
    );
    expect(() => pearson([1, "2" as unknown as number], [1, 2])).toThrow(TypeError);
    expect(() => pearson("12" as unknown as number[], [1, 2])).toThrow(TypeError);
    expect(() => pearson([1, 2], [1, 2], { level: 95 })).toThrow(RangeError);
  });
});
