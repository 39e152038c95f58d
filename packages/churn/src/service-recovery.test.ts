import {
  type CareGesture,
  type Case,
  caseId,
  customerId,
  type Interaction,
  recordId,
  type SurveyResponse,
} from "@rapport/core";
import { describe, expect, it } from "vitest";
import { serviceRecovery } from "./service-recovery";
import type { RecoveryCustomer, ServiceLevelBreach } from "./service-recovery-episodes";
import { SERVICE_RECOVERY_CAVEAT } from "./service-recovery-result";

const DAY = 86_400_000;
const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
const experience = at("2024-01-01");
const landmark = experience.getTime() + 7 * DAY; // 2024-01-08: the 7-day window's end
const afterLandmark = (days: number) => new Date(landmark + days * DAY);
const asOf = at("2024-12-31"); // 358 days after the landmark
const id = customerId;

// Hand-built: four recovered customers, four not recovered, one still in its window, one who
// churned inside it, one without a bad experience. Tiers for the stratified comparison.
//   R1 gold   breach on case_r1, the case solved on 01-03 (resolution)      churns at +100
//   R2 gold   bad CSAT, a gesture on 01-02                                  stays (358, censored)
//   R3 silver NPS 4, an outbound follow-up on 01-05                         stays (358, censored)
//   R4 silver bad CSAT, an outbound follow-up at the window's very end       churns at +200
//   N1 gold   breach, nothing done                                          churns at +30
//   N2 silver bad CSAT, only the customer wrote again (inbound)             churns at +60
//   N3 silver NPS 2, a follow-up on 01-12 (after the window)                churns at +90
//   N4 gold   bad CSAT, a gesture on 2023-12-31 (before the experience)     stays (358, censored)
//   P1        bad CSAT on 12-28: window still open at asOf                  left out (in progress)
//   C1        breach, a gesture, but churned on 01-04                       left out (churned in window)
//   G1        only a good CSAT                                              not a bad experience
const customers: RecoveryCustomer[] = [
  { id: id("R1"), tier: "gold", churnedAt: afterLandmark(100) },
  { id: id("R2"), tier: "gold" },
  { id: id("R3"), tier: "silver" },
  { id: id("R4"), tier: "silver", churnedAt: afterLandmark(200) },
  { id: id("N1"), tier: "gold", churnedAt: afterLandmark(30) },
  { id: id("N2"), tier: "silver", churnedAt: afterLandmark(60) },
  { id: id("N3"), tier: "silver", churnedAt: afterLandmark(90) },
  { id: id("N4"), tier: "gold" },
  { id: id("P1") },
  { id: id("C1"), churnedAt: at("2024-01-04") },
  { id: id("G1") },
];
let seq = 0;
const csatAnswer = (who: string, day: Date, score: "good" | "bad"): SurveyResponse =>
  ({
    id: recordId(`s${seq++}`),
    customerId: id(who),
    respondedAt: day,
    kind: "csat",
    scale: "binary",
    score,
  }) as SurveyResponse;
const npsAnswer = (who: string, day: Date, score: number): SurveyResponse =>
  ({
    id: recordId(`s${seq++}`),
    customerId: id(who),
    respondedAt: day,
    kind: "nps",
    scale: "zero_to_ten",
    score,
  }) as SurveyResponse;
const surveyResponses: SurveyResponse[] = [
  csatAnswer("R2", experience, "bad"),
  npsAnswer("R3", experience, 4),
  csatAnswer("R4", experience, "bad"),
  csatAnswer("N2", experience, "bad"),
  npsAnswer("N3", experience, 2),
  csatAnswer("N4", experience, "bad"),
  csatAnswer("P1", at("2024-12-28"), "bad"),
  csatAnswer("G1", experience, "good"),
  // Next answers, after the window. R1's answer inside the window does not count; R3's
  // second answer does not either (the first one after the window does).
  csatAnswer("R1", at("2024-01-05"), "bad"),
  csatAnswer("R1", at("2024-02-01"), "good"),
  npsAnswer("R1", at("2024-02-02"), 9),
  csatAnswer("R2", at("2024-02-01"), "good"),
  npsAnswer("R2", at("2024-02-02"), 10),
  csatAnswer("R3", at("2024-02-01"), "bad"),
  csatAnswer("R3", at("2024-03-01"), "good"),
  npsAnswer("R3", at("2024-02-02"), 7),
  csatAnswer("N1", at("2024-01-20"), "bad"),
  npsAnswer("N1", at("2024-01-21"), 3),
  csatAnswer("N2", at("2024-02-01"), "bad"),
  npsAnswer("N2", at("2024-02-02"), 8),
  csatAnswer("N3", at("2024-02-01"), "good"),
  {
    ...csatAnswer("N4", at("2024-02-01"), "good"),
    scale: "five_point",
    score: 5,
  } as SurveyResponse,
];
const breaches: ServiceLevelBreach[] = [
  { customerId: id("R1"), at: experience, caseId: caseId("case_r1") },
  { customerId: id("N1"), at: experience },
  { customerId: id("C1"), at: experience },
];
const outbound = (who: string, day: Date, direction: "outbound" | "inbound" = "outbound") =>
  ({
    id: recordId(`i${seq++}`),
    customerId: id(who),
    occurredAt: day,
    direction,
  }) as unknown as Interaction;
