import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nps } from "./nps";
import {
  createNpsAccumulator,
  type NpsAccumulator,
  npsAccumulatorFromJSON,
} from "./nps-accumulator";

const answers = fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 200 });
const of = (scores: number[]): NpsAccumulator => createNpsAccumulator().addAll(scores);

describe("createNpsAccumulator", () => {
  it("gives the one-pass result", () => {
    const accumulator = createNpsAccumulator();
    for (const score of [10, 9, 8, 3]) accumulator.add(score);
    expect(accumulator.result()).toEqual(nps([10, 9, 8, 3]));
    expect(accumulator.result({ level: 0.9 }).interval!.level).toBe(0.9);
    expect(createNpsAccumulator().result().value).toBeNull();
  });

  it("equals one pass for any split of the data (property)", () => {
    fc.assert(
      fc.property(answers, fc.array(fc.nat(200), { maxLength: 5 }), (scores, cuts) => {
        const bounds = [
          0,
          ...cuts.map((c) => Math.min(c, scores.length)).sort((a, b) => a - b),
          scores.length,
        ];
        const merged = createNpsAccumulator();
        for (let i = 0; i + 1 < bounds.length; i++)
          merged.merge(of(scores.slice(bounds[i], bounds[i + 1])));
        expect(merged.result()).toEqual(nps(scores));
      }),
    );
  });

  it("merges associatively and commutatively, without changing the other (property)", () => {
    fc.assert(
      fc.property(answers, answers, answers, (a, b, c) => {
        const left = of(a).merge(of(b)).merge(of(c)).result();
        const right = of(a)
          .merge(of(b).merge(of(c)))
          .result();
        expect(left).toEqual(right);
        expect(of(a).merge(of(b)).result()).toEqual(of(b).merge(of(a)).result());
        const other = of(b);
        const before = other.toJSON();
        of(a).merge(other);
        expect(other.toJSON()).toEqual(before);
      }),
    );
  });

  it("round-trips through JSON and merges JSON forms", () => {
    const accumulator = of([10, 9, 2, 7]);
    const json = JSON.parse(JSON.stringify(accumulator));
    expect(json).toEqual({
      metric: "nps",
      scale: "zero_to_ten",
      counts: [0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 1],
    });
    expect(npsAccumulatorFromJSON(json).result()).toEqual(accumulator.result());
    expect(of([10]).merge(json).result().n).toBe(5);
  });

  it("rejects bad answers and bad JSON, naming the field", () => {
    expect(() => createNpsAccumulator().add(11)).toThrow(
      "NpsAccumulator.add: score: expected an integer from 0 to 10, received 11",
    );
    expect(() => npsAccumulatorFromJSON(null)).toThrow(
      /expected an accumulator or its JSON, received null/,
    );
    expect(() => npsAccumulatorFromJSON({ metric: "csat", scale: "binary", counts: [] })).toThrow(
      /other.metric: expected "nps", received "csat"/,
    );
    expect(() => npsAccumulatorFromJSON({ metric: "nps", scale: "x", counts: [] })).toThrow(
      /other.scale: expected "zero_to_ten", received "x"/,
    );
    expect(() =>
      npsAccumulatorFromJSON({ metric: "nps", scale: "zero_to_ten", counts: [1] }),
    ).toThrow(/other.counts: expected an array of 11 whole numbers/);
    const counts = [0, 0, 0, 0, 0, 0, 0, 0, 0, -1, 0];
    expect(() => npsAccumulatorFromJSON({ metric: "nps", scale: "zero_to_ten", counts })).toThrow(
      "npsAccumulatorFromJSON: other.counts[9]: expected a whole number ≥ 0, received -1",
    );
    expect(() => createNpsAccumulator().merge({ metric: "ces" } as never)).toThrow(
      /NpsAccumulator.merge: other.metric: expected "nps", received "ces"/,
    );
  });
});
