import { describe, expect, it } from "vitest";
import { fixed, NPS_POINTS, PERCENT, PERCENT_LOWER_BETTER, scoreUnit } from "./figure-unit";
import {
  formatChange,
  formatDuration,
  formatHours,
  formatScore,
  isSmallSample,
  noun,
  trendOf,
} from "./format-figure";

const change = (difference: number, pValue: number | null, significant = false) => ({
  difference,
  lower: difference - 10,
  upper: difference + 10,
  pValue,
  significant,
});

describe("figures with their units", () => {
  it("writes each score in its unit: points for NPS, % for CSAT, / 7 for CES", () => {
    const figure = { value: 31.24, n: 96, lower: 16.4, upper: 44.9, method: "x" };
    expect(formatScore(figure, NPS_POINTS)).toBe("31.2 points (16.4 to 44.9), n = 96");
    expect(formatScore(figure, PERCENT)).toBe("31.2 % (16.4 to 44.9), n = 96");
    expect(formatScore({ ...figure, value: 4.24 }, scoreUnit("ces", [1, 7]))).toBe(
      "4.2 / 7 (16.4 to 44.9), n = 96",
    );
    expect(scoreUnit("ces", [1, 5]).suffix).toBe(" / 5");
    expect(formatScore({ ...figure, value: -4, lower: -20 }, NPS_POINTS)).toBe(
      "−4.0 points (−20.0 to 44.9), n = 96",
    );
  });

  it("says what is missing for a rate with no denominator", () => {
    const none = { value: null, n: 0, lower: null, upper: null, method: null };
    expect(formatScore(none, PERCENT_LOWER_BETTER, "no solved cases yet")).toBe(
      "no solved cases yet",
    );
    expect(formatScore(none)).toBe("no answers");
    expect(formatDuration({ n: 0, medianHours: null, meanHours: null, p90Hours: null })).toBe(
      "no cases yet",
    );
  });

  it("writes durations in minutes under two hours, hours under three days, then days", () => {
    expect(formatHours(0.75)).toBe("45 min");
    expect(formatHours(1.99)).toBe("119 min");
    expect(formatHours(2)).toBe("2.0 h");
    expect(formatHours(71.9)).toBe("71.9 h");
    // 6647.9 h (a first reply after nine months) is 277.0 days: 6647.9 / 24 = 276.996.
    expect(formatHours(6647.9)).toBe("277.0 days");
    expect(formatHours(null)).toBe("–");
    expect(formatDuration({ n: 2, medianHours: 1.5, meanHours: 1.5, p90Hours: 18 })).toBe(
      "median 90 min, mean 90 min, p90 18.0 h (n = 2)",
    );
  });

  it("writes no minus sign on a value that rounds to zero", () => {
    expect(fixed(-0.04, 1)).toBe("0.0");
    expect(fixed(-0.06, 1)).toBe("−0.1");
  });

  it("writes a change with its unit and its test", () => {
    expect(formatChange(change(-24.4, 0.38), NPS_POINTS)).toBe(
      "−24.4 points (−34.4 to −14.4), p = 0.38, not significant",
    );
    expect(formatChange(change(5, 0.0004, true), PERCENT)).toBe(
      "+5.0 percentage points (−5.0 to 15.0), p < 0.001, significant",
    );
    expect(formatChange(null, PERCENT)).toBe("no comparison (a period has no answers)");
  });

  it("counts nouns", () => {
    expect(`1 ${noun(1, "case")}, 2 ${noun(2, "case")}, 0 ${noun(0, "answer")}`).toBe(
      "1 case, 2 cases, 0 answers",
    );
  });
});

describe("trend against the previous period", () => {
  it("points the arrow the way the figure moved and says the size in its unit", () => {
    expect(trendOf(change(4.14, 0.01, true), "Sep 2026", NPS_POINTS)).toEqual({
      direction: "up",
      tone: "good",
      text: "▲ 4.1 points vs Sep 2026",
      verdict: "significant (p = 0.01)",
    });
    expect(trendOf(change(-0.5, 0.02, true), "Sep 2026", PERCENT)).toEqual({
      direction: "down",
      tone: "bad",
      text: "▼ 0.5 percentage points vs Sep 2026",
      verdict: "significant (p = 0.02)",
    });
  });

  it("calls a change with p ≥ 0.05 not significant, whatever its size", () => {
    const t = trendOf(change(-24.4, 0.05, true), "Sep 2026", NPS_POINTS);
    expect(t).toMatchObject({ direction: "down", tone: "neutral" });
    expect(t.verdict).toBe("not significant (p = 0.05)");
  });

  it("reads a fall as good where less is better", () => {
    expect(trendOf(change(-3, 0.001, true), "Q3 2026", PERCENT_LOWER_BETTER).tone).toBe("good");
  });

  it("shows no movement when the change rounds to zero", () => {
    expect(trendOf(change(0.04, 0.9), "2025", NPS_POINTS)).toMatchObject({
      direction: "flat",
      text: "▶ 0.0 points vs 2025",
    });
    expect(trendOf(null, "Sep 2026", NPS_POINTS)).toMatchObject({
      direction: "none",
      text: "no comparison with Sep 2026",
    });
  });

  it("flags fewer than 30 as a small sample", () => {
    expect([0, 1, 29, 30, 31].map(isSmallSample)).toEqual([false, true, true, false, false]);
  });
});
