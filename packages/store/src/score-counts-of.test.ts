import { parseSurveyResponse, periodStart } from "@rapport/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createMemoryStore } from "./memory-store";
import { scoreCounts, scoreCountsOf } from "./score-counts-of";

const nps = (id: string, at: string, score: number, teamId?: string) =>
  parseSurveyResponse({
    kind: "nps",
    id,
    customerId: "c1",
    respondedAt: at,
    score,
    ...(teamId ? { teamId } : {}),
  });

describe("scoreCountsOf", () => {
  it("counts by group, null for responses without the field, within [from, to)", () => {
    const responses = [
      nps("a", "2024-01-01T00:00:00Z", 10, "t1"),
      nps("b", "2024-01-02T00:00:00Z", 10, "t1"),
      nps("c", "2024-01-03T00:00:00Z", 0),
      nps("d", "2024-01-04T00:00:00Z", 7, "t2"),
      parseSurveyResponse({
        kind: "ces",
        scale: "seven_point",
        score: 5,
        id: "e",
        customerId: "c1",
        respondedAt: "2024-01-02T00:00:00Z",
      }),
    ];
    expect(
      scoreCountsOf(responses, {
        metric: "nps",
        groupBy: "teamId",
        range: { from: new Date("2024-01-02T00:00:00Z"), to: new Date("2024-01-04T00:00:00Z") },
      }),
    ).toEqual([
      { scale: "zero_to_ten", group: null, periodStart: null, counts: { "0": 1 }, n: 1 },
      { scale: "zero_to_ten", group: "t1", periodStart: null, counts: { "10": 1 }, n: 1 },
    ]);
  });

  it("counts every response of the metric exactly once, whatever the bucketing", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 2e10 }))),
        fc.constantFrom("day", "week", "month", "quarter", "year" as const),
        (rows, period) => {
          const responses = rows.map(([score, offset], i) =>
            nps(`r${i}`, new Date(1.6e12 + offset).toISOString(), score),
          );
          const histograms = scoreCountsOf(responses, {
            metric: "nps",
            period,
            timeZone: "Asia/Kolkata",
          });
          expect(histograms.reduce((sum, h) => sum + h.n, 0)).toBe(rows.length);
          const perScore: Record<string, number> = {};
          for (const h of histograms) {
            for (const [score, count] of Object.entries(h.counts))
              perScore[score] = (perScore[score] ?? 0) + count;
          }
          const expected: Record<string, number> = {};
          for (const [score] of rows) expected[String(score)] = (expected[String(score)] ?? 0) + 1;
          expect(perScore).toEqual(expected);
        },
      ),
    );
  });

  it("buckets weeks from weekStartsOn on the zone's calendar, across daylight saving", () => {
    // Sunday 10 March 2024, 08:00 in New York, hours after clocks went forward (EST -> EDT).
    const responses = [nps("a", "2024-03-10T12:00:00Z", 9), nps("b", "2024-03-09T12:00:00Z", 3)];
    const starts = (weekStartsOn?: 0 | 1) =>
      scoreCountsOf(responses, {
        metric: "nps",
        period: "week",
        timeZone: "America/New_York",
        ...(weekStartsOn === undefined ? {} : { weekStartsOn }),
      }).map((h) => [h.periodStart?.toISOString(), h.counts]);
    // Weeks from Monday: both fall in the week of Monday 4 March, 00:00 EST (05:00Z).
    expect(starts()).toEqual([["2024-03-04T05:00:00.000Z", { "3": 1, "9": 1 }]]);
    // Weeks from Sunday: Saturday the 9th is in the week of Sunday 3 March (05:00Z); Sunday
    // the 10th starts a week at 00:00 EST, still 05:00Z (the change is at 02:00).
    expect(starts(0)).toEqual([
      ["2024-03-03T05:00:00.000Z", { "3": 1 }],
      ["2024-03-10T05:00:00.000Z", { "9": 1 }],
    ]);
  });

  it("puts each response in the period core's calendar gives it", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4e10 }), { minLength: 1, maxLength: 30 }),
        fc.constantFrom("day", "week", "month", "quarter", "year" as const),
        fc.constantFrom("Europe/Berlin", "America/Santiago", "Australia/Lord_Howe"),
        fc.integer({ min: 0, max: 6 }),
        (offsets, period, timeZone, day) => {
          const weekStartsOn = day as 0 | 1 | 2 | 3 | 4 | 5 | 6;
          const responses = offsets.map((offset, i) =>
            nps(`r${i}`, new Date(1.6e12 + offset).toISOString(), i % 11),
          );
          const histograms = scoreCountsOf(responses, {
            metric: "nps",
            period,
            timeZone,
            weekStartsOn,
          });
          const expected = new Map<number, number>();
          for (const response of responses) {
            const start = periodStart(response.respondedAt, period, { timeZone, weekStartsOn });
            expected.set(start.getTime(), (expected.get(start.getTime()) ?? 0) + 1);
          }
          const actual = new Map(histograms.map((h) => [h.periodStart?.getTime() ?? 0, h.n]));
          expect(actual).toEqual(expected);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("scoreCounts asks the store", async () => {
    const store = createMemoryStore().forTenant("acme");
    await store.surveyResponses.upsert(nps("a", "2024-01-01T00:00:00Z", 9));
    expect((await scoreCounts(store, { metric: "nps" }))[0]?.counts).toEqual({ "9": 1 });
  });
});
