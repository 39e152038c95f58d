import { describe, expect, it } from "vitest";
import { responseRate } from "./response-rate";

describe("responseRate", () => {
  it("is received ÷ sent in percent with a Wilson interval", () => {
    const rate = responseRate(400, 92);
    // 92/400 = 23 %. Wilson: centre = (92 + 1.920729)/(403.841459) = 0.232568,
    // half = 1.959964·√(400·0.23·0.77 + 0.960365)/403.841459 = 0.041124 → (19.1444, 27.3693) %
    expect(rate).toMatchObject({ value: 23, successes: 92, n: 400, smallSample: false });
    expect(rate.interval!.lower).toBeCloseTo(19.144383051896455, 9);
    expect(rate.interval!.upper).toBeCloseTo(27.369280842155565, 9);
  });

  it("gives value null when nothing was sent", () => {
    expect(responseRate(0, 0)).toEqual({
      value: null,
      successes: 0,
      n: 0,
      interval: null,
      smallSample: true,
    });
  });

  it("rejects impossible counts", () => {
    expect(() => responseRate(10, 11)).toThrow(
      "responseRate: received: expected a whole number from 0 to sent (10), received 11",
    );
    expect(() => responseRate(-1, 0)).toThrow(/sent: expected a whole number ≥ 0, received -1/);
    expect(() => responseRate(10, 2, { level: 0 })).toThrow(/level.*received 0/);
  });
});
