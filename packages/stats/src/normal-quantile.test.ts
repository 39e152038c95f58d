import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalCdf } from "./normal-cdf";
import { normalQuantile } from "./normal-quantile";

// Reference values: R's qnorm()/pnorm() and Python's math.erfc (both double precision,
// independent implementations: Wichura's AS 241 and the C library's erfc).
describe("normalQuantile", () => {
  it.each([
    [0.975, 1.959963984540054],
    [0.995, 2.5758293035489004],
    [0.9, 1.2815515655446004],
    [0.025, -1.959963984540054],
    [1e-10, -6.361340902404056],
    [1e-300, -37.0470962993612],
  ])("normalQuantile(%d) = %d (qnorm)", (p, expected) => {
    expect(normalQuantile(p)).toBeCloseTo(expected, 13);
  });

  it("keeps full relative precision near p = 1 (1 − p is exact there)", () => {
    // qnorm(1 - 1e-12) = 7.034486910047835 (mpmath, 40 digits)
    expect(normalQuantile(1 - 1e-12)).toBeCloseTo(7.034486910047835, 12);
  });

  it("is 0 at the median and ±∞ at 0 and 1", () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
  });

  it("stays finite for the smallest positive double", () => {
    const z = normalQuantile(Number.MIN_VALUE);
    expect(Number.isFinite(z)).toBe(true);
    expect(z).toBeCloseTo(-38.4674, 3);
  });

  it("rejects p outside [0, 1] with the value in the message", () => {
    expect(() => normalQuantile(1.5)).toThrow(
      new RangeError("normalQuantile: p: expected a probability from 0 to 1, received 1.5"),
    );
    expect(() => normalQuantile("0.5" as unknown as number)).toThrow(TypeError);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
  });

  it("is antisymmetric and inverts the CDF (property)", () => {
    fc.assert(
      // From 1e-6 on, rounding 1 − p moves the quantile by less than 1e-9.
      fc.property(fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), (p) => {
        expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 9);
        expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 12);
      }),
    );
  });
});
