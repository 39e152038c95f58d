import { parseSurveyResponse } from "@rapport/core";
import { npsAnswer as nps, surveyResponsesForCounts } from "./conformance-records";
import type { ConformanceExpect, ConformanceTest } from "./conformance-test";
import { scoreCountsOf } from "./score-counts-of";
import type { ScoreCountsQuery } from "./score-counts-query";

/** The conformance tests of `scoreCounts`: a hand-counted case, and equality with memory. */
export function scoreCountsTests(test: ConformanceTest, expect: ConformanceExpect): void {
  test("score histograms: a hand-counted case, bucketed on the time zone's calendar", async (store) => {
    await store.surveyResponses.upsert([
      // 22:00Z on March 31st is April 1st, 00:00 in Berlin (CEST, UTC+2).
      nps("h1", "c1", "2024-03-31T22:00:00Z", 10),
      nps("h2", "c1", "2024-03-31T21:59:59Z", 9),
      nps("h3", "c2", "2024-03-15T12:00:00Z", 6),
      parseSurveyResponse({
        kind: "csat",
        scale: "binary",
        score: "good",
        id: "h4",
        customerId: "c1",
        respondedAt: "2024-03-15T12:00:00Z",
      }),
    ]);
    const histograms = await store.scoreCounts({
      metric: "nps",
      period: "month",
      timeZone: "Europe/Berlin",
    });
    expect(histograms).toEqual([
      {
        scale: "zero_to_ten",
        group: null,
        // March 1st, 00:00 CET (UTC+1).
        periodStart: new Date("2024-02-29T23:00:00Z"),
        counts: { "9": 1, "6": 1 },
        n: 2,
      },
      {
        scale: "zero_to_ten",
        group: null,
        periodStart: new Date("2024-03-31T22:00:00Z"),
        counts: { "10": 1 },
        n: 1,
      },
    ]);
    expect(await store.scoreCounts({ metric: "ces" })).toEqual([]);
  });

  test("score histograms equal the in-memory computation", async (store) => {
    const responses = surveyResponsesForCounts(800);
    await store.surveyResponses.upsert(responses);
    const range = {
      from: new Date("2024-03-10T07:00:00Z"),
      to: new Date("2024-11-03T06:00:00Z"),
    };
    const queries: ScoreCountsQuery[] = [
      { metric: "nps" },
      { metric: "csat", groupBy: "teamId" },
      { metric: "nps", period: "day", timeZone: "America/New_York", range },
      { metric: "nps", period: "week", timeZone: "Europe/Berlin", groupBy: "channel" },
      { metric: "csat", period: "month", timeZone: "Europe/Berlin", groupBy: "agentId" },
      { metric: "ces", period: "quarter", timeZone: "Asia/Kolkata", groupBy: "surveyId" },
      { metric: "nps", period: "year", timeZone: "Pacific/Auckland", range },
      { metric: "nps", period: "month", timeZone: "UTC", range: { from: range.from } },
      { metric: "csat", period: "day", timeZone: "Australia/Lord_Howe", range: { to: range.to } },
      // Chile moves its clocks at midnight: some days start at 01:00.
      { metric: "nps", period: "day", timeZone: "America/Santiago", groupBy: "teamId" },
      { metric: "nps", period: "week", timeZone: "America/Santiago", weekStartsOn: 0 },
      { metric: "csat", period: "week", timeZone: "America/New_York", weekStartsOn: 6, range },
      { metric: "nps", period: "week", timeZone: "Australia/Lord_Howe", weekStartsOn: 3 },
    ];
    for (const query of queries) {
      expect([query, await store.scoreCounts(query)]).toEqual([
        query,
        scoreCountsOf(responses, query),
      ]);
    }
  });
}
