import type { CareGesture } from "@rapport/core";
import { agentId as aid, customerId as cid, teamId as tid } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { gesture } from "./__fixtures__/records";
import { defineCarePolicy } from "./care-policy";
import { evaluateGesture } from "./evaluate-gesture";
import type { EvaluateGestureOptions, GestureRequest } from "./gesture-request";

const policy = defineCarePolicy({
  gestures: {
    discount: {
      roles: ["agent", "team_lead"],
      agents: ["agt_special"],
      maxValue: { amount: 2000, currency: "EUR" },
      limits: [
        { scope: "agent", period: "month", count: 5 },
        { scope: "team", period: "month", value: { amount: 5000, currency: "EUR" } },
        { scope: "customer", period: "quarter", count: 1 },
      ],
      conditions: ["bad_csat", "sla_breach"],
    },
    refund: {
      roles: ["team_lead", "manager"],
      maxValue: { amount: 10000, currency: "EUR" },
      // Team leads: two a week; managers are not limited.
      limits: [{ scope: "agent", period: "week", count: 2, roles: ["team_lead"] }],
    },
    extra_time: { maxMinutes: 15, limits: [{ scope: "agent", period: "day", minutes: 30 }] },
    credit: { limits: [{ scope: "team", period: "month", count: 3 }] },
    replacement: { limits: [{ scope: "agent", period: "year", count: 0 }] },
  },
});

// Friday 14 March 2025, 11:00 in Berlin (CET, UTC+1).
const base: EvaluateGestureOptions = {
  asOf: new Date("2025-03-14T10:00:00Z"),
  timeZone: "Europe/Berlin",
};
const agent = { id: aid("agt_1"), role: "agent" as const, teamId: tid("team_1") };
const discount = (amount = 1500, currency = "EUR"): GestureRequest => ({
  kind: "discount",
  agent,
  customerId: cid("cus_1"),
  value: { amount, currency },
  conditions: ["bad_csat"],
});
/** `n` discounts by an agent to distinct customers (so the customer limit is not what bites). */
const discounts = (
  n: number,
  grantedAt: string,
  fields: Partial<Parameters<typeof gesture>[0]> = {},
) =>
  Array.from({ length: n }, (_, i) =>
    gesture({ grantedAt, customerId: `cus_other_${i}`, ...fields }),
  );

interface Row {
  name: string;
  request: GestureRequest;
  ledger?: CareGesture[];
  options?: Partial<EvaluateGestureOptions>;
  reason: string;
  rule: string | null;
  check?: (d: ReturnType<typeof evaluateGesture>) => void;
}

