import { describe, expect, it } from "vitest";
import { happiness, happinessFromCounts } from "./happiness";
import { createHappinessAccumulator, happinessAccumulatorFromJSON } from "./happiness-accumulator";

// Adjusted Wald (Rocks 2016) by hand, with SciPy for z:
//   n' = n + 3, p+ = (great + 0.75) / n', p- = (notGood + 0.75) / n', c = p+ - p-,
//   c ± norm.ppf(0.975) * sqrt((p+ + p- - c²) / n'), × 100.
describe("happiness", () => {
  it("is % Great − % Not good with the adjusted-Wald interval of NPS", () => {
    const score = happiness(["great", "great", "great", "okay", "not_good"]);
    expect(score).toMatchObject({ great: 3, okay: 1, notGood: 1, n: 5, value: 40 });
    // n' = 8: p+ = 3.75/8, p- = 1.75/8 → -29.782658786, 79.782658786
    expect(score.interval?.lower).toBeCloseTo(-29.782658786, 6);
    expect(score.interval?.upper).toBeCloseTo(79.782658786, 6);
    expect(score.interval?.method).toBe("adjusted-wald");
    expect(score.smallSample).toBe(true);
  });

  it("from counts: 70 Great, 20 Okay, 10 Not good", () => {
    const score = happinessFromCounts({ great: 70, okay: 20, notGood: 10 });
    expect(score.value).toBe(60);
    // n' = 103: p+ = 70.75/103, p- = 10.75/103 → 45.269760254, 71.235094115
    expect(score.interval?.lower).toBeCloseTo(45.269760254, 6);
    expect(score.interval?.upper).toBeCloseTo(71.235094115, 6);
  });

  it("has value null and no interval without answers, and names a wrong answer", () => {
    expect(happiness([])).toMatchObject({ value: null, n: 0, interval: null });
    expect(() => happiness(["great", "meh" as "okay"])).toThrow(
      new RangeError(
        'happiness: ratings[1]: expected "great", "okay" or "not_good", received "meh"',
      ),
    );
  });
});

describe("happiness accumulator", () => {
  it("merges to the same answer as one pass, and round-trips through JSON", () => {
    const all = ["great", "okay", "not_good", "great", "great"] as const;
    const a = createHappinessAccumulator().addAll(all.slice(0, 2));
    const b = createHappinessAccumulator().addAll(all.slice(2));
    const merged = createHappinessAccumulator().merge(b).merge(a).result();
    expect(merged).toEqual(happiness(all));
    const restored = happinessAccumulatorFromJSON(JSON.parse(JSON.stringify(a.merge(b))));
    expect(restored.result()).toEqual(happiness(all));
  });

  it("rejects wrong answers and malformed JSON", () => {
    expect(() => createHappinessAccumulator().add("bad" as "okay")).toThrow(RangeError);
    expect(() =>
      happinessAccumulatorFromJSON({ metric: "happiness", scale: "three_point", counts: [1, 2] }),
    ).toThrow("other.counts: expected an array of 3 whole numbers");
  });
});
