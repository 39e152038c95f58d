import { describe, expect, it } from "vitest";
import { adjustPValues } from "./adjust-p-values";

describe("adjustPValues, against R's p.adjust", () => {
  // p <- c(0.01, 0.04, 0.03, 0.005, 0.5, NA, 0.04)
  const p = [0.01, 0.04, 0.03, 0.005, 0.5, null, 0.04];
  const close = (actual: (number | null)[], expected: (number | null)[]) => {
    expect(actual.map((x) => x === null)).toEqual(expected.map((x) => x === null));
    actual.forEach((x, i) => {
      if (x !== null) expect(x).toBeCloseTo(expected[i]!, 14);
    });
  };
  it("Holm: p.adjust(p, 'holm')", () => {
    close(adjustPValues(p, "holm"), [0.05, 0.12, 0.12, 0.03, 0.5, null, 0.12]);
  });
  it("Benjamini-Hochberg: p.adjust(p, 'BH')", () => {
    close(adjustPValues(p, "benjamini-hochberg"), [0.03, 0.048, 0.048, 0.03, 0.5, null, 0.048]);
  });
  it("Bonferroni: p.adjust(p, 'bonferroni'), capped at 1", () => {
    close(adjustPValues(p, "bonferroni"), [0.06, 0.24, 0.18, 0.03, 1, null, 0.24]);
  });
  it("the TSDoc example, worked by hand", () => {
    // Holm on (0.005, 0.01, 0.03, 0.04): 4·0.005, 3·0.01, max(0.03, 2·0.03), max(0.06, 0.04).
    close(adjustPValues([0.01, 0.04, 0.03, 0.005], "holm"), [0.03, 0.06, 0.06, 0.02]);
    // BH: 0.04·4/4, 0.03·4/3 = 0.04, 0.01·4/2 = 0.02, min(0.005·4, 0.02).
    close(adjustPValues([0.01, 0.04, 0.03, 0.005], "benjamini-hochberg"), [0.02, 0.04, 0.04, 0.02]);
  });
  it("returns a copy for 'none' and for no p-values, and leaves the input alone", () => {
    const input = [0.2, null];
    expect(adjustPValues(input, "none")).toEqual([0.2, null]);
    expect(adjustPValues([null], "holm")).toEqual([null]);
    expect(adjustPValues([], "benjamini-hochberg")).toEqual([]);
    adjustPValues(input, "holm");
    expect(input).toEqual([0.2, null]);
  });
  it("rejects bad input, naming it", () => {
    expect(() => adjustPValues([0.2, 1.5], "holm")).toThrow(
      new RangeError("adjustPValues: pValues[1]: expected a number from 0 to 1, received 1.5"),
    );
    expect(() => adjustPValues([Number.NaN], "holm")).toThrow(RangeError);
    expect(() => adjustPValues(["0.2" as never], "holm")).toThrow(TypeError);
    expect(() => adjustPValues([0.2], "BH" as never)).toThrow(/expected one of "holm"/);
  });
});
