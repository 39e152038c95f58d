import { describe, expect, it } from "vitest";
import { REASON_EXAMPLES } from "./__fixtures__/reasons";
import { classifyContactReason } from "./classify-contact-reason";
import { trainContactReasons } from "./contact-reason-model";
import { tokenize } from "./tokenize";

describe("tokenize", () => {
  it("lower-cases words and digits and keeps inner apostrophes", () => {
    expect(tokenize("My card HASN’T arrived, 2 weeks!")).toEqual([
      "my",
      "card",
      "hasn't",
      "arrived",
      "2",
      "weeks",
    ]);
    expect(tokenize("  ...  ")).toEqual([]);
  });
});

describe("trainContactReasons and classifyContactReason", () => {
  it("computes TF-IDF as documented: idf = ln((1 + N) / (1 + df)) + 1", () => {
    const model = trainContactReasons(
      [
        { text: "card card late", reason: "a" },
        { text: "refund late", reason: "b" },
      ],
      { epochs: 1 },
    );
    // N = 2; "late" in both (df 2): ln(3/3) + 1 = 1; "card" in one: ln(3/2) + 1 = 1.405465
    expect(model.vocabulary).toEqual([
      "card",
      "card card",
      "card late",
      "late",
      "refund",
      "refund late",
    ]);
    expect(model.idf[3]).toBe(1);
    expect(model.idf[0]).toBeCloseTo(Math.log(1.5) + 1, 6);
    expect(model.reasons).toEqual(["a", "b"]);
  });

  it.each(["logistic", "naive-bayes"] as const)(
    "%s: learns the reasons, says which words decided, and is the same after JSON",
    (method) => {
      const model = trainContactReasons(REASON_EXAMPLES, { method, seed: 3 });
      const restored = JSON.parse(JSON.stringify(model));
      for (const [text, reason] of [
        ["my new card never arrived", "card_arrival"],
        ["I want my money back", "refund"],
        ["password reset for the app", "login"],
      ] as const) {
        const found = classifyContactReason(model, text, { threshold: 0 });
        expect(found.reason).toBe(reason);
        expect(classifyContactReason(restored, text, { threshold: 0 })).toEqual(found);
        expect(found.words.length).toBeGreaterThan(0);
        expect(found.probability).toBeGreaterThan(1 / 3);
      }
      expect(
        classifyContactReason(model, "card never arrived", { threshold: 0 }).words.map(
          (w) => w.term,
        ),
      ).toContain("arrived");
    },
  );

  it("is deterministic for a seed", () => {
    expect(trainContactReasons(REASON_EXAMPLES, { seed: 9 })).toEqual(
      trainContactReasons(REASON_EXAMPLES, { seed: 9 }),
    );
  });

  it('answers "unknown" below the threshold, with the best guess kept', () => {
    const model = trainContactReasons(REASON_EXAMPLES);
    // No known term: the prior, 1/3 for each of three balanced reasons.
    const found = classifyContactReason(model, "zebra xylophone", { threshold: 0.5 });
    expect(found.reason).toBe("unknown");
    expect(found.probability).toBeCloseTo(1 / 3, 1);
    expect(found.words).toEqual([]);
  });

  it("names bad input", () => {
    expect(() => trainContactReasons([{ text: "a", reason: "x" }])).toThrow(
      "trainContactReasons: examples: expected at least two reasons, received 1",
    );
    expect(() => trainContactReasons([{ text: "a", reason: "" }])).toThrow(RangeError);
    expect(() => classifyContactReason({} as never, "text")).toThrow(TypeError);
  });
});