const interactions = [
  outbound("R3", at("2024-01-05")),
  outbound("R4", new Date(landmark)),
  outbound("N2", at("2024-01-03"), "inbound"),
  outbound("N3", at("2024-01-12")),
];
const gesture = (who: string, day: Date) =>
  ({ id: recordId(`g${seq++}`), customerId: id(who), grantedAt: day }) as unknown as CareGesture;
const careGestures = [
  gesture("R2", at("2024-01-02")),
  gesture("N4", at("2023-12-31")),
  gesture("C1", at("2024-01-02")),
];
const cases = [
  {
    id: caseId("case_r1"),
    customerId: id("R1"),
    status: "solved",
    createdAt: at("2023-12-30"),
    statusHistory: [
      { status: "open", at: at("2023-12-30") },
      { status: "solved", at: at("2024-01-03") },
    ],
  } as unknown as Case,
];
const records = { customers, surveyResponses, breaches, interactions, careGestures, cases };

describe("serviceRecovery on a hand-built data set", () => {
  const result = serviceRecovery(records, { asOf, windowDays: 7, tau: 180 });

  it("finds the bad experiences, the recovered and those left out", () => {
    expect(result.negative).toBe(10);
    expect(result.inProgress).toBe(1);
    expect(result.churnedInWindow).toBe(1);
    const recovered = result.episodes.filter((e) => e.recovered && e.status === "compared");
    expect(recovered.map((e) => e.customerId).sort()).toEqual(["R1", "R2", "R3", "R4"]);
    expect(result.episodes.find((e) => e.customerId === "R1")).toMatchObject({
      experience: "breach",
      recoveredBy: ["resolution"],
      time: 100,
      event: true,
    });
    expect(result.episodes.find((e) => e.customerId === "R3")!.recoveredBy).toEqual(["followUp"]);
    expect(result.episodes.find((e) => e.customerId === "N4")).toMatchObject({
      time: 358,
      event: false,
    });
    expect(result.recoveryRate.value).toBe(50); // 4 of 8, percent
    expect(result.recovered).toMatchObject({ customers: 4, churned: 2 });
    expect(result.notRecovered).toMatchObject({ customers: 4, churned: 3 });
  });

  // Kaplan-Meier by hand: recovered 100 (e), 200 (e), 358+, 358+ → S = 3/4 from 100, 1/2 from 200;
  // not recovered 30, 60, 90 (e), 358+ → 3/4, 1/2, 1/4.
  // RMST to 180: recovered 100·1 + 80·¾ = 160; not 30 + 30·¾ + 30·½ + 90·¼ = 90; difference 70.
  // R: d <- data.frame(time = c(100,358,358,200,30,60,90,358), status = c(1,0,0,1,1,1,1,0),
  //   g = rep(c("rec","not"), each = 4), tier = c("gold","gold","silver","silver","gold","silver","silver","gold"))
  //   summary(survfit(Surv(time, status) ~ g, data = d), rmean = 180)$table: rmean 90, 160;
  //   se(rmean) 28.0624304008046 (not), 17.3205080756888 (rec)
  //   survdiff(Surv(time, status) ~ g, data = d)$chisq: 1.55848007710371 (p 0.211887905030471)
  //   survdiff(Surv(time, status) ~ g + strata(tier), data = d)$chisq: 1.88235294117647 (p 0.170066961453905)
  it("compares retention from the window's end: KM, log-rank, RMST difference", () => {
    expect(result.recovered.retention.steps.map((s) => [s.time, s.survival])).toEqual([
      [100, 0.75],
      [200, 0.5],
    ]);
    expect(result.notRecovered.retention.steps.map((s) => s.survival)).toEqual([0.75, 0.5, 0.25]);
    expect(result.tau).toBe(180);
    expect(result.rmstDifference!.difference).toBeCloseTo(70, 10);
    expect(result.recovered.restrictedMean!.value).toBeCloseTo(160, 10);
    expect(result.notRecovered.restrictedMean!.standardError).toBeCloseTo(28.0624304008046, 9);
    // 70 ± 1.959964 · 32.977265 (√(28.0624² + 17.3205²))
    expect(result.rmstDifference!.interval!.lower).toBeCloseTo(5.365748480657828, 6);
    expect(result.rmstDifference!.interval!.upper).toBeCloseTo(134.63425151934217, 6);
    expect(result.rmstDifference!.standardError).toBeCloseTo(
      Math.hypot(28.0624304008046, 17.3205080756888),
      9,
    );
    expect(result.logRank!.statistic).toBeCloseTo(1.55848007710371, 9);
    expect(result.logRank!.pValue).toBeCloseTo(0.211887905030471, 9);
  });

  // Next CSAT (binary, first answer after the window): recovered good, good, bad = 2/3;
  // not recovered bad, bad, good = 1/3 (N4's five-point answer is on another scale).
  // Difference 33.3 points; pooled z test: prop.test(c(2, 1), c(3, 3), correct = FALSE)$p.value
  // = 0.414216178242525. Next NPS: recovered 9, 10, 7 → (2 − 0)/3 = 66.7; not recovered 3, 8 →
  // (0 − 1)/2 = −50; difference 116.7.
  it("compares the next CSAT and NPS", () => {
    expect(result.csatScale).toBe("binary");
    expect(result.recovered.nextCsat.value).toBeCloseTo(200 / 3, 10);
    expect(result.notRecovered.nextCsat.value).toBeCloseTo(100 / 3, 10);
    expect(result.nextCsat.difference).toBeCloseTo(100 / 3, 10);
    expect(result.nextCsat.pValue).toBeCloseTo(0.414216178242525, 9);
    expect(result.recovered.nextNps.value).toBeCloseTo(200 / 3, 10);
    expect(result.notRecovered.nextNps.value).toBeCloseTo(-50, 10);
    expect(result.nextNps.difference).toBeCloseTo(350 / 3, 10);
  });

  it("says plainly that it is observational, and states the answer with its uncertainty", () => {
    expect(result.caveat).toBe(SERVICE_RECOVERY_CAVEAT);
    expect(result.caveat).toMatch(/observational/);
    expect(result.summary).toContain("4 (50 %) were recovered");
    expect(result.summary).toContain("stayed 70.0 days longer");
    expect(result.summary).toContain("log-rank p = 0.212");
  });

  // Per tier (survdiff within each): gold 0.0588235294117646, silver 2.88235294117647.
  it("stratifies by tier", () => {
    const byTier = serviceRecovery(records, { asOf, windowDays: 7, tau: 180, stratifyBy: "tier" });
    expect(byTier.logRank!.statistic).toBeCloseTo(1.88235294117647, 9);
    expect(byTier.logRank!.pValue).toBeCloseTo(0.170066961453905, 9);
    expect(byTier.strata.map((s) => [s.stratum, s.recovered, s.notRecovered])).toEqual([
      ["gold", 2, 2],
      ["silver", 2, 2],
    ]);
    expect(byTier.strata[0]!.logRank!.statistic).toBeCloseTo(0.0588235294117646, 9);
    expect(byTier.strata[1]!.logRank!.statistic).toBeCloseTo(2.88235294117647, 9);
    // gold: recovered 100 (e), 358+ → 100 + 80·½ = 140; not 30 (e), 358+ → 30 + 150·½ = 105.
    expect(byTier.strata[0]!.rmstDifference!.difference).toBeCloseTo(35, 10);
  });

  it("counts only the chosen recovery actions, and defaults τ to the shorter follow-up", () => {
    const gestures = serviceRecovery(records, { asOf, windowDays: 7, recoveredBy: ["gesture"] });
    expect(gestures.recovered.customers).toBe(1); // R2 only
    expect(gestures.notRecovered.customers).toBe(7);
    expect(gestures.tau).toBe(358);
    const all = serviceRecovery(records, { asOf, windowDays: 7 });
    // RMST to 358 (R: rmean = 358): 254 and 134.5.
    expect(all.rmstDifference!.difference).toBeCloseTo(254 - 134.5, 10);
  });

  it("gives nulls, never NaN, when a group is empty, and checks its options", () => {
    const none = serviceRecovery(records, { asOf, windowDays: 7, recoveredBy: [] });
    expect(none.recovered.customers).toBe(0);
    expect(none.logRank).toBeNull();
    expect(none.rmstDifference).toBeNull();
    expect(none.tau).toBeNull();
    expect(none.nextCsat.difference).toBeNull();
    expect(none.summary).toContain("cannot be compared");
    const empty = serviceRecovery({ customers: [] }, { asOf, windowDays: 7 });
    expect(empty.negative).toBe(0);
    expect(empty.recoveryRate.value).toBeNull();
    expect(() => serviceRecovery(records, { asOf, windowDays: 0 })).toThrow(RangeError);
    expect(() =>
      serviceRecovery(records, { asOf: "2024" as unknown as Date, windowDays: 7 }),
    ).toThrow(TypeError);
    expect(() =>
      serviceRecovery(records, { asOf, windowDays: 7, stratifyBy: "plan" as "tier" }),
    ).toThrow(RangeError);
    expect(() =>
      serviceRecovery(records, { asOf, windowDays: 7, recoveredBy: ["call" as "gesture"] }),
    ).toThrow(RangeError);
  });
});
