import { RapportValidationError } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { defineCarePolicy } from "./care-policy";
import type { CarePolicyDefinition } from "./care-policy-definition";
import { isMoneyKind } from "./gesture-rule";

describe("defineCarePolicy", () => {
  it("normalises a definition: defaults, paths, frozen", () => {
    const policy = defineCarePolicy({
      gestures: {
        discount: {
          roles: ["agent", "team_lead"],
          maxValue: { amount: 2000, currency: "EUR" },
          limits: [
            { scope: "agent", period: "month", count: 5 },
            {
              scope: "team",
              period: "month",
              value: { amount: 50000, currency: "EUR" },
              roles: ["agent"],
            },
          ],
          conditions: ["bad_csat", "sla_breach"],
        },
        extra_time: { maxMinutes: 15 },
      },
    });
    const discount = policy.gestures.discount!;
    expect(discount.path).toBe("gestures.discount");
    expect(discount.roles).toEqual(["agent", "team_lead"]);
    expect(discount.limits.map((l) => l.path)).toEqual([
      "gestures.discount.limits[0]",
      "gestures.discount.limits[1]",
    ]);
    expect(discount.limits[0]).toMatchObject({ count: 5, value: null, minutes: null, roles: null });
    expect(discount.limits[1]).toMatchObject({
      count: null,
      value: { amount: 50000, currency: "EUR" },
    });
    // Every role may grant a kind whose rule names none.
    expect(policy.gestures.extra_time!.roles).toEqual(["agent", "team_lead", "manager", "admin"]);
    expect(policy.gestures.extra_time!.conditions).toEqual([]);
    expect(policy.gestures.refund).toBeUndefined();
    expect(Object.isFrozen(policy)).toBe(true);
    expect(Object.isFrozen(discount.limits[0])).toBe(true);
  });

  it("does not keep references to the caller's arrays", () => {
    const roles = ["agent" as const];
    const policy = defineCarePolicy({ gestures: { credit: { roles } } });
    roles.push("admin" as never);
    expect(policy.gestures.credit!.roles).toEqual(["agent"]);
  });

  // Each bad definition, with the path and the words the message must name.
  it.each<[string, unknown, string]>([
    ["not an object", null, "(root): expected an object { gestures }, received null"],
    [
      "no gestures",
      {},
      "gestures: expected an object with one rule per gesture kind, received nothing",
    ],
    [
      "unknown kind",
      { gestures: { voucher: {} } },
      'gestures.voucher: expected a gesture kind (one of "discount" | "refund" | "credit" | "replacement" | "extra_time"), received "voucher"',
    ],
    [
      "rule not an object",
      { gestures: { refund: 5 } },
      "gestures.refund: expected a rule object, received 5",
    ],
    [
      "unknown role",
      { gestures: { refund: { roles: ["intern"] } } },
      'gestures.refund.roles[0]: expected one of "agent" | "team_lead" | "manager" | "admin", received "intern"',
    ],
    [
      "empty roles",
      { gestures: { refund: { roles: [] } } },
      "gestures.refund.roles: expected a non-empty array of roles",
    ],
    [
      "bad agent id",
      { gestures: { refund: { agents: [""] } } },
      "gestures.refund.agents[0]: expected an agent id",
    ],
    [
      "agents not an array",
      { gestures: { refund: { agents: "agt_1" } } },
      'gestures.refund.agents: expected an array of agent ids, received "agt_1"',
    ],
    [
      "fractional cap",
      { gestures: { credit: { maxValue: { amount: 10.5, currency: "EUR" } } } },
      "gestures.credit.maxValue.amount: expected a positive integer amount in minor units (e.g. 1999 for 19.99), received 10.5",
    ],
    [
      "zero cap",
      { gestures: { credit: { maxValue: { amount: 0, currency: "EUR" } } } },
      "gestures.credit.maxValue.amount: expected a positive integer",
    ],
    [
      "bad currency",
      { gestures: { credit: { maxValue: { amount: 100, currency: "euro" } } } },
      'gestures.credit.maxValue.currency: expected an ISO 4217 currency code such as "EUR", received "euro"',
    ],
    [
      "cap not money",
      { gestures: { credit: { maxValue: 100 } } },
      "gestures.credit.maxValue: expected money { amount, currency } in minor units, received 100",
    ],
    [
      "money cap on time",
      { gestures: { extra_time: { maxValue: { amount: 1, currency: "EUR" } } } },
      "gestures.extra_time.maxValue: expected no maxValue on extra_time (use maxMinutes)",
    ],
    [
      "minutes cap on money",
      { gestures: { refund: { maxMinutes: 5 } } },
      "gestures.refund.maxMinutes: expected no maxMinutes on refund (use maxValue)",
    ],
    [
      "negative minutes cap",
      { gestures: { extra_time: { maxMinutes: -15 } } },
      "gestures.extra_time.maxMinutes: expected a positive number of minutes, received -15",
    ],
    [
      "limits not an array",
      { gestures: { refund: { limits: {} } } },
      "gestures.refund.limits: expected an array of limits, received an object",
    ],
    [
      "limit not an object",
      { gestures: { refund: { limits: [7] } } },
      "gestures.refund.limits[0]: expected a limit object",
    ],
    [
      "bad scope",
      { gestures: { refund: { limits: [{ scope: "org", period: "month", count: 1 }] } } },
      'gestures.refund.limits[0].scope: expected one of "agent" | "team" | "customer", received "org"',
    ],
    [
      "bad period",
      { gestures: { refund: { limits: [{ scope: "agent", period: "fortnight", count: 1 }] } } },
      'gestures.refund.limits[0].period: expected one of "day" | "week" | "month" | "quarter" | "year", received "fortnight"',
    ],
    [
      "negative count",
      { gestures: { refund: { limits: [{ scope: "agent", period: "day", count: -1 }] } } },
      "gestures.refund.limits[0].count: expected a non-negative integer, received -1",
    ],
    [
      "empty limit",
      { gestures: { refund: { limits: [{ scope: "agent", period: "day" }] } } },
      "gestures.refund.limits[0]: expected at least one of count, value or minutes",
    ],
    [
      "minutes budget on money",
      { gestures: { refund: { limits: [{ scope: "agent", period: "day", minutes: 30 }] } } },
      "gestures.refund.limits[0].minutes: expected no minutes budget on refund (use value)",
    ],
    [
      "value budget on time",
      {
        gestures: {
          extra_time: {
            limits: [{ scope: "agent", period: "day", value: { amount: 1, currency: "EUR" } }],
          },
        },
      },
      "gestures.extra_time.limits[0].value: expected no value budget on extra_time (use minutes)",
    ],
    [
      "negative minutes budget",
      { gestures: { extra_time: { limits: [{ scope: "agent", period: "day", minutes: -1 }] } } },
      "gestures.extra_time.limits[0].minutes: expected a non-negative number of minutes, received -1",
    ],
    [
      "limit role",
      {
        gestures: {
          refund: { limits: [{ scope: "agent", period: "day", count: 1, roles: ["boss"] }] },
        },
      },
      'gestures.refund.limits[0].roles[0]: expected one of "agent"',
    ],
    [
      "two currencies",
      {
        gestures: {
          refund: {
            maxValue: { amount: 100, currency: "EUR" },
            limits: [{ scope: "team", period: "month", value: { amount: 900, currency: "USD" } }],
          },
        },
      },
      'gestures.refund: expected one currency for the caps and budgets of a kind, received "EUR, USD"',
    ],
    [
      "conditions not an array",
      { gestures: { refund: { conditions: "bad_csat" } } },
      'gestures.refund.conditions: expected an array of conditions, received "bad_csat"',
    ],
    [
      "unknown condition",
      { gestures: { refund: { conditions: ["angry"] } } },
      'gestures.refund.conditions[0]: expected one of "bad_csat" | "sla_breach" | "high_churn_risk", received "angry"',
    ],
  ])("rejects %s", (_name, definition, line) => {
    let error: unknown;
    try {
      defineCarePolicy(definition as CarePolicyDefinition);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RapportValidationError);
    expect((error as RapportValidationError).entity).toBe("CarePolicy");
    expect((error as Error).message).toContain(line);
  });

  it("reports every issue at once", () => {
    const call = () =>
      defineCarePolicy({
        gestures: {
          refund: {
            roles: ["intern" as never],
            limits: [{ scope: "org" as never, period: "day", count: 1.5 }],
          },
          voucher: {},
        } as never,
      });
    // roles[0], limits[0].scope, limits[0].count (1.5) and the unknown kind "voucher".
    expect(call).toThrow(/\(4 issues\)/);
  });

  it("an undefined rule is the same as no rule", () => {
    expect(defineCarePolicy({ gestures: { refund: undefined } } as never).gestures).toEqual({});
  });
});

describe("isMoneyKind", () => {
  it.each([
    ["discount", true],
    ["refund", true],
    ["credit", true],
    ["replacement", true],
    ["extra_time", false],
  ] as const)("%s → %s", (kind, expected) => {
    expect(isMoneyKind(kind)).toBe(expected);
  });
});
