import { describe, expect, it } from "vitest";
import { digamma } from "./digamma";

describe("digamma", () => {
  it("matches SciPy to 14 significant digits", () => {
    // python3 -c "from scipy.special import digamma; print([digamma(v) for v in (1e-8, 0.1, 0.5, 1, 2.5, 6, 10, 123.456, 1e6)])"
    const cases: [number, number][] = [
      [1e-8, -100000000.57721564],
      [0.1, -10.423754940411076],
      [0.5, -1.9635100260214235],
      [1, -0.5772156649015329],
      [2.5, 0.7031566406452432],
      [6, 1.7061176684318005],
      [10, 2.251752589066721],
      [123.456, 4.811829323828985],
      [1e6, 13.81551005796419],
    ];
    for (const [x, expected] of cases) {
      expect(Math.abs(digamma(x) - expected) / Math.abs(expected)).toBeLessThan(1e-14);
    }
  });

  it("obeys the recurrence ψ(x + 1) = ψ(x) + 1/x across the switch to the series", () => {
    for (const x of [0.3, 4.7, 9.5, 9.999]) {
      expect(digamma(x + 1) - digamma(x)).toBeCloseTo(1 / x, 13);
    }
  });

  it("rejects arguments outside its domain", () => {
    expect(() => digamma(0)).toThrow("digamma: x: expected a finite number > 0, received 0");
    expect(() => digamma(Number.NaN)).toThrow(RangeError);
    expect(() => digamma("1" as never)).toThrow(TypeError);
  });
});