const rows: Row[] = [
  {
    name: "a discount within every budget",
    request: discount(),
    reason: "within_policy",
    rule: "gestures.discount",
    check: (d) => {
      expect(d.remaining.map((u) => [u.path, u.subject])).toEqual([
        ["gestures.discount.limits[0]", "agt_1"],
        ["gestures.discount.limits[1]", "team_1"],
        ["gestures.discount.limits[2]", "cus_1"],
      ]);
      expect(d.remaining[0]!.count).toEqual({ limit: 5, used: 0, remaining: 5 });
      expect(d.remaining[1]!.value!.remaining).toEqual({ amount: 5000, currency: "EUR" });
      expect(d.remaining[2]!.count).toEqual({ limit: 1, used: 0, remaining: 1 });
    },
  },
  // --- kinds and roles
  {
    name: "an agent may not refund",
    request: {
      kind: "refund",
      agent,
      customerId: cid("cus_1"),
      value: { amount: 100, currency: "EUR" },
    },
    reason: "role_not_allowed",
    rule: "gestures.refund.roles",
  },
  {
    name: "a team lead may refund",
    request: {
      kind: "refund",
      agent: { ...agent, role: "team_lead" },
      customerId: cid("cus_1"),
      value: { amount: 100, currency: "EUR" },
    },
    reason: "within_policy",
    rule: "gestures.refund",
  },
  {
    name: "a manager may not discount…",
    request: { ...discount(), agent: { id: aid("agt_9"), role: "manager", teamId: tid("team_1") } },
    reason: "role_not_allowed",
    rule: "gestures.discount.roles",
  },
  {
    name: "…unless named in the rule",
    request: {
      ...discount(),
      agent: { id: aid("agt_special"), role: "manager", teamId: tid("team_1") },
    },
    reason: "within_policy",
    rule: "gestures.discount",
  },
  // --- conditions
  {
    name: "no circumstance holds",
    request: { ...discount(), conditions: [] },
    reason: "condition_not_met",
    rule: "gestures.discount.conditions",
  },
  {
    name: "conditions left out",
    request: {
      kind: "discount",
      agent,
      customerId: cid("cus_1"),
      value: { amount: 100, currency: "EUR" },
    },
    reason: "condition_not_met",
    rule: "gestures.discount.conditions",
  },
  {
    name: "another circumstance than required",
    request: { ...discount(), conditions: ["high_churn_risk"] },
    reason: "condition_not_met",
    rule: "gestures.discount.conditions",
  },
  {
    name: "an SLA breach is enough",
    request: { ...discount(), conditions: ["sla_breach"] },
    reason: "within_policy",
    rule: "gestures.discount",
  },
  // --- value caps
  {
    name: "exactly the cap",
    request: discount(2000),
    reason: "within_policy",
    rule: "gestures.discount",
  },
  {
    name: "one cent over the cap",
    request: discount(2001),
    reason: "value_cap_exceeded",
    rule: "gestures.discount.maxValue",
  },
  {
    name: "another currency",
    request: discount(1000, "USD"),
    reason: "currency_mismatch",
    rule: "gestures.discount.maxValue",
  },
  {
    name: "16 minutes of a 15-minute cap",
    request: { kind: "extra_time", agent, customerId: cid("cus_1"), minutes: 16 },
    reason: "minutes_cap_exceeded",
    rule: "gestures.extra_time.maxMinutes",
  },
  // --- per-agent count, per month in Berlin
  {
    name: "the agent's 5th discount this month",
    request: discount(),
    ledger: discounts(4, "2025-03-03T09:00:00Z"),
    reason: "within_policy",
    rule: "gestures.discount",
    check: (d) => expect(d.remaining[0]!.count).toEqual({ limit: 5, used: 4, remaining: 1 }),
  },
  {
    name: "the agent's 6th discount this month",
    request: discount(),
    ledger: discounts(5, "2025-03-03T09:00:00Z"),
    reason: "count_limit_reached",
    rule: "gestures.discount.limits[0]",
    check: (d) =>
      expect(d.detail).toBe("5 of 5 already granted (at most 5 discounts per agent per month)"),
  },
  {
    name: "other agents' discounts do not count for the agent",
    request: discount(),
    ledger: discounts(5, "2025-03-03T09:00:00Z", { agentId: aid("agt_2"), teamId: tid("team_2") }),
    reason: "within_policy",
    rule: "gestures.discount",
  },
  // 22:30 UTC on 28 Feb is 23:30 in Berlin: February, so last month's.
  {
    name: "gestures late on the last day of last month (Berlin)",
    request: discount(),
    ledger: discounts(5, "2025-02-28T22:30:00Z"),
    options: { asOf: new Date("2025-03-01T00:30:00Z") },
    reason: "within_policy",
    rule: "gestures.discount",
  },
  // 23:30 UTC on 28 Feb is 00:30 on 1 March in Berlin: this month's.
  {
    name: "gestures just after midnight on the 1st (Berlin)",
    request: discount(),
    ledger: discounts(5, "2025-02-28T23:30:00Z"),
    options: { asOf: new Date("2025-03-01T00:30:00Z") },
    reason: "count_limit_reached",
    rule: "gestures.discount.limits[0]",
  },
  // On UTC's calendar the gestures (23:30 UTC, 28 Feb) are February's and asOf (00:30 UTC, 1 March) is March.
  {
    name: "the same gestures on UTC's calendar are last month's",
    request: discount(),
    ledger: discounts(5, "2025-02-28T23:30:00Z"),
    options: { asOf: new Date("2025-03-01T00:30:00Z"), timeZone: "UTC" },
    reason: "within_policy",
    rule: "gestures.discount",
  },
  {
    name: "gestures after asOf are not counted",
    request: discount(),
    ledger: discounts(5, "2025-03-20T09:00:00Z"),
    reason: "within_policy",
    rule: "gestures.discount",
  },
  // --- per-team value budget
  {
    name: "the team's value budget would overrun",
    request: discount(1500),
    ledger: discounts(4, "2025-03-05T09:00:00Z", {
      agentId: aid("agt_2"),
      value: { amount: 1000, currency: "EUR" },
    }),
    reason: "value_budget_exceeded",
    rule: "gestures.discount.limits[1]",
    check: (d) => {
      expect(d.remaining[1]!.value).toEqual({
        limit: { amount: 5000, currency: "EUR" },
        used: { amount: 4000, currency: "EUR" },
        remaining: { amount: 1000, currency: "EUR" },
      });
      expect(d.detail).toContain("1500 EUR minor units is more than the 1000 EUR minor units left");
    },
  },
  {
    name: "the team's last 1000 cents",
    request: discount(1000),
    ledger: discounts(4, "2025-03-05T09:00:00Z", {
      agentId: aid("agt_2"),
      value: { amount: 1000, currency: "EUR" },
    }),
    reason: "within_policy",
    rule: "gestures.discount",
  },
  {
    name: "another team's spending does not count",
    request: discount(1500),
    ledger: discounts(4, "2025-03-05T09:00:00Z", {
      agentId: aid("agt_3"),
      teamId: tid("team_2"),
      value: { amount: 1000, currency: "EUR" },
    }),
    reason: "within_policy",
    rule: "gestures.discount",
  },
  {
    name: "gestures in another currency are excluded from a value budget, and listed",
    request: discount(1500),
    ledger: discounts(1, "2025-03-05T09:00:00Z", {
      agentId: aid("agt_2"),
      value: { amount: 4900, currency: "USD" },
    }),
    reason: "within_policy",
    rule: "gestures.discount",
    check: (d) => {
      expect(d.remaining[1]!.value!.used.amount).toBe(0);
      expect(d.remaining[1]!.excluded).toEqual([
        { gestureId: expect.any(String), reason: "value in USD, budget in EUR" },
      ]);
    },
  },
  // --- per-customer count, per quarter in Berlin
  {
    name: "the customer had a discount this quarter",
    request: discount(),
    ledger: [gesture({ grantedAt: "2025-01-15T09:00:00Z", agentId: aid("agt_2") })],
    reason: "count_limit_reached",
    rule: "gestures.discount.limits[2]",
  },
  // 23:30 UTC on 31 Dec 2024 is 00:30 on 1 Jan 2025 in Berlin: Q1.
  {
    name: "a discount at 00:30 on 1 January (Berlin) is this quarter's",
    request: discount(),
    ledger: [gesture({ grantedAt: "2024-12-31T23:30:00Z", agentId: aid("agt_2") })],
    reason: "count_limit_reached",
    rule: "gestures.discount.limits[2]",
  },
  // 22:30 UTC on 31 Dec 2024 is 23:30 in Berlin: Q4 2024.
  {
    name: "a discount at 23:30 on 31 December (Berlin) is last quarter's",
    request: discount(),
    ledger: [gesture({ grantedAt: "2024-12-31T22:30:00Z", agentId: aid("agt_2") })],
    reason: "within_policy",
    rule: "gestures.discount",
  },
  {
    name: "another customer's discount does not count",
    request: discount(),
    ledger: [gesture({ grantedAt: "2025-01-15T09:00:00Z", customerId: cid("cus_2") })],
    reason: "within_policy",
    rule: "gestures.discount",
  },
  // --- roles a limit applies to; weeks from Monday in Berlin
  {
    name: "a team lead's 3rd refund this week",
    request: {
      kind: "refund",
      agent: { ...agent, role: "team_lead" },
      customerId: cid("cus_1"),
      value: { amount: 100, currency: "EUR" },
    },
    ledger: [
      gesture({ kind: "refund", grantedAt: "2025-03-10T08:00:00Z" }),
      gesture({ kind: "refund", grantedAt: "2025-03-12T08:00:00Z" }),
    ],
    reason: "count_limit_reached",
    rule: "gestures.refund.limits[0]",
  },
  {
    name: "a manager is not limited",
    request: {
      kind: "refund",
      agent: { ...agent, role: "manager" },
      customerId: cid("cus_1"),
      value: { amount: 100, currency: "EUR" },
    },
    ledger: [
      gesture({ kind: "refund", grantedAt: "2025-03-10T08:00:00Z" }),
      gesture({ kind: "refund", grantedAt: "2025-03-12T08:00:00Z" }),
    ],
    reason: "within_policy",
    rule: "gestures.refund",
    check: (d) => expect(d.remaining).toEqual([]),
  },
  // Sunday 9 March 22:30 UTC is 23:30 on Sunday in Berlin: last week.
  {
    name: "a refund late on Sunday (Berlin) is last week's",
    request: {
      kind: "refund",
      agent: { ...agent, role: "team_lead" },
      customerId: cid("cus_1"),
      value: { amount: 100, currency: "EUR" },
    },
    ledger: [
      gesture({ kind: "refund", grantedAt: "2025-03-09T22:30:00Z" }),
      gesture({ kind: "refund", grantedAt: "2025-03-12T08:00:00Z" }),
    ],
    reason: "within_policy",
    rule: "gestures.refund",
  },
  {
    name: "…but Monday 00:30 (Berlin) is this week's",
    request: {
      kind: "refund",
      agent: { ...agent, role: "team_lead" },
      customerId: cid("cus_1"),
      value: { amount: 100, currency: "EUR" },
    },
    ledger: [
      gesture({ kind: "refund", grantedAt: "2025-03-09T23:30:00Z" }),
      gesture({ kind: "refund", grantedAt: "2025-03-12T08:00:00Z" }),
    ],
    reason: "count_limit_reached",
    rule: "gestures.refund.limits[0]",
  },
  // --- minutes per day in Berlin
  {
    name: "15 minutes with 20 used today",
    request: { kind: "extra_time", agent, customerId: cid("cus_1"), minutes: 15 },
    ledger: [gesture({ kind: "extra_time", minutes: 20, grantedAt: "2025-03-14T08:00:00Z" })],
    reason: "minutes_budget_exceeded",
    rule: "gestures.extra_time.limits[0]",
    check: (d) => expect(d.remaining[0]!.minutes).toEqual({ limit: 30, used: 20, remaining: 10 }),
  },
  {
    name: "10 minutes with 20 used today",
    request: { kind: "extra_time", agent, customerId: cid("cus_1"), minutes: 10 },
    ledger: [gesture({ kind: "extra_time", minutes: 20, grantedAt: "2025-03-14T08:00:00Z" })],
    reason: "within_policy",
    rule: "gestures.extra_time",
  },
  // 23:30 UTC on 13 March is 00:30 on 14 March in Berlin: today.
  {
    name: "minutes at 00:30 today (Berlin) count",
    request: { kind: "extra_time", agent, customerId: cid("cus_1"), minutes: 15 },
    ledger: [gesture({ kind: "extra_time", minutes: 20, grantedAt: "2025-03-13T23:30:00Z" })],
    reason: "minutes_budget_exceeded",
    rule: "gestures.extra_time.limits[0]",
  },
  {
    name: "minutes at 23:30 yesterday (Berlin) do not",
    request: { kind: "extra_time", agent, customerId: cid("cus_1"), minutes: 15 },
    ledger: [gesture({ kind: "extra_time", minutes: 20, grantedAt: "2025-03-13T22:30:00Z" })],
    reason: "within_policy",
    rule: "gestures.extra_time",
  },
  // --- team attribution
  {
    name: "a team budget for an agent without a team",
    request: {
      kind: "credit",
      agent: { id: aid("agt_1"), role: "agent" },
      customerId: cid("cus_1"),
      value: { amount: 100, currency: "EUR" },
    },
    reason: "team_unknown",
    rule: "gestures.credit.limits[0]",
  },
  {
    name: "gestures without a team are listed, not counted",
    request: {
      kind: "credit",
      agent,
      customerId: cid("cus_1"),
      value: { amount: 100, currency: "EUR" },
    },
    ledger: discounts(3, "2025-03-05T09:00:00Z", {
      kind: "credit",
      agentId: aid("agt_2"),
      teamId: undefined,
    }),
    reason: "within_policy",
    rule: "gestures.credit",
    check: (d) => {
      expect(d.remaining[0]!.count!.used).toBe(0);
      expect(d.remaining[0]!.excluded).toHaveLength(3);
      expect(d.remaining[0]!.excluded[0]!.reason).toBe(
        "no teamId and no agent with a team to find it",
      );
    },
  },
  {
    name: "…and counted when the agents give their team",
    request: {
      kind: "credit",
      agent,
      customerId: cid("cus_1"),
      value: { amount: 100, currency: "EUR" },
    },
    ledger: discounts(3, "2025-03-05T09:00:00Z", {
      kind: "credit",
      agentId: aid("agt_2"),
      teamId: undefined,
    }),
    options: {
      agents: [{ id: aid("agt_2"), teamId: tid("team_1") }, { id: aid("agt_4") }] as never,
    },
    reason: "count_limit_reached",
    rule: "gestures.credit.limits[0]",
  },
  {
    name: "a zero budget allows nothing",
    request: {
      kind: "replacement",
      agent,
      customerId: cid("cus_1"),
      value: { amount: 1, currency: "EUR" },
    },
    reason: "count_limit_reached",
    rule: "gestures.replacement.limits[0]",
  },
];

