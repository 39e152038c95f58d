import type { SurveyResponse } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { gesture, response } from "./__fixtures__/records";
import { defineCarePolicy } from "./care-policy";
import { type GestureSummaryOptions, gestureSummary } from "./gesture-summary";

const policy = defineCarePolicy({
  gestures: {
    discount: {
      limits: [
        { scope: "agent", period: "month", count: 5 },
        { scope: "team", period: "month", value: { amount: 5000, currency: "EUR" } },
        { scope: "customer", period: "quarter", count: 1 },
      ],
    },
    extra_time: { limits: [{ scope: "agent", period: "month", minutes: 60 }] },
  },
});
const march: GestureSummaryOptions = {
  period: "month",
  asOf: new Date("2025-03-15T12:00:00Z"),
  timeZone: "Europe/Berlin",
};

const ledger = [
  gesture({
    id: "A",
    agentId: "agt_1",
    customerId: "cus_1",
    value: { amount: 500, currency: "EUR" },
    grantedAt: "2025-03-03T09:00:00Z",
  }),
  gesture({
    id: "B",
    agentId: "agt_1",
    customerId: "cus_2",
    value: { amount: 700, currency: "EUR" },
    grantedAt: "2025-03-05T09:00:00Z",
  }),
  gesture({
    id: "C",
    agentId: "agt_2",
    customerId: "cus_3",
    kind: "extra_time",
    minutes: 15,
    grantedAt: "2025-03-06T09:00:00Z",
  }),
  // A refund (not in the policy), without a team.
  gesture({
    id: "D",
    agentId: "agt_2",
    teamId: undefined,
    customerId: "cus_4",
    kind: "refund",
    value: { amount: 1000, currency: "USD" },
    grantedAt: "2025-03-07T09:00:00Z",
  }),
  // 23:30 on 28 Feb in Berlin: February, left out.
  gesture({
    id: "E",
    agentId: "agt_1",
    customerId: "cus_6",
    value: { amount: 999, currency: "EUR" },
    grantedAt: "2025-02-28T22:30:00Z",
  }),
  // 00:30 on 1 March in Berlin: March.
  gesture({
    id: "F",
    agentId: "agt_3",
    teamId: "team_2",
    customerId: "cus_5",
    value: { amount: 300, currency: "EUR" },
    grantedAt: "2025-02-28T23:30:00Z",
  }),
];

let n = 0;
const csatAnswer = (
  customerId: string,
  score: "good" | "bad",
  respondedAt = "2025-03-10T09:00:00Z",
) => response({ id: `r${++n}`, kind: "csat", scale: "binary", score, customerId, respondedAt });
const npsAnswer = (customerId: string, score: number) =>
  response({ id: `r${++n}`, kind: "nps", score, customerId, respondedAt: "2025-03-10T09:00:00Z" });
const times = <T>(k: number, make: () => T) => Array.from({ length: k }, make);

// With a gesture (before answering): 8 good, 2 bad. Without: 6 good, 4 bad, one of them from
// cus_2 before their gesture of 5 March.
const responses: SurveyResponse[] = [
  ...times(3, () => csatAnswer("cus_1", "good")),
  ...times(2, () => csatAnswer("cus_2", "good")),
  csatAnswer("cus_2", "bad"),
  ...times(3, () => csatAnswer("cus_3", "good")),
  csatAnswer("cus_3", "bad"),
  csatAnswer("cus_2", "bad", "2025-03-04T09:00:00Z"),
  ...times(6, () => csatAnswer("cus_9", "good")),
  ...times(3, () => csatAnswer("cus_9", "bad")),
  // Outside the period: ignored.
  csatAnswer("cus_1", "bad", "2025-02-20T09:00:00Z"),
  // On the other scale: skipped, and said.
  response({
    id: "r_five",
    kind: "csat",
    scale: "five_point",
    score: 5,
    customerId: "cus_1",
    respondedAt: "2025-03-10T09:00:00Z",
  }),
  // NPS with: 10, 10, 9, 7, 3 → (3 − 1)/5 = +40. Without: 9, 6, 5, 8 → (1 − 2)/4 = −25.
  npsAnswer("cus_1", 10),
  npsAnswer("cus_1", 10),
  npsAnswer("cus_3", 9),
  npsAnswer("cus_5", 7),
  npsAnswer("cus_4", 3),
  npsAnswer("cus_8", 9),
  npsAnswer("cus_8", 6),
  npsAnswer("cus_8", 5),
  npsAnswer("cus_8", 8),
  // CES is not compared.
  response({
    id: "r_ces",
    kind: "ces",
    scale: "seven_point",
    score: 6,
    customerId: "cus_1",
    respondedAt: "2025-03-10T09:00:00Z",
  }),
];

