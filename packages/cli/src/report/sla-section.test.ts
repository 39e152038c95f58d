import { parseCase, parseInteraction } from "@rapport/core";
import { defineSchedule, defineSlaPolicy } from "@rapport/service-levels";
import { describe, expect, it } from "vitest";
import { slaSection } from "./sla-section";

const day = [{ from: "09:00", to: "17:00" }];
const schedule = defineSchedule({
  timeZone: "Europe/London",
  weekly: { monday: day, tuesday: day, wednesday: day, thursday: day, friday: day },
});
const policy = defineSlaPolicy({
  name: "Standard",
  schedule,
  targets: { normal: { firstReply: { minutes: 60, time: "business" } } },
});
const reply = (id: string, caseId: string, at: string) =>
  parseInteraction({
    id,
    customerId: "cus_1",
    caseId,
    channel: "email",
    direction: "outbound",
    author: { kind: "agent", id: "agt_1" },
    occurredAt: at,
  });
const ticket = (id: string, createdAt: string, more: Record<string, unknown> = {}) =>
  parseCase({ id, customerId: "cus_1", channel: "email", status: "open", createdAt, ...more });

// January 2026: GMT = UTC. Monday 05: c1 created 09:00, replied 09:30 (met); c2 created 09:00,
// replied 11:00 (breached at 10:00), both solved. Tuesday 06: c3 created 16:30 with no reply, open.
const cases = [
  ticket("c1", "2026-01-05T09:00:00Z", {
    firstReplyAt: "2026-01-05T09:30:00Z",
    status: "solved",
    solvedAt: "2026-01-05T12:00:00Z",
    teamId: "t1",
  }),
  ticket("c2", "2026-01-05T09:00:00Z", {
    firstReplyAt: "2026-01-05T11:00:00Z",
    status: "solved",
    solvedAt: "2026-01-05T12:00:00Z",
    teamId: "t2",
  }),
  ticket("c3", "2026-01-06T16:30:00Z", { teamId: "t1" }),
];
const interactions = [
  reply("i1", "c1", "2026-01-05T09:30:00Z"),
  reply("i2", "c2", "2026-01-05T11:00:00Z"),
];
const teams = [{ id: "t1", name: "Billing" }] as never[];

describe("slaSection", () => {
  const options = { policies: [policy], schedule, timeZone: "UTC", period: "month" as const };

  it("gives attainment overall and by team with Wilson intervals", () => {
    const section = slaSection(
      { cases, interactions, teams },
      { ...options, asOf: new Date("2026-01-06T16:45:00Z") },
    );
    // Decided: c1 met, c2 breached → 1 of 2. Wilson 95 %, by hand (z = 1.959964):
    // centre (p + z²/2n)/(1 + z²/n) = 0.5, half-width z√(p(1−p)/n + z²/4n²)/(1 + z²/n) = 0.40547.
    const [overall] = section.attainment.overall;
    expect(overall).toMatchObject({
      metric: "firstReply",
      group: null,
      value: 50,
      n: 2,
      breached: 1,
      open: 1,
    });
    expect(overall!.lower).toBeCloseTo(9.4531, 3);
    expect(overall!.upper).toBeCloseTo(90.5469, 3);
    // Teams by name where known; c3 (Billing) is still running.
    expect(section.attainment.byTeam.map((f) => [f.group, f.value, f.open])).toEqual([
      ["Billing", 100, 1],
      ["t2", 0, 0],
    ]);
    expect(section.attainment.byPeriod.map((f) => f.group)).toEqual(["2026-01"]);
    // First replies: 0.5 h and 2 h in calendar time; in business time the same (inside hours).
    expect(section.firstReply).toEqual({ calendarHours: [0.5, 2], businessHours: [0.5, 2] });
  });

  it("lists the open case that will breach, then the breach once it is overdue", () => {
    // c3: created Tue 16:30, 30 business minutes to 17:00, due Wed 09:30.
    const before = slaSection(
      { cases, interactions, teams },
      { ...options, asOf: new Date("2026-01-06T16:45:00Z") },
    );
    expect(before.breaches.count).toBe(0);
    expect(before.predicted.rows).toEqual([
      {
        caseId: "c3",
        metric: "firstReply",
        policy: "Standard",
        priority: "normal",
        team: "Billing",
        dueAt: "2026-01-07T09:30:00.000Z",
        // 16:45 → 09:30 next day: 16.75 calendar hours, 45 business minutes.
        calendarHours: 16.75,
        businessHours: 0.75,
      },
    ]);
    const after = slaSection(
      { cases, interactions, teams },
      { ...options, asOf: new Date("2026-01-07T10:00:00Z") },
    );
    expect(after.predicted.count).toBe(0);
    expect(after.breaches.rows).toMatchObject([
      { caseId: "c3", dueAt: "2026-01-07T09:30:00.000Z", calendarHours: -0.5, businessHours: -0.5 },
    ]);
    expect(after.openCases).toBe(1);
  });
});
