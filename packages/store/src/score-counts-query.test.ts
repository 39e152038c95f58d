import { describe, expect, it } from "vitest";
import { checkScoreCountsQuery, compareHistograms, histogramsFromRows } from "./score-counts-query";

describe("checkScoreCountsQuery", () => {
  it("fills the default time zone and converts the range", () => {
    expect(
      checkScoreCountsQuery({ metric: "csat", range: { from: new Date(10), to: new Date(20) } }),
    ).toEqual({
      metric: "csat",
      groupBy: undefined,
      period: undefined,
      timeZone: "UTC",
      fromMs: 10,
      toMs: 20,
    });
  });

  it("names every bad field", () => {
    expect(() => checkScoreCountsQuery({ metric: "csi" as never })).toThrow(
      'metric: expected one of "nps", "csat", "ces", received "csi"',
    );
    expect(() => checkScoreCountsQuery({ metric: "nps", groupBy: "name" as never })).toThrow(
      'groupBy: expected one of "agentId", "teamId", "channel", "surveyId", received "name"',
    );
    expect(() => checkScoreCountsQuery({ metric: "nps", period: "hour" as never })).toThrow(
      'period: expected one of "day", "week", "month", "quarter", "year", received "hour"',
    );
    expect(() =>
      checkScoreCountsQuery({ metric: "nps", range: { from: new Date(20), to: new Date(10) } }),
    ).toThrow(
      "range.from: expected an instant not after range.to (1970-01-01T00:00:00.010Z), received 1970-01-01T00:00:00.020Z",
    );
    expect(() =>
      checkScoreCountsQuery({ metric: "nps", range: { to: new Date(Number.NaN) } }),
    ).toThrow("range.to: expected a valid Date, received Invalid Date");
  });
});

describe("histogramsFromRows", () => {
  it("adds rows of the same key and sorts by period, group (null first), scale", () => {
    const rows = [
      { scale: "zero_to_ten", group: "b", periodStartMs: 0, score: "9", count: 2 },
      { scale: "zero_to_ten", group: null, periodStartMs: 0, score: "9", count: 1 },
      { scale: "zero_to_ten", group: "b", periodStartMs: 0, score: "9", count: 3 },
      { scale: "binary", group: "a", periodStartMs: 0, score: "good", count: 1 },
      { scale: "five_point", group: "a", periodStartMs: 0, score: "4", count: 1 },
      { scale: "zero_to_ten", group: "a", periodStartMs: -5, score: "1", count: 4 },
    ];
    expect(
      histogramsFromRows(rows).map((h) => [h.periodStart?.getTime(), h.group, h.scale, h.n]),
    ).toEqual([
      [-5, "a", "zero_to_ten", 4],
      [0, null, "zero_to_ten", 1],
      [0, "a", "binary", 1],
      [0, "a", "five_point", 1],
      [0, "b", "zero_to_ten", 5],
    ]);
    const [h] = histogramsFromRows([rows[0]!, rows[2]!]);
    expect(h?.counts).toEqual({ "9": 5 });
    expect(compareHistograms(h!, h!)).toBe(0);
  });
});
