import { parseCase, parseInteraction, parseSurveyResponse } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { predictSatisfaction } from "./predict-satisfaction";
import { type SatisfactionCase, satisfactionCases } from "./satisfaction-signals";

// 30 rated cases: wait i hours, i % 3 reopenings, bad when (37 i mod 11) < i / 2.5.
const BAD = [
  0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
];
const RATED: SatisfactionCase[] = BAD.map((bad, i) => ({
  caseId: `c${i}`,
  waitHours: i,
  reopenings: i % 3,
  rating: bad === 1 ? "bad" : "good",
}));

describe("predictSatisfaction", () => {
  it("fits the scorecard: without penalty or holdout, R's glm slopes", () => {
    // Rscript -e 'i<-0:29; w<-log1p(i); r<-i%%3; y<-as.integer(((i*37)%%11) < i/2.5);
    //   print(coef(glm(y~w+r,family=binomial)),digits=12)'
    //   → (Intercept) -4.045199180311, w 2.283811849722, r -0.961344235292
    // Centring moves the intercept only; effort and sentiment are absent (all 0 after it).
    const result = predictSatisfaction(RATED, { holdout: 0, l2: 0 })!;
    expect(result.coefficients.waitHours).toBeCloseTo(2.283811849722, 4);
    expect(result.coefficients.reopenings).toBeCloseTo(-0.961344235292, 4);
    expect(result.trainN).toBe(30);
    expect(result.holdout.brier).toBeNull();
  });

  it("ranks unrated cases, and measures AUC, Brier and reliability on the held-out ones", () => {
    const unrated = [
      { caseId: "quick", waitHours: 0, reopenings: 0 },
      { caseId: "slow", waitHours: 40, reopenings: 0 },
    ];
    const result = predictSatisfaction([...RATED, ...unrated], { holdout: 0.3, seed: 2 })!;
    expect(result.predictions.map((p) => p.caseId)).toEqual(["slow", "quick"]);
    expect(result.predictions[0]!.probabilityBad).toBeGreaterThan(0.5);
    expect(result.trainN).toBe(21);
    expect(result.holdout.auc.n).toBe(9);
    const table = result.holdout.reliability;
    expect(table.map((b) => b.lower)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(table.reduce((s, b) => s + b.observed.n, 0)).toBe(9);
    // Brier: mean of (p − y)² over the held-out cases; from the table's bins it is bounded by
    // the squared bin edges, and 0.25 is what always saying 0.5 would score.
    expect(result.holdout.brier!).toBeGreaterThan(0);
    expect(result.holdout.brier!).toBeLessThan(0.25);
  });

  it("needs ten rated cases of both kinds", () => {
    expect(predictSatisfaction(RATED.slice(0, 9))).toBeNull();
    expect(predictSatisfaction(RATED.map((c) => ({ ...c, rating: "good" as const })))).toBeNull();
    expect(() => predictSatisfaction(RATED, { bins: 0 })).toThrow(RangeError);
  });
});

describe("satisfactionCases", () => {
  it("reads effort, wait, reopenings, sentiment and the latest rating of solved cases", () => {
    const base = { customerId: "c1", channel: "email", createdAt: "2024-03-01T09:00:00Z" };
    const cases = [
      parseCase({
        ...base,
        id: "k1",
        status: "solved",
        firstReplyAt: "2024-03-01T10:30:00Z",
        reopenCount: 2,
      }),
      parseCase({ ...base, id: "k2", status: "open" }),
    ];
    const message = (id: string, sentiment?: number) =>
      parseInteraction({
        id,
        customerId: "c1",
        caseId: "k1",
        channel: "email",
        direction: "inbound",
        author: { kind: "customer" },
        occurredAt: "2024-03-01T09:00:00Z",
        ...(sentiment === undefined ? {} : { sentiment }),
      });
    const answer = (id: string, score: string, at: string) =>
      parseSurveyResponse({
        kind: "csat",
        scale: "binary",
        score,
        id,
        customerId: "c1",
        caseId: "k1",
        respondedAt: at,
      });
    const rows = satisfactionCases(
      cases,
      [message("m1", -0.6), message("m2", 0.2), message("m3")],
      [answer("a1", "good", "2024-03-02T09:00:00Z"), answer("a2", "bad", "2024-03-03T09:00:00Z")],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.caseId).toBe("k1");
    expect(rows[0]!.effort).toBe(3);
    expect(rows[0]!.waitHours).toBe(1.5);
    expect(rows[0]!.reopenings).toBe(2);
    expect(rows[0]!.sentiment).toBeCloseTo(-0.2, 12);
    expect(rows[0]!.rating).toBe("bad");
  });
});
