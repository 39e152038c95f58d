import { agentId as aid, customerId as cid, teamId as tid } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { gesture, response, supportCase } from "./__fixtures__/records";
import { defineCarePolicy } from "./care-policy";
import { type FollowUpBudget, type FollowUpInput, followUpPlan } from "./follow-up-plan";

const bad = response({
  id: "r1",
  kind: "csat",
  scale: "binary",
  score: "bad",
  customerId: cid("cus_1"),
  caseId: "case_1",
  respondedAt: "2025-03-02T09:00:00Z",
});
const good = response({
  id: "r2",
  kind: "csat",
  scale: "binary",
  score: "good",
  customerId: cid("cus_1"),
  respondedAt: "2025-03-02T09:00:00Z",
});
const two = response({
  id: "r3",
  kind: "csat",
  scale: "five_point",
  score: 2,
  customerId: cid("cus_1"),
  respondedAt: "2025-03-02T09:00:00Z",
});
const three = response({
  id: "r4",
  kind: "csat",
  scale: "five_point",
  score: 3,
  customerId: cid("cus_1"),
  respondedAt: "2025-03-02T09:00:00Z",
});
const high = { score: 0.82, band: "high" as const, reasons: ["usage down 60 %"] };
const medium = { score: 0.4, band: "medium" as const };

describe("followUpPlan: triggers", () => {
  it.each<[string, FollowUpInput, string[], string, string[]]>([
    ["nothing known", {}, [], "none", []],
    ["a good rating", { csat: good }, [], "none", []],
    ["3 of 5 is not bad", { csat: three, churnRisk: medium }, [], "none", []],
    ["a bad rating", { csat: bad }, ["bad_csat"], "normal", ["personal_outreach"]],
    ["2 of 5", { csat: two }, ["bad_csat"], "normal", ["personal_outreach"]],
    ["a breached SLA", { slaBreached: true }, ["sla_breach"], "normal", ["apologise_for_delay"]],
    [
      "a high churn risk",
      { churnRisk: high },
      ["high_churn_risk"],
      "normal",
      ["retention_check_in"],
    ],
    [
      "bad rating and high churn risk",
      { csat: bad, churnRisk: high },
      ["bad_csat", "high_churn_risk"],
      "high",
      ["escalate_to_team_lead", "personal_outreach", "retention_check_in"],
    ],
    [
      "all three",
      { csat: two, slaBreached: true, churnRisk: high },
      ["bad_csat", "sla_breach", "high_churn_risk"],
      "high",
      ["escalate_to_team_lead", "personal_outreach", "apologise_for_delay", "retention_check_in"],
    ],
  ])("%s", (_name, input, triggers, urgency, actions) => {
    const plan = followUpPlan(supportCase(), input);
    expect(plan.triggers).toEqual(triggers);
    expect(plan.urgency).toBe(urgency);
    expect(plan.needed).toBe(triggers.length > 0);
    expect(plan.steps.map((s) => s.action)).toEqual(actions);
    expect(plan.owner).toEqual(
      urgency === "high"
        ? { role: "team_lead", agentId: null }
        : { role: "assignee", agentId: aid("agt_1") },
    );
    expect(plan.gesture).toBeNull();
    expect(plan.reasons.length).toBeGreaterThan(0);
  });

  it("explains the churn risk with its reasons", () => {
    const plan = followUpPlan(supportCase(), { churnRisk: high });
    expect(plan.reasons).toContain("churn risk high (0.82): usage down 60 %");
  });

  it.each<[string, FollowUpInput, RegExp]>([
    [
      "an NPS response as csat",
      {
        csat: response({
          id: "n",
          kind: "nps",
          score: 3,
          customerId: cid("cus_1"),
          respondedAt: "2025-03-02T09:00:00Z",
        }),
      },
      /csat\.kind: expected a CSAT response, kind "csat", received "nps"/,
    ],
    [
      "an unknown band",
      { churnRisk: { score: 1, band: "severe" as never } },
      /churnRisk\.band: .*received "severe"/,
    ],
  ])("rejects %s", (_name, input, message) => {
    expect(() => followUpPlan(supportCase(), input)).toThrow(message);
  });

  it("rejects a missing case", () => {
    expect(() => followUpPlan(null as never)).toThrow(/case: expected a Case/);
  });
});

describe("followUpPlan: the gesture budget", () => {
  const policy = defineCarePolicy({
    gestures: {
      credit: {
        maxValue: { amount: 1000, currency: "EUR" },
        limits: [{ scope: "agent", period: "month", count: 1 }],
        conditions: ["bad_csat"],
      },
      extra_time: { maxMinutes: 15, conditions: ["high_churn_risk"] },
      discount: { conditions: ["sla_breach"] }, // no cap and no offer: nothing to propose
    },
  });
  const budget = (overrides: Partial<FollowUpBudget> = {}): FollowUpBudget => ({
    policy,
    ledger: [],
    agent: { id: aid("agt_1"), role: "agent", teamId: tid("team_1") },
    asOf: new Date("2025-03-14T10:00:00Z"),
    timeZone: "Europe/Berlin",
    ...overrides,
  });

  it("offers the first gesture the budget allows, at the rule's cap", () => {
    const plan = followUpPlan(supportCase(), { csat: bad, budget: budget() });
    expect(plan.gesture).toMatchObject({
      kind: "credit",
      value: { amount: 1000, currency: "EUR" },
      minutes: null,
    });
    expect(plan.gesture?.decision.allowed).toBe(true);
    expect(plan.steps.at(-1)).toEqual({
      action: "offer_gesture",
      why: "credit worth 1000 EUR minor units is within the care policy",
    });
  });

  it("moves on when a budget is used up, and keeps every decision", () => {
    const used = [gesture({ kind: "credit", grantedAt: "2025-03-02T09:00:00Z" })];
    const plan = followUpPlan(supportCase(), {
      csat: bad,
      churnRisk: high,
      budget: budget({ ledger: used }),
    });
    expect(plan.gestureOptions.map((o) => [o.kind, o.decision.reason])).toEqual([
      ["credit", "count_limit_reached"],
      ["extra_time", "within_policy"],
    ]);
    expect(plan.gesture).toMatchObject({ kind: "extra_time", minutes: 15, value: null });
    expect(plan.steps.at(-1)?.why).toBe("extra_time worth 15 minutes is within the care policy");
  });

  it("no gesture when no condition of any rule holds", () => {
    const plan = followUpPlan(supportCase(), { slaBreached: true, budget: budget() });
    // discount needs sla_breach but has no amount to propose; the others need other conditions.
    expect(plan.gestureOptions.map((o) => [o.kind, o.decision.reason])).toEqual([
      ["credit", "condition_not_met"],
      ["extra_time", "condition_not_met"],
    ]);
    expect(plan.gesture).toBeNull();
    expect(plan.reasons).toContain("no gesture fits the care policy's budget now");
  });

  it("uses the offers and kinds given", () => {
    const plan = followUpPlan(supportCase(), {
      slaBreached: true,
      budget: budget({
        kinds: ["refund", "discount"],
        offers: { discount: { value: { amount: 250, currency: "EUR" } } },
      }),
    });
    expect(plan.gestureOptions.map((o) => [o.kind, o.decision.reason])).toEqual([
      ["refund", "kind_not_in_policy"],
      ["discount", "within_policy"],
    ]);
    expect(plan.gesture?.value).toEqual({ amount: 250, currency: "EUR" });
  });

  it("no budget is checked when no follow-up is needed", () => {
    const plan = followUpPlan(supportCase(), { csat: good, budget: budget() });
    expect(plan.gestureOptions).toEqual([]);
  });
});
