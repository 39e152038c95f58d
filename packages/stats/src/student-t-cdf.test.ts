import { describe, expect, it } from "vitest";
import { studentTCdf } from "./student-t-cdf";

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
      "studentTCdf: df: expected degrees of freedom, a finite number > 0, received Infinity",
    );
  });
});
