import { describe, expect, it } from "vitest";
import { rocAuc } from "./roc-auc";

describe("rocAuc", () => {
  it("counts concordant pairs, ties as ½", () => {
    // Pairs (positive, negative): (0.9, 0.8) ✓, (0.9, 0.1) ✓, (0.3, 0.8) ✗, (0.3, 0.1) ✓ → 3/4.
    expect(rocAuc([0.9, 0.8, 0.3, 0.1], [true, false, true, false])).toEqual({
      value: 0.75,
      n: 4,
      positives: 2,
      negatives: 2,
    });
    // One positive at 0.5 tied with one of two negatives, above the other: (½ + 1)/2 = 0.75.
    expect(rocAuc([0.5, 0.5, 0.2], [true, false, false]).value).toBe(0.75);
    expect(rocAuc([1, 2, 3], [false, false, true]).value).toBe(1);
    expect(rocAuc([1, 2, 3], [true, false, false]).value).toBe(0);
  });
  it("is null without both classes, and rejects mismatched lengths", () => {
    expect(rocAuc([], []).value).toBeNull();
    expect(rocAuc([1, 2], [true, true]).value).toBeNull();
    expect(() => rocAuc([1], [])).toThrow(
      "rocAuc: labels: expected an array of 1, one label per score, received an array of 0",
    );
    expect(() => rocAuc([0.2, Number.NaN], [true, false])).toThrow(
      "rocAuc: scores[1]: expected a finite number, received NaN",
    );
  });
});
