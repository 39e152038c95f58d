import {
  decodeSurveyResponse,
  parseInteraction,
  parseJourneyEvent,
  type SurveyResponseJson,
} from "@rapport/core";
import { describe, expect, it } from "vitest";
import { survivalSection } from "./survival-section";

const asOf = new Date("2024-03-01T00:00:00Z");
let next = 0;
const event = (customerId: string, stage: string, day: string) =>
  parseJourneyEvent({
    id: `e${next++}`,
    customerId,
    name: stage,
    stage,
    occurredAt: `${day}T12:00:00Z`,
  });
const csat = (customerId: string, score: "good" | "bad", day: string) =>
  decodeSurveyResponse({
    id: `r${next++}`,
    kind: "csat",
    scale: "binary",
    score,
    customerId,
    respondedAt: `${day}T12:00:00Z`,
  } as SurveyResponseJson);

// Follow-up from the first purchase (at noon), in whole days, to the first churn or to asOf
// (1 March, midnight): u1 10 days, churned; u2 20, churned; u3 59 (59.5 days from 1 January
// in 2024), still there; u4 10, churned; u5 14 (14.5 days from 15 February), still there. u6 churned without a purchase; u7 buys after asOf.
const journeyEvents = [
  event("u1", "purchase", "2024-01-01"),
  event("u1", "churned", "2024-01-11"),
  event("u2", "purchase", "2024-01-01"),
  event("u2", "churned", "2024-01-21"),
  event("u3", "purchase", "2024-01-01"),
  event("u3", "purchase", "2024-02-01"), // a second purchase does not restart the clock
  event("u4", "purchase", "2024-01-31"),
  event("u4", "churned", "2024-02-10"),
  event("u5", "purchase", "2024-02-15"),
  event("u6", "churned", "2024-01-05"),
  event("u7", "purchase", "2024-03-05"),
];
// Bad ratings, 7-day windows: u3 (10 Jan) gets a follow-up on 12 Jan: recovered, stays, rates
// good on 25 Jan. u2 (2 Jan): nothing, churns 21 Jan. u5 (20 Feb, window closes 27 Feb):
// nothing, stays, rates bad on 28 Feb. u8 (26 Feb): window still open. u1 (8 Jan): churns on
// 11 Jan, inside the window. u4 rates good only.
const surveyResponses = [
  csat("u3", "bad", "2024-01-10"),
  csat("u3", "good", "2024-01-25"),
  csat("u2", "bad", "2024-01-02"),
  csat("u5", "bad", "2024-02-20"),
  csat("u5", "bad", "2024-02-28"),
  csat("u8", "bad", "2024-02-26"),
  csat("u1", "bad", "2024-01-08"),
  csat("u4", "good", "2024-02-01"),
];
const interactions = [
  parseInteraction({
    id: "i1",
    customerId: "u3",
    channel: "email",
    direction: "outbound",
    author: { kind: "agent", id: "a1" },
    occurredAt: "2024-01-12T09:00:00Z",
  }),
];
const data = { journeyEvents, surveyResponses, interactions, cases: [], careGestures: [] };

describe("survivalSection", () => {
  const section = survivalSection(data, { asOf })!;

  it("follows customers from their first purchase to churn or asOf, Kaplan-Meier by hand", () => {
    const survival = section.survival!;
    expect([survival.customers, survival.churned, survival.followUpDays]).toEqual([5, 3, 59]);
    const churnSteps = survival.steps.filter((s) => s.churned > 0);
    // Day 10: 2 of 5 churn, S = 3/5. Day 20: 1 of the 2 left churns, S = 0.6 · 1/2 = 0.3.
    expect(churnSteps.map((s) => [s.days, s.atRisk, s.churned, s.survival])).toEqual([
      [10, 5, 2, 0.6],
      [20, 2, 1, 0.3],
    ]);
    // Log-log 95 % band from Greenwood's sum Σ d/(n(n − d)): 2/15 at day 10, 2/15 + 1/2 at
    // day 20; exp(−exp(ln(−ln S) ± z·√Σ/|ln S|)), worked in Python with scipy's z.
    expect(churnSteps[0]!.lower).toBeCloseTo(0.125730183, 8);
    expect(churnSteps[0]!.upper).toBeCloseTo(0.881756407, 8);
    expect(churnSteps[1]!.lower).toBeCloseTo(0.012301529, 8);
    expect(churnSteps[1]!.upper).toBeCloseTo(0.719218021, 8);
    // Median: the first day S ≤ ½, 20. Brookmeyer-Crowley on R's default log band
    // S·exp(±z·√Σ): its lower curve is 0.293 at day 10 (≤ ½ there), its upper curve stays
    // above ½ (capped at 1): lower bound 10, upper not reached.
    expect(survival.median).toMatchObject({ value: 20, n: 5, lower: 10, upper: null });
    // Horizons within the longest follow-up (59 days): only 30 days, where S = 0.3.
    expect(survival.at.map((a) => [a.days, a.survival])).toEqual([[30, 0.3]]);
  });

  it("compares recovered and not recovered customers after a bad rating", () => {
    const recovery = section.recovery!;
    expect(recovery.windowDays).toBe(7);
    expect([recovery.negative, recovery.inProgress, recovery.churnedInWindow]).toEqual([5, 1, 1]);
    // 1 recovered (u3) of 3 compared: scipy binomtest(1, 3).proportion_ci(method="wilson").
    expect(recovery.recoveryRate).toMatchObject({ successes: 1, n: 3, smallSample: true });
    expect(recovery.recoveryRate.lower).toBeCloseTo(6.149194472, 6);
    expect(recovery.recoveryRate.upper).toBeCloseTo(79.23403992, 6);
    expect(recovery.recovered).toMatchObject({ customers: 1, churned: 0 });
    expect(recovery.recovered.stayed).toMatchObject({ value: 100, successes: 1, n: 1 });
    expect(recovery.recovered.nextCsat).toMatchObject({ value: 100, n: 1 });
    // u2 churned, u5 stayed: 1 of 2 (binomtest(1, 2): 9.4531 to 90.5469); u5's next answer bad.
    expect(recovery.notRecovered).toMatchObject({ customers: 2, churned: 1 });
    expect(recovery.notRecovered.stayed).toMatchObject({ value: 50, n: 2 });
    expect(recovery.notRecovered.stayed.lower).toBeCloseTo(9.453120573, 6);
    expect(recovery.notRecovered.nextCsat).toMatchObject({ value: 0, n: 1 });
    expect(recovery.caveat).toMatch(/^This comparison is observational/);
  });

  it("is left out without purchases or bad ratings, and each part alone is null", () => {
    expect(survivalSection({ ...data, journeyEvents: [], surveyResponses: [] }, { asOf })).toBe(
      null,
    );
    const onlySurvival = survivalSection({ ...data, surveyResponses: [] }, { asOf })!;
    expect(onlySurvival.recovery).toBe(null);
    expect(onlySurvival.survival?.customers).toBe(5);
    const onlyRecovery = survivalSection({ ...data, journeyEvents: [] }, { asOf })!;
    expect(onlyRecovery.survival).toBe(null);
    // Without journeys nobody churned: u1 is compared, not recovered, and stays.
    expect(onlyRecovery.recovery?.notRecovered.customers).toBe(3);
  });
});
