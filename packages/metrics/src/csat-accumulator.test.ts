import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csat } from "./csat";
import { createCsatAccumulator, csatAccumulatorFromJSON } from "./csat-accumulator";

describe("createCsatAccumulator", () => {
  it("binary: merges to the one-pass result for any split (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("good" as const, "bad" as const), { maxLength: 200 }),
        fc.nat(200),
        (answers, cut) => {
          const a = createCsatAccumulator({ scale: "binary" }).addAll(answers.slice(0, cut));
          const b = createCsatAccumulator({ scale: "binary" }).addAll(answers.slice(cut));
          const expected = csat(answers, { scale: "binary" });
          expect(a.merge(b).result()).toEqual(expected);
          const c = createCsatAccumulator({ scale: "binary" }).addAll(answers.slice(cut));
          const d = createCsatAccumulator({ scale: "binary" }).addAll(answers.slice(0, cut));
          expect(c.merge(d).result()).toEqual(expected);
        },
      ),
    );
  });

  it("five-point: merges exactly, mean included (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 200 }),
        fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 200 }),
        fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 200 }),
        (x, y, z) => {
          const of = (answers: number[]) =>
            createCsatAccumulator({ scale: "five_point" }).addAll(answers);
          const left = of(x).merge(of(y)).merge(of(z)).result();
          const right = of(x)
            .merge(of(y).merge(of(z)))
            .result();
          expect(left).toEqual(right);
          expect(left).toEqual(csat([...x, ...y, ...z], { scale: "five_point" }));
        },
      ),
    );
  });

  it("round-trips through JSON", () => {
    const accumulator = createCsatAccumulator({ scale: "five_point" }).addAll([5, 4, 1]);
    const json = JSON.parse(JSON.stringify(accumulator));
    expect(json).toEqual({ metric: "csat", scale: "five_point", counts: [1, 0, 0, 1, 1] });
    expect(csatAccumulatorFromJSON(json).result()).toEqual(accumulator.result());
    const binary = csatAccumulatorFromJSON({ metric: "csat", scale: "binary", counts: [9, 1] });
    expect(binary.result()).toMatchObject({ value: 90, scale: "binary" });
    expect(binary.scale).toBe("binary");
  });

  it("rejects off-scale answers, mixed scales and a bad scale", () => {
    expect(() => createCsatAccumulator({ scale: "binary" }).add("meh" as "good")).toThrow(
      'CsatAccumulator.add: score: expected one of "good" | "bad" on the binary scale, received "meh"',
    );
    expect(() => createCsatAccumulator({ scale: "five_point" }).add(0)).toThrow(
      /an integer from 1 to 5 on the five_point scale, received 0/,
    );
    const binary = createCsatAccumulator({ scale: "binary" });
    const five = createCsatAccumulator({ scale: "five_point" });
    expect(() => binary.merge(five as never)).toThrow(
      'CsatAccumulator.merge: other.scale: expected "binary", received "five_point"',
    );
    expect(() => createCsatAccumulator({ scale: "x" as "binary" })).toThrow(/received "x"/);
    // Found on Object.prototype, but no scale: rejected at once, by the right function.
    expect(() => createCsatAccumulator({ scale: "toString" as "binary" })).toThrow(
      'createCsatAccumulator: options.scale: expected one of "binary" | "five_point", received "toString"',
    );
  });
});
