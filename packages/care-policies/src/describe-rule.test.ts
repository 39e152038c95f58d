import { describe, expect, it } from "vitest";
import { defineCarePolicy } from "./care-policy";
import { describeLimit, describeRule, formatMoney } from "./describe-rule";

const policy = defineCarePolicy({
  gestures: {
    discount: {
      roles: ["agent"],
      agents: ["agt_9"],
      maxValue: { amount: 2000, currency: "EUR" },
      limits: [
        { scope: "agent", period: "month", count: 1 },
        {
          scope: "team",
          period: "week",
          count: 5,
          value: { amount: 9000, currency: "EUR" },
          roles: ["agent"],
        },
      ],
      conditions: ["bad_csat", "sla_breach"],
    },
    extra_time: { maxMinutes: 15, limits: [{ scope: "customer", period: "day", minutes: 30 }] },
  },
});

describe("rules in words", () => {
  it.each([
    [policy.gestures.discount!.limits[0]!, "discount", "at most 1 discount per agent per month"],
    [
      policy.gestures.discount!.limits[1]!,
      "discount",
      "at most 5 discounts and 9000 EUR minor units of discount per team per week (for agent)",
    ],
    [
      policy.gestures.extra_time!.limits[0]!,
      "extra_time",
      "at most 30 minutes of extra_time per customer per day",
    ],
  ] as const)("%#: %s", (limit, kind, text) => {
    expect(describeLimit(kind, limit)).toBe(text);
  });

  it("describes a rule", () => {
    expect(describeRule(policy.gestures.discount!)).toBe(
      "discount granted by agent, agt_9; at most 2000 EUR minor units each; only after bad_csat or sla_breach",
    );
    expect(describeRule(policy.gestures.extra_time!)).toBe(
      "extra_time granted by agent, team_lead, manager, admin; at most 15 minutes each",
    );
  });

  it("writes money in minor units", () => {
    expect(formatMoney({ amount: 1999, currency: "JPY" })).toBe("1999 JPY minor units");
  });
});
