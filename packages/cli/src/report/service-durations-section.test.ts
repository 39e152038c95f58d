import { parseCase } from "@rapport/core";
import { defineSchedule } from "@rapport/service-levels";
import { describe, expect, it } from "vitest";
import { serviceDurationsSection } from "./service-durations-section";

const nineToFive = [{ from: "09:00", to: "17:00" }];
const schedule = defineSchedule({
  timeZone: "Europe/London",
  weekly: {
    monday: nineToFive,
    tuesday: nineToFive,
    wednesday: nineToFive,
    thursday: nineToFive,
    friday: nineToFive,
  },
});
// London is on GMT in March 2024 before the 31st. c1: opened Friday 16:00, first reply Monday
// 10:00: 66 calendar hours (3960 min), 2 business hours (Friday 16-17, Monday 9-10). c2: opened
// Monday 09:00, replied 09:30, no team.
const cases = [
  parseCase({
    id: "c1",
    customerId: "u1",
    channel: "email",
    status: "open",
    teamId: "t1",
    createdAt: "2024-03-01T16:00:00Z",
    firstReplyAt: "2024-03-04T10:00:00Z",
  }),
  parseCase({
    id: "c2",
    customerId: "u1",
    channel: "chat",
    status: "open",
    createdAt: "2024-03-04T09:00:00Z",
    firstReplyAt: "2024-03-04T09:30:00Z",
  }),
];
const data = {
  cases,
  interactions: [],
  agents: [],
  teams: [{ id: "t1", name: "Billing" }] as never[],
};

describe("serviceDurationsSection", () => {
  it("gives every duration in calendar and business time, and medians per team and channel", () => {
    const section = serviceDurationsSection(data, { schedule });
    expect(section.scheduleTimeZone).toBe("Europe/London");
    expect(section.rows.map((r) => r.name)).toEqual([
      "firstReply",
      "nextReply",
      "nextReplyPerCase",
      "firstResolution",
      "fullResolution",
      "requesterWait",
      "agentWait",
      "onHold",
    ]);
    const first = section.rows[0]!;
    // Medians of two: (3960 + 30) / 2 and (120 + 30) / 2.
    expect(first.calendar).toMatchObject({ n: 2, median: 1995, min: 30, max: 3960 });
    expect(first.business).toMatchObject({ n: 2, median: 75, min: 30, max: 120 });
    // Neither case is solved: both are without a resolution.
    expect(section.rows[4]!.calendar).toMatchObject({ n: 0, missing: 2, median: null });
    expect(section.byTeam).toEqual([
      {
        group: "Billing",
        cases: 1,
        firstReply: { calendar: 3960, business: 120 },
        fullResolution: { calendar: null, business: null },
      },
      {
        group: "no team",
        cases: 1,
        firstReply: { calendar: 30, business: 30 },
        fullResolution: { calendar: null, business: null },
      },
    ]);
    expect(section.byChannel.map((g) => g.group)).toEqual(["chat", "email"]);
  });

  it("gives calendar time only without a schedule", () => {
    const section = serviceDurationsSection(data, { schedule: null });
    expect(section.scheduleTimeZone).toBeNull();
    expect(section.rows.every((r) => r.business === null)).toBe(true);
    expect(section.byTeam[0]!.firstReply).toEqual({ calendar: 3960, business: null });
  });
});