describe("gestureSummary", () => {
  const summary = gestureSummary(ledger, policy, { ...march, surveyResponses: responses });

  it("covers the calendar month in the team's zone", () => {
    expect(summary.start.toISOString()).toBe("2025-02-28T23:00:00.000Z");
    expect(summary.end.toISOString()).toBe("2025-03-31T22:00:00.000Z");
  });

  it("totals what was granted, per kind and per agent", () => {
    // A, B, C, D, F: EUR 500 + 700 + 300, USD 1000, 15 minutes.
    expect(summary.total).toEqual({
      count: 5,
      value: [
        { amount: 1500, currency: "EUR" },
        { amount: 1000, currency: "USD" },
      ],
      minutes: 15,
    });
    expect(summary.byKind.discount).toEqual({
      count: 3,
      value: [{ amount: 1500, currency: "EUR" }],
      minutes: 0,
    });
    expect(summary.byKind.extra_time).toEqual({ count: 1, value: [], minutes: 15 });
    expect(summary.byKind.credit).toBeUndefined();
    expect(summary.byAgent.map((a) => [a.agentId, a.total.count])).toEqual([
      ["agt_1", 2],
      ["agt_2", 2],
      ["agt_3", 1],
    ]);
    expect(summary.byAgent[1]!.byKind).toEqual({
      refund: { count: 1, value: [{ amount: 1000, currency: "USD" }], minutes: 0 },
      extra_time: { count: 1, value: [], minutes: 15 },
    });
    expect(summary.outsidePolicy).toEqual(["D"]);
  });

  it("says how much of each agent and team budget is left", () => {
    const left = summary.budgets.map((b) => [
      b.path,
      b.subject,
      b.count?.remaining ?? b.value?.remaining.amount ?? b.minutes?.remaining,
    ]);
    expect(left).toEqual([
      ["gestures.discount.limits[0]", "agt_1", 3], // A, B (E is February's)
      ["gestures.discount.limits[0]", "agt_2", 5],
      ["gestures.discount.limits[0]", "agt_3", 4], // F
      ["gestures.discount.limits[1]", "team_1", 3800], // 5000 − 500 − 700
      ["gestures.discount.limits[1]", "team_2", 4700], // 5000 − 300
      ["gestures.extra_time.limits[0]", "agt_1", 60],
      ["gestures.extra_time.limits[0]", "agt_2", 45], // C
      ["gestures.extra_time.limits[0]", "agt_3", 60],
    ]);
    expect(summary.budgets[0]!.kind).toBe("discount");
  });

  it("compares CSAT with and without a gesture (metrics' compareCsat)", () => {
    expect(summary.csat.scale).toBe("binary");
    expect(summary.csat.withGesture.value).toBe(80); // 8 / 10
    expect(summary.csat.withoutGesture.value).toBe(60); // 6 / 10
    expect(summary.csat.comparison.difference).toBeCloseTo(20, 10);
    // Pooled z test by hand: p̂ = 14/20 = 0.7, SE = √(0.7·0.3·(1/10 + 1/10)) = 0.204939,
    // z = 0.2 / 0.204939 = 0.97590, two-sided p = 2·(1 − Φ(0.97590)) = 0.3291.
    expect(summary.csat.comparison.statistic).toBeCloseTo(0.9759, 4);
    expect(summary.csat.comparison.pValue).toBeCloseTo(0.3291, 4);
    expect(summary.csat.comparison.significant).toBe(false);
    expect(summary.skippedResponses).toEqual([
      { responseId: "r_five", reason: "CSAT on the five_point scale, compared on binary" },
    ]);
  });

  it("compares NPS with and without a gesture (metrics' compareNps)", () => {
    expect(summary.nps.withGesture.value).toBe(40);
    expect(summary.nps.withoutGesture.value).toBe(-25);
    expect(summary.nps.comparison.difference).toBe(65);
  });

  it("compares on the five-point scale when asked", () => {
    const five = gestureSummary(ledger, policy, {
      ...march,
      surveyResponses: responses,
      csatScale: "five_point",
    });
    expect(five.csat.withGesture.n).toBe(1);
    expect(five.csat.withoutGesture.n).toBe(0);
    expect(five.skippedResponses).toHaveLength(20);
  });

  it("with no responses: null scores, no test, no NaN", () => {
    const empty = gestureSummary([], policy, march);
    expect(empty.total).toEqual({ count: 0, value: [], minutes: 0 });
    expect(empty.csat.withGesture).toMatchObject({ value: null, n: 0, interval: null });
    expect(empty.csat.comparison).toMatchObject({
      difference: null,
      pValue: null,
      significant: false,
    });
    expect(empty.nps.withGesture).toMatchObject({ value: null, n: 0, interval: null });
    expect(empty.budgets).toEqual([]);
  });

  it("lists budgets of agents who granted nothing, and finds teams through agents", () => {
    const s = gestureSummary(ledger, policy, {
      ...march,
      agents: [
        { id: "agt_2", teamId: "team_1" },
        { id: "agt_7", teamId: "team_3" },
      ] as never,
    });
    const subjects = s.budgets
      .filter((b) => b.path === "gestures.discount.limits[0]")
      .map((b) => b.subject);
    expect(subjects).toEqual(["agt_1", "agt_2", "agt_3", "agt_7"]);
    const teams = s.budgets
      .filter((b) => b.path === "gestures.discount.limits[1]")
      .map((b) => b.subject);
    expect(teams).toEqual(["team_1", "team_2", "team_3"]);
  });

  it("rejects a bad moment, zone or period", () => {
    expect(() => gestureSummary([], policy, { ...march, asOf: new Date("x") })).toThrow(
      new RangeError(
        "gestureSummary: options.asOf: expected a valid Date, received an invalid Date",
      ),
    );
    expect(() => gestureSummary([], policy, { ...march, timeZone: "nope" })).toThrow(
      /options\.timeZone: expected an IANA/,
    );
    // The error names the caller's field, options.period, not periodBounds' own argument.
    expect(() => gestureSummary([], policy, { ...march, period: "decade" as never })).toThrow(
      'gestureSummary: options.period: expected one of "day" | "week" | "month" | "quarter" | "year", received "decade"',
    );
    // The period used to be a third positional argument { unit, at, timeZone }.
    expect(() => gestureSummary([], policy, undefined as never)).toThrow(TypeError);
  });

  it("counts nothing after the moment, and cuts weeks where asked", () => {
    // asOf Wednesday 2025-03-05 12:00 UTC: F (00:30 CET on 1 March), A (03-03) and B (03-05
    // 09:00 UTC) count; C (03-06) and D (03-07) are after the moment, E is in February.
    const early = gestureSummary(ledger, policy, {
      ...march,
      asOf: new Date("2025-03-05T12:00:00Z"),
    });
    expect(early.total.count).toBe(3);
    expect(early.end.toISOString()).toBe("2025-03-31T22:00:00.000Z");
    // The week of Wednesday 2025-03-05 in Berlin: from Monday 03-03 00:00 CET (03-02 23:00Z), or
    // from Sunday 03-02 00:00 CET (03-01 23:00Z) when weeks start on Sunday.
    const week = { ...march, period: "week" as const, asOf: new Date("2025-03-05T12:00:00Z") };
    expect(gestureSummary([], policy, week).start.toISOString()).toBe("2025-03-02T23:00:00.000Z");
    expect(gestureSummary([], policy, { ...week, weekStartsOn: 0 }).start.toISOString()).toBe(
      "2025-03-01T23:00:00.000Z",
    );
  });
});