describe("evaluateGesture", () => {
  it.each(rows)("$name → $reason", ({ request, ledger = [], options, reason, rule, check }) => {
    const decision = evaluateGesture(policy, ledger, request, { ...base, ...options });
    expect(decision.reason).toBe(reason);
    expect(decision.allowed).toBe(reason === "within_policy");
    expect(decision.rule?.path ?? null).toBe(rule);
    expect(decision.detail.length).toBeGreaterThan(0);
    check?.(decision);
  });

  it("denies a kind without a rule", () => {
    const only = defineCarePolicy({ gestures: { credit: {} } });
    const d = evaluateGesture(only, [], discount(), base);
    expect(d).toMatchObject({
      allowed: false,
      reason: "kind_not_in_policy",
      rule: null,
      remaining: [],
    });
  });

  it("still lists every budget when an earlier one denies", () => {
    const d = evaluateGesture(policy, discounts(5, "2025-03-03T09:00:00Z"), discount(), base);
    expect(d.reason).toBe("count_limit_reached");
    expect(d.remaining).toHaveLength(3);
  });

  it("does not mutate the ledger or the request", () => {
    const ledger = discounts(2, "2025-03-03T09:00:00Z");
    const request = discount();
    const before = JSON.stringify([ledger, request]);
    evaluateGesture(policy, ledger, request, base);
    expect(JSON.stringify([ledger, request])).toBe(before);
  });

  it.each<[string, () => unknown, RegExp]>([
    [
      "request not an object",
      () => evaluateGesture(policy, [], null as never, base),
      /request: expected an object/,
    ],
    [
      "unknown kind",
      () => evaluateGesture(policy, [], { ...discount(), kind: "voucher" as never }, base),
      /request\.kind: expected one of .* received "voucher"/,
    ],
    [
      "no agent",
      () => evaluateGesture(policy, [], { ...discount(), agent: undefined as never }, base),
      /request\.agent: expected an object \{ id, role, teamId\? \}/,
    ],
    [
      "unknown role",
      () =>
        evaluateGesture(
          policy,
          [],
          { ...discount(), agent: { id: aid("a"), role: "boss" as never } },
          base,
        ),
      /request\.agent\.role: .* received "boss"/,
    ],
    [
      "no customer",
      () => evaluateGesture(policy, [], { ...discount(), customerId: "" as never }, base),
      /request\.customerId: expected a customer id/,
    ],
    [
      "money kind without value",
      () => evaluateGesture(policy, [], { kind: "refund", agent, customerId: cid("c") }, base),
      /request\.value: expected money .* for a refund, received nothing/,
    ],
    [
      "fractional value",
      () => evaluateGesture(policy, [], discount(10.5), base),
      /request\.value: expected money/,
    ],
    [
      "extra time without minutes",
      () => evaluateGesture(policy, [], { kind: "extra_time", agent, customerId: cid("c") }, base),
      /request\.minutes: expected a positive number of minutes for extra_time/,
    ],
    [
      "unknown condition",
      () => evaluateGesture(policy, [], { ...discount(), conditions: ["angry" as never] }, base),
      /request\.conditions\[0\]: .* received "angry"/,
    ],
    [
      "bad asOf",
      () => evaluateGesture(policy, [], discount(), { ...base, asOf: new Date(Number.NaN) }),
      /options\.asOf: expected a valid Date/,
    ],
    [
      "bad time zone",
      () => evaluateGesture(policy, [], discount(), { ...base, timeZone: "CET+1" }),
      /options\.timeZone: expected an IANA time-zone name/,
    ],
  ])("rejects %s", (_name, call, message) => {
    expect(call).toThrow(message);
  });

  it("takes branded ids, as every function that takes an id does", () => {
    const request: GestureRequest = {
      ...discount(),
      // @ts-expect-error a plain string is not a CustomerId: make one with customerId("cus_1")
      customerId: "cus_1",
    };
    // 15.00 EUR is under the 20.00 cap, an agent may grant it after a bad CSAT, nothing used yet.
    expect(evaluateGesture(policy, [], request, base).reason).toBe("within_policy");
  });
});
