import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csat, csatFromCounts } from "./csat";

describe("csat (binary)", () => {
  it("is good ÷ (good + bad), as Zendesk computes it, with a Wilson interval", () => {
    const answers = [...new Array<"good">(45).fill("good"), ...new Array<"bad">(5).fill("bad")];
    const score = csat(answers, { scale: "binary" });
    // 45 / 50 = 90 %. Wilson (z = 1.959964): centre = (45 + 1.920729)/(50 + 3.841459)
    // = 0.871462, half = z·√(50·0.9·0.1 + 0.960365)/53.841459 = 1.959964·2.336743/53.841459
    // = 0.085063 → (78.6399, 95.6525) %
    expect(score).toMatchObject({ scale: "binary", value: 90, n: 50, successes: 45 });
    expect(score.counts).toEqual({ good: 45, bad: 5 });
    expect(score.interval!.lower).toBeCloseTo(78.63976856252035, 9);
    expect(score.interval!.upper).toBeCloseTo(95.65242350681096, 9);
    expect(score.interval!.method).toBe("wilson");
    expect(score.smallSample).toBe(false);
  });

  it("gives value null and no interval for no answers", () => {
    expect(csat([], { scale: "binary" })).toMatchObject({ value: null, n: 0, interval: null });
  });

  it("handles n = 1 and all good", () => {
    const one = csat(["good"], { scale: "binary" });
    expect(one.value).toBe(100);
    expect(one.interval!.upper).toBe(100);
    expect(one.smallSample).toBe(true);
  });

  it('rejects anything but "good" and "bad", e.g. Zendesk\'s "offered"', () => {
    expect(() => csat(["good", "offered" as "good"], { scale: "binary" })).toThrow(
      'csat: scores[1]: expected one of "good" | "bad" on the binary scale, received "offered"',
    );
  });
});

describe("csat (five_point)", () => {
  it("is the top-2-box share with the mean and its Student-t interval", () => {
    const score = csat([5, 4, 4, 2, 1], { scale: "five_point" });
    // 3 of 5 answered 4-5 → 60 %. Mean = 16/5 = 3.2; s² = (1.8² + 0.8² + 0.8² + 1.2² + 2.2²)/4
    // = 10.8/4 = 2.7, s = 1.643168; t(0.975, 4) = 2.776445; half = 2.776445·1.643168/√5
    // = 2.040262 → (1.159738, 5.240262), clamped to the scale: (1.159738, 5)
    expect(score).toMatchObject({ scale: "five_point", value: 60, n: 5, successes: 3, mean: 3.2 });
    expect(score.counts).toEqual([1, 1, 0, 2, 1]);
    expect(score.meanInterval!.lower).toBeCloseTo(1.159738, 5);
    expect(score.meanInterval!.upper).toBe(5);
    expect(score.meanInterval!.method).toBe("student-t");
    expect(score.interval!.method).toBe("wilson");
  });

  it("has no mean interval for n = 1 and nothing for n = 0", () => {
    expect(csat([4], { scale: "five_point" })).toMatchObject({
      mean: 4,
      meanInterval: null,
      value: 100,
    });
    expect(csat([], { scale: "five_point" })).toMatchObject({
      mean: null,
      meanInterval: null,
      value: null,
    });
  });

  it("rejects answers off the scale or not integers", () => {
    expect(() => csat([5, 6], { scale: "five_point" })).toThrow(
      "csat: scores[1]: expected an integer from 1 to 5 on the five_point scale, received 6",
    );
    expect(() => csat([0], { scale: "five_point" })).toThrow(/received 0/);
    expect(() => csat([3.5], { scale: "five_point" })).toThrow(/received 3.5/);
  });

  it("rejects a missing or unknown scale", () => {
    expect(() => csat([5], { scale: "ten_point" as "five_point" })).toThrow(
      'csat: options.scale: expected one of "binary" | "five_point", received "ten_point"',
    );
    expect(() => csat([5], undefined as unknown as { scale: "five_point" })).toThrow(
      new TypeError(
        'csat: options.scale: expected one of "binary" | "five_point", received nothing (the field is missing)',
      ),
    );
  });
});

describe("csatFromCounts", () => {
  it("equals csat over the same answers (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 200 }), (answers) => {
        const counts = [1, 2, 3, 4, 5].map((k) => answers.filter((a) => a === k).length);
        expect(csatFromCounts(counts, { scale: "five_point" })).toEqual(
          csat(answers, { scale: "five_point" }),
        );
      }),
    );
    expect(csatFromCounts({ good: 180, bad: 20 }, { scale: "binary" }).value).toBe(90);
  });

  it("rejects malformed counts", () => {
    expect(() => csatFromCounts([1, 2, 3], { scale: "five_point" })).toThrow(
      /expected an array of five counts/,
    );
    expect(() => csatFromCounts([1, 2, 3, -4, 5], { scale: "five_point" })).toThrow(
      "csatFromCounts: counts[3]: expected a whole number ≥ 0, received -4",
    );
    expect(() => csatFromCounts({ good: 1, bad: Number.NaN }, { scale: "binary" })).toThrow(
      /bad: expected a whole number ≥ 0, received NaN/,
    );
  });

  it("keeps the share inside its Wilson interval and 0..100 (property)", () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), (good, bad) => {
        const score = csatFromCounts({ good, bad }, { scale: "binary" });
        if (score.value === null) return;
        expect(score.interval!.lower).toBeLessThanOrEqual(score.value + 1e-9);
        expect(score.interval!.upper).toBeGreaterThanOrEqual(score.value - 1e-9);
        expect(score.interval!.lower).toBeGreaterThanOrEqual(0);
        expect(score.interval!.upper).toBeLessThanOrEqual(100);
      }),
    );
  });
});
