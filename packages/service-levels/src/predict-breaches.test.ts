import { describe, expect, it } from "vitest";
import { predictBreaches } from "./predict-breaches";
import { londonOffice, makeCase, message } from "./sla-cases.fixture";
import { defineSlaPolicy } from "./sla-policy";

const MIN = 60_000;
const at = (iso: string) => new Date(iso);

const policy = defineSlaPolicy({
  name: "Standard",
  schedule: londonOffice,
  targets: {
    normal: {
      firstReply: { minutes: 60, time: "business" },
      requesterWait: { minutes: 120, time: "business" },
    },
  },
});

describe("predictBreaches", () => {
  it("lists the targets due within the window, soonest first", () => {
    const queue = [
      // Created 09:00: first reply due 10:00, requester wait due 11:00.
      makeCase({ id: "case_1", createdAt: "2026-01-05T09:00:00Z" }),
      // Created 09:40: first reply due 10:40.
      makeCase({ id: "case_2", createdAt: "2026-01-05T09:40:00Z" }),
      // Created 09:10, replied: requester wait due 11:10 only.
      makeCase({ id: "case_3", createdAt: "2026-01-05T09:10:00Z" }),
      // Created 08:50, before opening: the clock starts at 09:00, so first reply is due 10:00 too.
      makeCase({ id: "case_4", createdAt: "2026-01-05T08:50:00Z" }),
      // Created the Friday before at 09:00: first reply breached at 10:00 that day, left out.
      makeCase({ id: "case_6", createdAt: "2026-01-02T09:00:00Z" }),
      // Pending: requester wait paused by status (no due time); first reply 10:20 is in.
      makeCase({
        id: "case_5",
        createdAt: "2026-01-05T09:20:00Z",
        statusHistory: [{ status: "pending", at: "2026-01-05T09:25:00Z" }],
      }),
    ];
    const interactions = [message("agent", "2026-01-05T09:15:00Z", { caseId: "case_3" })];
    const soon = predictBreaches(queue, interactions, [policy], {
      asOf: at("2026-01-05T09:55:00Z"),
      within: 50 * MIN,
    });
    // Window: 09:55 → 10:45.
    expect(
      soon.map((p) => [p.caseId, p.metric, p.dueAt.toISOString(), p.remainingCalendarMs / MIN]),
    ).toEqual([
      ["case_1", "firstReply", "2026-01-05T10:00:00.000Z", 5],
      ["case_4", "firstReply", "2026-01-05T10:00:00.000Z", 5],
      ["case_5", "firstReply", "2026-01-05T10:20:00.000Z", 25],
      ["case_2", "firstReply", "2026-01-05T10:40:00.000Z", 45],
    ]);
    expect(soon[0]).toMatchObject({
      policy: "Standard",
      priority: "normal",
      state: "active",
      remainingBusinessMs: 5 * MIN,
    });
  });

  it("includes targets paused outside hours whose due time falls in the window", () => {
    // Friday 2026-01-09 16:30: first reply 30 min by 17:00, due Monday 09:30.
    const friday = makeCase({ createdAt: "2026-01-09T16:30:00Z" });
    const found = predictBreaches([friday], [], [policy], {
      asOf: at("2026-01-09T18:00:00Z"),
      within: 3 * 24 * 60 * MIN,
    });
    expect(found.map((p) => [p.metric, p.state, p.dueAt.toISOString()])).toEqual([
      ["firstReply", "paused", "2026-01-12T09:30:00.000Z"],
      ["requesterWait", "paused", "2026-01-12T10:30:00.000Z"],
    ]);
    expect(
      predictBreaches([friday], [], [policy], {
        asOf: at("2026-01-09T18:00:00Z"),
        within: 60 * MIN,
      }),
    ).toEqual([]);
    expect(() =>
      predictBreaches([friday], [], [policy], { asOf: at("2026-01-09T18:00:00Z"), within: -1 }),
    ).toThrow(
      "predictBreaches: options.within: expected a non-negative number of milliseconds, received -1",
    );
  });
});
