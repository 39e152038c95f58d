import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalQuantile } from "./normal-quantile";
import { studentTCdf, studentTQuantile } from "./student-t";

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
        fc.double({ min: 0.5, max: 500, noNaN: true }),
        (p, df) => {
          expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 10);
        },
      ),
    );
  });

  it("rejects bad arguments", () => {
    expect(() => studentTQuantile(0.5, 0)).toThrow(
      /degrees of freedom df > 0 and finite, received 0/,
    );
    expect(() => studentTQuantile(2, 5)).toThrow(/expected p in \[0, 1\], received 2/);
  });
});

describe("studentTCdf", () => {
  it("matches scipy.stats.t.cdf", () => {
    expect(studentTCdf(-1.5, 4)).toBeCloseTo(0.104, 14); // exact: 0.104
    expect(studentTCdf(3, 7)).toBeCloseTo(0.9900289369340037, 14);
    expect(studentTCdf(0, 3)).toBe(0.5);
    expect(studentTCdf(Number.POSITIVE_INFINITY, 3)).toBe(1);
    expect(studentTCdf(Number.NEGATIVE_INFINITY, 3)).toBe(0);
  });

  it("rejects NaN and bad df", () => {
    expect(() => studentTCdf(Number.NaN, 3)).toThrow(/received NaN/);
    expect(() => studentTCdf(1, -1)).toThrow(/received -1/);
    expect(() => studentTCdf(1, Number.POSITIVE_INFINITY)).toThrow(
      "studentTCdf: expected degrees of freedom df > 0 and finite, received Infinity",
    );
  });
});
