import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exitOrder } from "./exit-order";

describe("exitOrder", () => {
  it("orders by duration, ties in subject order (worked by hand)", () => {
    // durations 3, 1, 3, 0, 1, −0: the zeros (subjects 3 and 5) first, then the ones (1, 4),
    // then the threes (0, 2).
    expect(exitOrder([3, 1, 3, 0, 1, -0])).toEqual([3, 5, 1, 4, 0, 2]);
    expect(exitOrder([])).toEqual([]);
  });

  it("equals a stable sort with the comparator a − b (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 5, noNaN: true })),
          { maxLength: 200 },
        ),
        (durations) => {
          const sorted = durations.map((_, i) => i).sort((a, b) => durations[a]! - durations[b]!);
          expect(exitOrder(durations)).toEqual(sorted);
        },
      ),
    );
  });
});
