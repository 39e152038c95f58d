import { describe, expect, it } from "vitest";
import { checkScoreCountsQuery, compareHistograms, histogramsFromRows } from "./score-counts-query";

describe("checkScoreCountsQuery", () => {
  it("fills the default time zone and week start and converts the range", () => {
    expect(
      checkScoreCountsQuery({ metric: "csat", range: { from: new Date(10), to: new Date(20) } }),
    ).toEqual({
      metric: "csat",
      groupBy: undefined,
      period: undefined,
      timeZone: "UTC",
      weekStartsOn: 1,
      fromMs: 10,
      toMs: 20,
    });
  });

  it("names every bad field: TypeError for a wrong type, RangeError outside the domain", () => {
    const throws = (query: unknown, error: Error) =>
      expect(() => checkScoreCountsQuery(query as never)).toThrow(error);
    throws(
      { metric: "csi" },
      new RangeError('scoreCounts: metric: expected one of "nps" | "csat" | "ces", received "csi"'),
    );
    throws(
      { metric: 3 },
      new TypeError('scoreCounts: metric: expected one of "nps" | "csat" | "ces", received 3'),
    );
    throws(
      { metric: "nps", groupBy: "name" },
      new RangeError(
        'scoreCounts: groupBy: expected one of "agentId" | "teamId" | "channel" | "surveyId", received "name"',
      ),
    );
    throws(
      { metric: "nps", period: "hour" },
      new RangeError(
        'scoreCounts: period: expected one of "day" | "week" | "month" | "quarter" | "year", received "hour"',
      ),
    );
    throws(
      { metric: "nps", timeZone: "Mars/Olympus" },
      new RangeError(
        'scoreCounts: timeZone: expected an IANA time-zone name such as "Europe/Berlin", received "Mars/Olympus"',
      ),
    );
    throws(
      { metric: "nps", weekStartsOn: 7 },
      new RangeError(
        "scoreCounts: weekStartsOn: expected an integer from 0 (Sunday) to 6 (Saturday), received 7",
      ),
    );
    throws(
      { metric: "nps", range: { from: new Date(20), to: new Date(10) } },
      new RangeError(
        "scoreCounts: range.from: expected an instant not after range.to (1970-01-01T00:00:00.010Z), received Date 1970-01-01T00:00:00.020Z",
      ),
    );
    throws(
      { metric: "nps", range: { to: new Date(Number.NaN) } },
      new RangeError("scoreCounts: range.to: expected a valid Date, received an invalid Date"),
    );
    throws(
      { metric: "nps", range: { to: 5 } },
      new TypeError("scoreCounts: range.to: expected a Date, received 5"),
    );
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
