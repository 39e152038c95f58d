import type { Interaction } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { slaAttainment } from "./sla-attainment";
import { makeCase, message } from "./sla-cases.fixture";
import { defineSlaPolicy } from "./sla-policy";

const at = (iso: string) => new Date(iso);

// Calendar targets keep the arithmetic plain: first reply within 60 minutes.
const policy = defineSlaPolicy({
  name: "All",
  targets: {
    normal: { firstReply: { minutes: 60, time: "calendar" } },
    urgent: { firstReply: { minutes: 15, time: "calendar" } },
  },
});

// case_a: replied after 30 min (achieved, 2026-03-02, week 10), team_1.
// case_b: replied after 90 min (breached at 10:00 on 03-02), team_1.
// case_c: urgent, replied after 10 min (achieved, 03-10, week 11), team_2.
// case_d: no reply yet at asOf, 20 min old (open).
const cases = [
  makeCase({ id: "case_a", createdAt: "2026-03-02T09:00:00Z", teamId: "team_1" }),
  makeCase({ id: "case_b", createdAt: "2026-03-02T09:00:00Z", teamId: "team_1" }),
  makeCase({
    id: "case_c",
    createdAt: "2026-03-10T09:00:00Z",
    teamId: "team_2",
    priority: "urgent",
  }),
  makeCase({ id: "case_d", createdAt: "2026-03-20T09:40:00Z" }),
];
const interactions = [
  message("agent", "2026-03-02T09:30:00Z", { caseId: "case_a" }),
  message("agent", "2026-03-02T10:30:00Z", { caseId: "case_b" }),
  message("agent", "2026-03-10T09:10:00Z", { caseId: "case_c" }),
  // An interaction on no case is ignored.
  { ...message("agent", "2026-03-20T09:45:00Z"), caseId: undefined } as unknown as Interaction,
];
const asOf = at("2026-03-20T10:00:00Z");

describe("slaAttainment", () => {
  it("gives the share achieved as a Proportion with a Wilson interval", () => {
    const [row] = slaAttainment(cases, interactions, [policy], { asOf });
    // 2 achieved of 3 decided; 1 open. Wilson 95 % (z = 1.959964, z² = 3.841459) for p = 2/3, n = 3:
    // centre = (p + z²/2n) / (1 + z²/n) = (0.666667 + 0.640243) / 2.280486 = 0.573085
    // half = z / (1 + z²/n) × √(p(1-p)/n + z²/4n²) = 0.859443 × √(0.074074 + 0.106707) = 0.365406
    // → [20.77 %, 93.85 %]; R: prop.test(2, 3, correct = FALSE)$conf.int = 0.2076596, 0.9385081.
    expect(row).toMatchObject({
      metric: "firstReply",
      attainment: { successes: 2, n: 3, smallSample: true },
      breached: 1,
      open: 1,
      priority: null,
      teamId: null,
      period: null,
    });
    expect(row!.attainment.value).toBeCloseTo(66.667, 3);
    expect(row!.attainment.interval!.lower).toBeCloseTo(20.76596, 4);
    expect(row!.attainment.interval!.upper).toBeCloseTo(93.85081, 4);
    expect(row!.attainment.interval!.method).toBe("wilson");
  });

  it("breaks down by priority, team and week of the decision (labelled by its Monday)", () => {
    const rows = slaAttainment(cases, interactions, [policy], {
      asOf,
      by: ["priority", "team", "period"],
      period: "week",
      timeZone: "Europe/London",
    });
    expect(
      rows.map((r) => [r.priority, r.teamId, r.period, r.attainment.successes, r.breached, r.open]),
    ).toEqual([
      // ISO weeks 12, 10 and 11 of 2026 start on Mondays 16, 2 and 9 March.
      ["normal", null, "2026-03-16", 0, 0, 1],
      ["normal", "team_1", "2026-03-02", 1, 1, 0],
      ["urgent", "team_2", "2026-03-09", 1, 0, 0],
    ]);
    // The open group has n = 0: value and interval are null, not NaN.
    expect(rows[0]!.attainment).toMatchObject({ n: 0, value: null, interval: null });
    const months = slaAttainment(cases, interactions, [policy], {
      asOf,
      by: ["period"],
      period: "month",
      timeZone: "UTC",
    });
    expect(months.map((r) => [r.period, r.attainment.n])).toEqual([["2026-03", 3]]);
    const quarters = slaAttainment(cases, interactions, [policy], {
      asOf,
      by: ["period"],
      period: "quarter",
      timeZone: "UTC",
    });
    expect(quarters.map((r) => r.period)).toEqual(["2026-Q1"]);
    // Day periods follow the given zone: 2026-03-02 09:30Z is 2026-03-02 in Auckland too (22:30 +13).
    const days = slaAttainment(cases, interactions, [policy], {
      asOf,
      by: ["period"],
      period: "day",
      timeZone: "Pacific/Auckland",
      level: 0.9,
    });
    expect(days.map((r) => r.period)).toEqual(["2026-03-02", "2026-03-10", "2026-03-20"]);
    expect(days[0]!.attainment.interval!.level).toBe(0.9);
  });

  it("is empty for no cases and rejects bad options", () => {
    expect(slaAttainment([], [], [policy], { asOf })).toEqual([]);
    expect(() => slaAttainment(cases, [], [policy], { asOf, by: ["agent" as never] })).toThrow(
      'slaAttainment: options.by[]: expected one of "priority" | "team" | "period", received "agent"',
    );
    expect(() => slaAttainment(cases, [], [policy], { asOf, period: "decade" as never })).toThrow(
      new RangeError(
        'slaAttainment: options.period: expected one of "day" | "week" | "month" | "quarter" | "year", received "decade"',
      ),
    );
    expect(() => slaAttainment(cases, [], [policy], { asOf, timeZone: "Moon/Base" })).toThrow(
      /options.timeZone: expected an IANA time-zone name .*, received "Moon\/Base"/,
    );
    // Periods need a zone: no silent default.
    expect(() => slaAttainment(cases, [], [policy], { asOf, by: ["period"] })).toThrow(TypeError);
    expect(() => slaAttainment(cases, [], [policy], { asOf, level: 2 })).toThrow(RangeError);
  });
});
