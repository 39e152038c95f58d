import { parseSurveyResponse } from "@rapport/core";
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

  it("scoreCounts asks the store", async () => {
    const store = createMemoryStore();
    await store.surveyResponses.upsert(nps("a", "2024-01-01T00:00:00Z", 9));
    expect((await scoreCounts(store, { metric: "nps" }))[0]?.counts).toEqual({ "9": 1 });
  });
});
