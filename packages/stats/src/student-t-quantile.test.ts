import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalQuantile } from "./normal-quantile";
import { studentTCdf } from "./student-t-cdf";
import { studentTQuantile } from "./student-t-quantile";

describe("studentTQuantile", () => {
  // Printed t tables (e.g. Fisher & Yates; NIST/SEMATECH e-Handbook 1.3.6.7.2), 6 digits.
  it.each([
    [0.975, 9, 2.262157],
    [0.975, 1, 12.7062],
    [0.975, 2, 4.302653],
    [0.975, 30, 2.042272],
    [0.95, 10, 1.812461],
    [0.995, 30, 2.749996],
    [0.975, 120, 1.97993],
  ])("t(%d, %d) = %d as tabulated", (p, df, expected) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(expected, 4);
  });

  it.each([
    [0.975, 9, 2.262157162798205],
    [0.995, 4, 4.604094871349992],
    [0.9995, 3, 12.923978636687961],
    [0.999999, 5, 24.771029720372493],
    [0.975, 2.5, 3.5746548420036817],
    [0.975, 1000, 1.9623390808264083],
  ])("t(%d, %d) = %d to 1e-12 (scipy.stats.t.ppf)", (p, df, expected) => {
    expect(Math.abs(studentTQuantile(p, df) / expected - 1)).toBeLessThan(1e-12);
  });

  // Reference values from R 4 (`qt(p, df)`, printed with 17 digits); SciPy 1.10's
  // scipy.stats.t.ppf agrees to about 1e-10 (it is the less precise of the two here, e.g.
  // t.ppf(0.975, 1) = 12.706204736432095 against the exact cot(π/40) = 12.7062047361747).
  it.each([
    [0.975, 0.5, 164.55767348049446], // qt(0.975, 0.5)
    [0.025, 0.5, -164.55767348049446], // qt(0.025, 0.5)
    [0.9, 0.5, 10.270324410234281], // qt(0.9, 0.5)
    [0.75, 0.5, 1.5537739740300793], // qt(0.75, 0.5)
    [1e-10, 0.5, -1.0284911563163566e19], // qt(1e-10, 0.5)
    [0.975, 0.2, 768848.47970124753], // qt(0.975, 0.2)
    [0.1, 0.2, -750.82852081128794], // qt(0.1, 0.2)
    [0.999, 0.2, 7508285934584.1035], // qt(0.999, 0.2)
    [0.6, 0.2, 0.65836297330767479], // qt(0.6, 0.2)
    [0.975, 1.5, 6.0166631044279288], // qt(0.975, 1.5)
    [1e-10, 3, -2225.7692846830946], // qt(1e-10, 3)
  ])("below and near one degree of freedom: t(%d, %d) = %d (R qt)", (p, df, expected) => {
    expect(Math.abs(studentTQuantile(p, df) / expected - 1)).toBeLessThan(1e-12);
  });

  it("has the sign of p − ½ below one degree of freedom", () => {
    for (const df of [0.05, 0.2, 0.5, 0.9]) {
      expect(studentTQuantile(0.7, df)).toBeGreaterThan(0);
      expect(studentTQuantile(0.3, df)).toBeLessThan(0);
      expect(studentTQuantile(0.25, df)).toBe(-studentTQuantile(0.75, df)); // 1 − 0.75 is exact
    }
  });

  it("keeps every digit in the Cauchy tails (df = 1)", () => {
    // qt(1e-10, 1) = -3183098861.8379064 (R)
    expect(Math.abs(studentTQuantile(1e-10, 1) / -3183098861.8379064 - 1)).toBeLessThan(1e-15);
    // 1 − 1e-10 as a double is 1 − 1.00000008274037e-10, hence not the mirror image:
    // qt(1 - 1e-10, 1) = 3183098598.4671478 (R)
    expect(Math.abs(studentTQuantile(1 - 1e-10, 1) / 3183098598.4671478 - 1)).toBeLessThan(1e-15);
    // qt(0.975, 1) = 12.706204736174694 (R) = cot(π/40)
    expect(Math.abs(studentTQuantile(0.975, 1) / 12.706204736174694 - 1)).toBeLessThan(1e-15);
  });

  it("tends to the normal quantile as df grows", () => {
    // scipy: t.ppf(0.975, 1e6) = 1.959966356814107
    expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(1.959966356814107, 13);
    expect(studentTQuantile(0.975, 1e12)).toBeCloseTo(normalQuantile(0.975), 11);
  });

  it("keeps its precision beyond 100,000 degrees of freedom (scipy.stats.t)", () => {
    expect(studentTCdf(-2, 1e6)).toBeCloseTo(0.02275026692565962, 15);
    expect(Math.abs(studentTCdf(-5, 1e8) / 2.866520550633632e-7 - 1)).toBeLessThan(1e-12);
    expect(studentTQuantile(0.975, 1e10)).toBeCloseTo(1.959963984777281, 13);
    // Either side of the switch at 1e5 agrees.
    expect(studentTCdf(-2.5, 1e5)).toBeCloseTo(studentTCdf(-2.5, 100_001), 9);
  });

  it("uses the closed forms for df = 1 (Cauchy) and df = 2", () => {
    expect(studentTQuantile(0.75, 1)).toBeCloseTo(1, 14); // tan(π/4)
    // df = 2: t = (2p − 1) / √(2p(1 − p)); p = 0.9 → 0.8 / √0.18
    expect(studentTQuantile(0.9, 2)).toBeCloseTo(0.8 / Math.sqrt(0.18), 14);
  });

  it("is antisymmetric, 0 at the median and ±∞ at the ends", () => {
    expect(studentTQuantile(0.025, 9)).toBeCloseTo(-2.262157162798205, 12);
    expect(studentTQuantile(0.5, 7)).toBe(0);
    expect(studentTQuantile(0, 7)).toBe(Number.NEGATIVE_INFINITY);
    expect(studentTQuantile(1, 7)).toBe(Number.POSITIVE_INFINITY);
  });

  it("inverts the CDF (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: 0.1, max: 500, noNaN: true }),
        (p, df) => {
          expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 10);
        },
      ),
    );
  });

  it("rejects bad arguments", () => {
    expect(() => studentTQuantile(0.5, 0)).toThrow(
      new RangeError(
        "studentTQuantile: df: expected degrees of freedom, a finite number > 0, received 0",
      ),
    );
    expect(() => studentTQuantile(2, 5)).toThrow(
      new RangeError("studentTQuantile: p: expected a probability from 0 to 1, received 2"),
    );
    expect(() => studentTQuantile("0.5" as unknown as number, 5)).toThrow(TypeError);
  });
});
