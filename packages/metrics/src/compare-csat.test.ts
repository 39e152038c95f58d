import { describe, expect, it } from "vitest";
import { compareCsat } from "./compare-csat";
import { csat, csatFromCounts } from "./csat";

describe("compareCsat", () => {
  it("gives Newcombe's interval and the pooled z test (hand calculation)", () => {
    // 90/100 vs 75/100. Wilson a: (0.825619, 0.944776), b: (0.657049, 0.821732).
    // Newcombe: lower = 0.15 − √((0.9 − 0.825619)² + (0.821732 − 0.75)²) = 0.044702
    //           upper = 0.15 + √((0.944776 − 0.9)² + (0.75 − 0.657049)²) = 0.253256
    // Pooled p = 165/200 = 0.825, se = √(0.825·0.175·(2/100)) = 0.053735, z = 2.791453,
    // p = 2·(1 − Φ(2.791453)) = 0.0052472
    const change = compareCsat(
      csatFromCounts({ good: 90, bad: 10 }, { scale: "binary" }),
      csatFromCounts({ good: 75, bad: 25 }, { scale: "binary" }),
    );
    expect(change.difference).toBeCloseTo(15, 12);
    expect(change.interval!.lower).toBeCloseTo(4.47021416440019, 8);
    expect(change.interval!.upper).toBeCloseTo(25.325567471113892, 8);
    expect(change.interval!.method).toBe("newcombe-wilson");
    expect(change.statistic).toBeCloseTo(2.791452631195413, 10);
    expect(change.pValue).toBeCloseTo(0.005247203739115636, 12);
    expect(change.significant).toBe(true);
  });

  it("compares five-point scores by their top-2-box shares", () => {
    const change = compareCsat(
      csat([5, 5, 4, 2], { scale: "five_point" }),
      csat([5, 1, 2, 2], { scale: "five_point" }),
    );
    expect(change.difference).toBe(50);
    expect(change.significant).toBe(false);
  });

  it("returns nulls for an empty side and no test without variation", () => {
    const empty = csatFromCounts({ good: 0, bad: 0 }, { scale: "binary" });
    const all = csatFromCounts({ good: 5, bad: 0 }, { scale: "binary" });
    expect(compareCsat(empty, all)).toMatchObject({ difference: null, pValue: null });
    const same = compareCsat(all, all);
    expect(same).toMatchObject({ difference: 0, statistic: null, significant: false });
    // Wilson for 5 of 5: upper 1, lower n/(n + z²) = 5/8.841459 = 0.565518; Newcombe with
    // d = 0: ∓√((1 − 0.565518)² + (1 − 1)²) = ∓0.434482.
    expect(same.interval!.lower).toBeCloseTo(-43.4482, 3);
    expect(same.interval!.upper).toBeCloseTo(43.4482, 3);
  });

  it("rejects scores of different scales", () => {
    expect(() =>
      compareCsat(csat(["good"], { scale: "binary" }), csat([5], { scale: "five_point" })),
    ).toThrow(
      new RangeError(
        'compareCsat: b.scale: expected the scale of a ("binary"), received "five_point"',
      ),
    );
  });
});
