import { describe, expect, it } from "vitest";
import { linkageQuality } from "./linkage-quality";

describe("linkageQuality", () => {
  it("scores pairs and B-cubed by hand", () => {
    // Truth: {a, b, c} and {d, e}. Predicted: {a, b}, {c, d, e}.
    // Pairs predicted: ab, cd, ce, de = 4, correct ab and de = 2; true pairs ab, ac, bc, de = 4.
    // B-cubed precision: a 1, b 1, c 1/3, d 2/3, e 2/3 → 11/3 / 5 = 0.7333.
    // B-cubed recall: a 2/3, b 2/3, c 1/3, d 1, e 1 → 11/3 / 5 = 0.7333.
    const q = linkageQuality(
      [
        ["a", "b"],
        ["c", "d", "e"],
      ],
      { a: "1", b: "1", c: "1", d: "2", e: "2" },
    );
    expect(q.pairwise.precision).toMatchObject({ value: 50, successes: 2, n: 4 });
    expect(q.pairwise.recall).toMatchObject({ value: 50, successes: 2, n: 4 });
    expect(q.pairwise.f1).toBeCloseTo(0.5, 10);
    expect(q.bCubed.precision).toBeCloseTo(11 / 15, 10);
    expect(q.bCubed.recall).toBeCloseTo(11 / 15, 10);
    expect(q.bCubed.n).toBe(5);
  });

  it("is honest about nothing to score", () => {
    const q = linkageQuality([], {});
    expect(q.pairwise.precision.value).toBeNull();
    expect(q.pairwise.f1).toBeNull();
    expect(q.bCubed.precision).toBeNull();
  });

  it("rejects clusters the truth does not know", () => {
    expect(() => linkageQuality([["x"]], {})).toThrow(RangeError);
    expect(() => linkageQuality("x" as never, {})).toThrow(TypeError);
  });
});
