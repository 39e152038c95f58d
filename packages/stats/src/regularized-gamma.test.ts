import { describe, expect, it } from "vitest";
import { chiSquareCdf, chiSquareSurvival } from "./chi-square";
import { regularizedGammaP, regularizedGammaQ } from "./regularized-gamma";

// Reference values from SciPy 1.17 (a second method):
//   scipy.special.gammainc(a, x), scipy.special.gammaincc(a, x)
const CASES: [a: number, x: number, p: number, q: number][] = [
  [1, 1, 0.6321205588285577, 0.36787944117144245],
  [0.5, 0.1, 0.34527915398142317, 0.6547208460185768],
  [2.5, 3, 0.6937810815867212, 0.30621891841327875],
  [10, 5, 0.03182805730620481, 0.9681719426937951],
  [10, 25, 0.9997785233617512, 0.0002214766382487835],
  [50, 40, 0.07033506665939494, 0.9296649333406051],
  [150, 160, 0.7956261882343225, 0.2043738117656775],
  [0.1, 10, 0.9999994452014282, 5.547985717901913e-7],
  [3, 0.001, 1.6654171665278094e-10, 0.9999999998334583],
];

describe("regularizedGammaP and regularizedGammaQ", () => {
  it.each(CASES)("P(%s, %s) and Q match SciPy", (a, x, p, q) => {
    expect(regularizedGammaP(a, x)).toBeCloseTo(p, 12);
    expect(regularizedGammaQ(a, x) / q).toBeCloseTo(1, 10);
  });
  it("has the limits at 0 and infinity", () => {
    expect(regularizedGammaP(2, 0)).toBe(0);
    expect(regularizedGammaQ(2, 0)).toBe(1);
    expect(regularizedGammaP(2, Number.POSITIVE_INFINITY)).toBe(1);
    expect(regularizedGammaQ(2, Number.POSITIVE_INFINITY)).toBe(0);
  });
  it("names a bad argument", () => {
    expect(() => regularizedGammaP(0, 1)).toThrow(
      /regularizedGammaP: a: expected a finite number > 0, received 0/,
    );
    expect(() => regularizedGammaQ(1, -1)).toThrow(RangeError);
    expect(() => regularizedGammaQ(1, "2" as unknown as number)).toThrow(TypeError);
  });
});

describe("chiSquareCdf and chiSquareSurvival", () => {
  // scipy.stats.chi2.cdf(x, df), scipy.stats.chi2.sf(x, df)
  it.each([
    [3.841459, 1, 0.9500000053468044, 0.04999999465319563],
    [10, 3, 0.9814338645369568, 0.01856613546304325],
    [0.5, 4, 0.026499021160743912, 0.9735009788392561],
    [30.5, 20, 0.9378531080092151, 0.06214689199078489],
  ])("chi-square(%s, df %s) matches SciPy", (x, df, cdf, sf) => {
    expect(chiSquareCdf(x, df)).toBeCloseTo(cdf, 12);
    expect(chiSquareSurvival(x, df)).toBeCloseTo(sf, 12);
  });
  it("keeps a tiny p-value instead of rounding it to 0", () => {
    // scipy.stats.chi2.sf(200, 2) = 3.7200759760208177e-44
    expect(chiSquareSurvival(200, 2) / 3.7200759760208177e-44).toBeCloseTo(1, 10);
  });
  it("treats negative statistics as the edge of the support", () => {
    expect(chiSquareCdf(-1, 2)).toBe(0);
    expect(chiSquareSurvival(-1, 2)).toBe(1);
    expect(() => chiSquareSurvival(1, 0)).toThrow(
      /chiSquareSurvival: df: expected a finite number > 0/,
    );
  });
});
