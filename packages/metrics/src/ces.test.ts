import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ces, cesFromCounts } from "./ces";

describe("ces", () => {
  it("is the mean on the 1-7 scale with a Student-t interval, and the share who agree", () => {
    const score = ces([7, 6, 6, 5, 3, 7, 2, 6]);
    // Mean = 42/8 = 5.25. Squared deviations: 3.0625 + 0.5625·3 + 0.0625 + 5.0625 + 1.5625 + 10.5625
    // = 23.5 → s² = 23.5/7 = 3.357143, s = 1.832251. t(0.975, 7) = 2.364624;
    // half = 2.364624·1.832251/√8 = 1.531800 → (3.718200, 6.781800).
    // Agree (5-7): 6 of 8 = 75 %, Wilson (40.93, 92.85) %.
    expect(score).toMatchObject({ scale: "seven_point", value: 5.25, n: 8 });
    expect(score.counts).toEqual([0, 1, 1, 0, 1, 3, 2]);
    expect(score.sd).toBeCloseTo(1.8322507626258084, 12);
    expect(score.interval!.lower).toBeCloseTo(3.7182000287728307, 10);
    expect(score.interval!.upper).toBeCloseTo(6.781799971227169, 10);
    expect(score.interval!.method).toBe("student-t");
    expect(score.agree).toMatchObject({ value: 75, successes: 6, n: 8 });
    expect(score.agree.interval!.lower).toBeCloseTo(40.92754303101688, 9);
    expect(score.agree.interval!.upper).toBeCloseTo(92.8520787247891, 9);
    expect(score.smallSample).toBe(true);
  });

  it("takes the five-point scale, where 4-5 agree", () => {
    const score = ces([5, 4, 3, 2], { scale: "five_point" });
    expect(score).toMatchObject({ scale: "five_point", value: 3.5 });
    expect(score.agree.value).toBe(50);
  });

  it("n = 0: nothing; n = 1: a mean without an interval", () => {
    expect(ces([])).toMatchObject({ value: null, n: 0, sd: null, interval: null });
    expect(ces([])).toMatchObject({ agree: { value: null, interval: null } });
    expect(ces([6])).toMatchObject({ value: 6, sd: null, interval: null });
  });

  it("all the same answer: sd 0 and a zero-width interval", () => {
    const score = ces([7, 7, 7]);
    expect(score.sd).toBe(0);
    expect(score.interval).toMatchObject({ lower: 7, upper: 7 });
    expect(score.agree.value).toBe(100);
  });

  it("rejects answers off the scale", () => {
    expect(() => ces([7, 8])).toThrow(
      "ces: scores[1]: expected an integer from 1 to 7 on the seven_point scale, received 8",
    );
    expect(() => ces([6], { scale: "five_point" })).toThrow(
      /1 to 5 on the five_point scale, received 6/,
    );
    expect(() => ces([2.5])).toThrow(/received 2.5/);
    expect(() => ces([1], { scale: "ten" as "five_point" })).toThrow(/received "ten"/);
  });

  it("cesFromCounts equals ces over the same answers (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 200 }), (answers) => {
        const counts = [1, 2, 3, 4, 5, 6, 7].map((k) => answers.filter((a) => a === k).length);
        const score = cesFromCounts(counts);
        expect(score).toEqual(ces(answers));
        if (score.interval) {
          expect(score.interval.lower).toBeGreaterThanOrEqual(1);
          expect(score.interval.upper).toBeLessThanOrEqual(7);
          expect(score.interval.lower).toBeLessThanOrEqual(score.value! + 1e-12);
          expect(score.interval.upper).toBeGreaterThanOrEqual(score.value! - 1e-12);
        }
      }),
    );
  });

  it("cesFromCounts rejects malformed counts", () => {
    expect(() => cesFromCounts([1, 2, 3])).toThrow(
      /expected an array of 7 counts \(answers 1..7\)/,
    );
    expect(() => cesFromCounts([1, 2, 3, 4, 5], { scale: "five_point" })).not.toThrow();
    expect(() => cesFromCounts([0, 0, 0, 0, 0, 0, 0.5])).toThrow(/counts\[6\].*received 0.5/);
  });

  it("copes with a huge n", () => {
    const score = cesFromCounts([0, 0, 0, 0, 1e9, 1e9, 0]);
    expect(score.value).toBe(5.5);
    expect(score.interval!.upper - score.interval!.lower).toBeLessThan(1e-4);
  });
});
