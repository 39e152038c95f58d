import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { probabilityAlive } from "./probability-alive";

const cdnow = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };

describe("probabilityAlive", () => {
  it("is 1 for a customer with no repeat purchase", () => {
    expect(probabilityAlive(cdnow, { frequency: 0, recency: 0, T: 38.86 })).toBe(1);
  });

  it("matches eq. 13 worked by hand for CDNOW customer 1 (x = 2, tₓ = 30.43, T = 38.86)", () => {
    // a/(b+x−1) = 0.7929/3.4258 = 0.231450; ((α+T)/(α+tₓ))^(r+x) = (43.2735/34.8435)^2.2426
    // = 1.241939^2.2426 = 1.62627; P = 1/(1 + 0.231450·1.62627) = 0.72658.
    expect(probabilityAlive(cdnow, { frequency: 2, recency: 30.43, T: 38.86 })).toBeCloseTo(
      0.72658,
      4,
    );
  });

  it("rejects bad parameters and impossible histories, naming the field", () => {
    const ok = { frequency: 2, recency: 5, T: 10 };
    expect(() => probabilityAlive({ ...cdnow, a: 0 }, ok)).toThrow(
      "probabilityAlive: params.a: expected a finite number > 0, received 0",
    );
    expect(() => probabilityAlive(cdnow, { ...ok, frequency: -1 })).toThrow(
      "probabilityAlive: customer.frequency: expected a whole number ≥ 0, received -1",
    );
    expect(() => probabilityAlive(cdnow, { ...ok, recency: 20 })).toThrow(
      "probabilityAlive: customer.T: expected a finite number ≥ recency (20), received 10",
    );
    expect(() => probabilityAlive(cdnow, { ...ok, recency: Number.NaN })).toThrow(/received NaN/);
  });

  it("is stable for frequencies of 200 and more", () => {
    const recent = probabilityAlive(cdnow, { frequency: 250, recency: 38.8, T: 38.86 });
    const lapsed = probabilityAlive(cdnow, { frequency: 250, recency: 20, T: 38.86 });
    // Odds in logs: ln(a/(b+249)) + 250.2426·ln(43.2735/24.4135) = −5.7592 + 143.240 → P ≈ e^−137.48.
    const logOdds =
      Math.log(0.7929 / (2.4258 + 249)) + 250.2426 * Math.log((4.4135 + 38.86) / (4.4135 + 20));
    expect(Math.log(lapsed)).toBeCloseTo(-logOdds, 6);
    expect(lapsed).toBeGreaterThan(0);
    expect(recent).toBeGreaterThan(0.9);
  });

  it("forms the odds in logs where a/(b+x−1) · ((α+T)/(α+tₓ))^(r+x) overflows", () => {
    // (r+x)·ln(1+T) = 300.5·ln(10.6908…) = 712 > ln(max double) ≈ 709.78, but the odds'
    // log, ln(0.5/300) + 712 = 705.603, is in range: P = 1/(1 + e^705.603) = 3.6348e-307.
    // mpmath at 40 digits gives 3.6347967851994026844e-307 (written below as the nearest double):
    // 1/(1+exp(log(mpf('0.5')/300) + mpf('300.5')*log(1+T))).
    const p = probabilityAlive(
      { r: 0.5, alpha: 1, a: 0.5, b: 1 },
      { frequency: 300, recency: 0, T: 9.690808561928783 },
    );
    expect(Math.abs(p - 3.634796785199403e-307)).toBeLessThan(1e-12 * 3.6348e-307);
  });

  it("is a probability and never falls as the last purchase gets more recent", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (x, u, v) => {
          const T = 50;
          const [early, late] = [Math.min(u, v) * T, Math.max(u, v) * T];
          const pEarly = probabilityAlive(cdnow, { frequency: x, recency: early, T });
          const pLate = probabilityAlive(cdnow, { frequency: x, recency: late, T });
          expect(pEarly).toBeGreaterThanOrEqual(0);
          expect(pLate).toBeLessThanOrEqual(1);
          expect(pLate).toBeGreaterThanOrEqual(pEarly);
        },
      ),
    );
  });

  it("equals eq. 13 formed wholly in logs to 1e-12 relative, on random parameters and histories", () => {
    // The earlier form of the computation: the odds' log, ln(a/(b+x−1)) + (r+x)·ln((α+T)/(α+tₓ)).
    const inLogs = (p: typeof cdnow, x: number, recency: number, T: number) =>
      x === 0
        ? 1
        : 1 /
          (1 +
            Math.exp(
              Math.log(p.a / (p.b + x - 1)) +
                (p.r + x) * Math.log((p.alpha + T) / (p.alpha + recency)),
            ));
    const positive = fc.double({ min: 0.01, max: 50, noNaN: true });
    fc.assert(
      fc.property(
        fc.record({ r: positive, alpha: positive, a: positive, b: positive }),
        fc.integer({ min: 0, max: 400 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.1, max: 200, noNaN: true }),
        (p, x, u, T) => {
          const recency = u * T;
          const expected = inLogs(p, x, recency, T);
          const actual = probabilityAlive(p, { frequency: x, recency, T });
          // Below the smallest normal double the relative error of either form is meaningless.
          if (expected < 1e-300) expect(actual).toBeLessThan(1e-290);
          else expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-12 * expected);
        },
      ),
      { numRuns: 400 },
    );
  });
});
