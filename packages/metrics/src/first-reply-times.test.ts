import { describe, expect, it } from "vitest";
import { serviceCases } from "./__fixtures__/cases.fixture";
import { firstReplyTimes } from "./first-reply-times";

const MINUTE = 60_000;

describe("firstReplyTimes", () => {
  it("summarises calendar time to first reply; unreplied cases are counted as missing", () => {
    // 10, 30, 60, 20 minutes → sorted 10, 20, 30, 60: median (20 + 30)/2 = 25, mean 30,
    // p90: h = 3 · 0.9 = 2.7 → 30 + 0.7 · (60 − 30) = 51 (numpy.percentile: 51.0)
    const summary = firstReplyTimes(serviceCases);
    expect(summary).toEqual({
      n: 4,
      missing: 1,
      median: 25 * MINUTE,
      mean: 30 * MINUTE,
      p90: expect.closeTo(51 * MINUTE, 6),
      min: 10 * MINUTE,
      max: 60 * MINUTE,
    });
  });

  it("gives nulls for no cases", () => {
    expect(firstReplyTimes([])).toEqual({
      n: 0,
      missing: 0,
      median: null,
      mean: null,
      p90: null,
      min: null,
      max: null,
    });
  });

  it("does not change its input", () => {
    const copy = structuredClone(serviceCases);
    firstReplyTimes(serviceCases);
    expect(serviceCases).toEqual(copy);
  });
});
