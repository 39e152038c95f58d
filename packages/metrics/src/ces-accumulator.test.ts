import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ces } from "./ces";
import { cesAccumulatorFromJSON, createCesAccumulator } from "./ces-accumulator";

const answers = fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 300 });

describe("createCesAccumulator", () => {
  it("gives exactly the one-pass mean, sd and interval for any split (property)", () => {
    fc.assert(
      fc.property(answers, fc.array(fc.nat(300), { maxLength: 6 }), (scores, cuts) => {
        const bounds = [
          0,
          ...cuts.map((c) => Math.min(c, scores.length)).sort((a, b) => a - b),
          scores.length,
        ];
        const merged = createCesAccumulator();
        for (let i = 0; i + 1 < bounds.length; i++) {
          merged.merge(createCesAccumulator().addAll(scores.slice(bounds[i], bounds[i + 1])));
        }
        // toEqual on numbers is exact: the histogram makes mean and variance split-invariant.
        expect(merged.result()).toEqual(ces(scores));
      }),
    );
  });

  it("merges associatively and commutatively (property)", () => {
    fc.assert(
      fc.property(answers, answers, answers, (a, b, c) => {
        const of = (scores: number[]) => createCesAccumulator().addAll(scores);
        expect(of(a).merge(of(b)).merge(of(c)).result()).toEqual(
          of(c)
            .merge(of(a).merge(of(b)))
            .result(),
        );
      }),
    );
  });

  it("round-trips through JSON and keeps its scale", () => {
    const accumulator = createCesAccumulator({ scale: "five_point" }).addAll([5, 4, 3]);
    const json = JSON.parse(JSON.stringify(accumulator));
    expect(json).toEqual({ metric: "ces", scale: "five_point", counts: [0, 0, 1, 1, 1] });
    const restored = cesAccumulatorFromJSON(json);
    expect(restored.scale).toBe("five_point");
    expect(restored.result()).toEqual(accumulator.result());
    expect(restored.result({ level: 0.9 }).interval!.level).toBe(0.9);
  });

  it("rejects off-scale answers, mixed scales and a bad scale", () => {
    expect(() => createCesAccumulator().add(8)).toThrow(
      "CesAccumulator.add: score: expected an integer from 1 to 7 on the seven_point scale, received 8",
    );
    expect(() => createCesAccumulator({ scale: "five_point" }).add(6)).toThrow(/received 6/);
    expect(() =>
      createCesAccumulator().merge(createCesAccumulator({ scale: "five_point" })),
    ).toThrow('CesAccumulator.merge: other.scale: expected "seven_point", received "five_point"');
    expect(() => createCesAccumulator({ scale: "ten" as "five_point" })).toThrow(/received "ten"/);
    // A name Object.prototype has is no scale either.
    expect(() => createCesAccumulator({ scale: "toString" as "five_point" })).toThrow(
      'createCesAccumulator: options.scale: expected one of "seven_point" | "five_point", received "toString"',
    );
    expect(() =>
      cesAccumulatorFromJSON({ metric: "ces", scale: "constructor", counts: [] }),
    ).toThrow('other.scale: expected one of "seven_point" | "five_point", received "constructor"');
  });
});
