import { describe, expect, it } from "vitest";
import { defineSchedule } from "./schedule";
import { londonOffice, makeCase, message } from "./sla-cases.fixture";
import { defineSlaPolicy } from "./sla-policy";
import { slaStatus } from "./sla-status";
import type { SlaTargetStatus } from "./sla-target-status";

const MIN = 60_000;
const H = 3_600_000;
const at = (iso: string) => new Date(iso);
const iso = (date: Date | null) => date?.toISOString() ?? null;

const standard = defineSlaPolicy({
  name: "Standard",
  schedule: londonOffice,
  targets: {
    normal: {
      firstReply: { minutes: 60, time: "business" },
      nextReply: { minutes: 120, time: "business" },
      periodicUpdate: { minutes: 60, time: "business" },
      requesterWait: { minutes: 480, time: "business" },
      agentWork: { minutes: 360, time: "business" },
      resolution: { minutes: 72 * 60, time: "calendar" },
    },
    urgent: { firstReply: { minutes: 60, time: "business" } },
    high: { firstReply: { minutes: 240, time: "business" } },
  },
});

function target(targets: readonly SlaTargetStatus[], metric: string): SlaTargetStatus {
  const found = targets.find((t) => t.metric === metric);
  if (!found) throw new Error(`no ${metric} target`);
  return found;
}

describe("slaStatus: when the clock starts", () => {
  it("starts the clock at the next opening for a case created outside hours", () => {
    // Created Saturday 2026-01-10 12:00 GMT. 60 business minutes from Monday 09:00 → due Monday 10:00Z.
    const ticket = makeCase({ createdAt: "2026-01-10T12:00:00Z", status: "new" });
    const sunday = target(
      slaStatus(ticket, [], [standard], { asOf: at("2026-01-11T12:00:00Z") }).targets,
      "firstReply",
    );
    expect(sunday.state).toBe("paused");
    expect(sunday.pausedReason).toEqual({
      kind: "outside_business_hours",
      opensAt: at("2026-01-12T09:00:00Z"),
    });
    expect(iso(sunday.dueAt)).toBe("2026-01-12T10:00:00.000Z");
    expect(sunday.elapsedMs).toBe(0);
    // Remaining: 60 business minutes; calendar Sunday 12:00 → Monday 10:00 = 22 h.
    expect(sunday.remainingBusinessMs).toBe(60 * MIN);
    expect(sunday.remainingCalendarMs).toBe(22 * H);
    // Monday 09:30: 30 minutes counted, 30 left on both clocks.
    const monday = target(
      slaStatus(ticket, [], [standard], { asOf: at("2026-01-12T09:30:00Z") }).targets,
      "firstReply",
    );
    expect(monday).toMatchObject({
      state: "active",
      pausedReason: null,
      elapsedMs: 30 * MIN,
      remainingBusinessMs: 30 * MIN,
      remainingCalendarMs: 30 * MIN,
    });
  });

  it("counts from the opening instant for a case created exactly at opening (reply at due is achieved)", () => {
    // Created Monday 2026-01-05 09:00; due 10:00; a reply at exactly 10:00 meets it.
    const ticket = makeCase({ createdAt: "2026-01-05T09:00:00Z" });
    const status = slaStatus(ticket, [message("agent", "2026-01-05T10:00:00Z")], [standard], {
      asOf: at("2026-01-05T12:00:00Z"),
    });
    const first = target(status.targets, "firstReply");
    expect(first).toMatchObject({
      state: "achieved",
      elapsedMs: 60 * MIN,
      breachedAt: null,
      remainingBusinessMs: null,
    });
    expect(iso(first.dueAt)).toBe("2026-01-05T10:00:00.000Z");
    expect(iso(first.fulfilledAt)).toBe("2026-01-05T10:00:00.000Z");
  });

  it("counts nothing until the next day for a case created exactly at closing; breach then fulfilment stays breached", () => {
    // Created Monday 2026-01-05 17:00 (closing instant: closed). Due Tuesday 09:00 + 1 h = 10:00.
    const ticket = makeCase({ createdAt: "2026-01-05T17:00:00Z" });
    const evening = target(
      slaStatus(ticket, [], [standard], { asOf: at("2026-01-05T17:00:00Z") }).targets,
      "firstReply",
    );
    expect(evening.state).toBe("paused");
    expect(iso(evening.dueAt)).toBe("2026-01-06T10:00:00.000Z");
    // Reply Tuesday 10:01: breached at 10:00, and it stays breached after the reply.
    const late = slaStatus(ticket, [message("agent", "2026-01-06T10:01:00Z")], [standard], {
      asOf: at("2026-01-06T12:00:00Z"),
    });
    const first = target(late.targets, "firstReply");
    expect(first.state).toBe("breached");
    expect(iso(first.breachedAt)).toBe("2026-01-06T10:00:00.000Z");
    expect(iso(first.fulfilledAt)).toBe("2026-01-06T10:01:00.000Z");
    // Counted: Tuesday 09:00 → 10:01 = 61 min.
    expect(first.elapsedMs).toBe(61 * MIN);
    // Before the reply, at 10:30, it is breached and 30 minutes overdue on both clocks.
    const overdue = target(
      slaStatus(ticket, [], [standard], { asOf: at("2026-01-06T10:30:00Z") }).targets,
      "firstReply",
    );
    expect(overdue).toMatchObject({
      state: "breached",
      remainingBusinessMs: -30 * MIN,
      remainingCalendarMs: -30 * MIN,
    });
  });
});

describe("slaStatus: pauses", () => {
  // Created Monday 2026-01-05 15:00. Pending Mon 16:00 → open Tue 10:00 → pending Tue 12:00 →
  // open Wed 09:30 → on-hold Wed 10:30 → open Wed 11:00.
  const ticket = makeCase({
    createdAt: "2026-01-05T15:00:00Z",
    statusHistory: [
      { status: "open", at: "2026-01-05T15:00:00Z" },
      { status: "pending", at: "2026-01-05T16:00:00Z" },
      { status: "open", at: "2026-01-06T10:00:00Z" },
      { status: "pending", at: "2026-01-06T12:00:00Z" },
      { status: "open", at: "2026-01-07T09:30:00Z" },
      { status: "on_hold", at: "2026-01-07T10:30:00Z" },
      { status: "open", at: "2026-01-07T11:00:00Z" },
    ],
  });

  it("adds up several pauses across closed hours (requester wait and agent work)", () => {
    const { targets } = slaStatus(ticket, [], [standard], { asOf: at("2026-01-07T12:00:00Z") });
    // Requester wait runs in new/open/on-hold: Mon 15-16 (1 h) + Tue 10-12 (2 h) + Wed 09:30-12 (2.5 h) = 5.5 h.
    // 8 h target → 2.5 h left → due Wed 14:30.
    const wait = target(targets, "requesterWait");
    expect(wait).toMatchObject({
      state: "active",
      elapsedMs: 5.5 * H,
      remainingBusinessMs: 2.5 * H,
      remainingCalendarMs: 2.5 * H,
    });
    expect(iso(wait.dueAt)).toBe("2026-01-07T14:30:00.000Z");
    // Agent work leaves out on-hold too: 5.5 h - 0.5 h = 5 h of 6 h → due Wed 13:00.
    const work = target(targets, "agentWork");
    expect(work.elapsedMs).toBe(5 * H);
    expect(iso(work.dueAt)).toBe("2026-01-07T13:00:00.000Z");
    // Resolution is calendar time and never paused: Mon 15:00 → Wed 12:00 = 45 h of 72 h; due Thu 15:00.
    // Business time left Wed 12:00 → Thu 15:00 = 5 h + 6 h = 11 h.
    const resolution = target(targets, "resolution");
    expect(resolution).toMatchObject({
      state: "active",
      elapsedMs: 45 * H,
      remainingCalendarMs: 27 * H,
      remainingBusinessMs: 11 * H,
    });
  });

  it("reports a pending pause with its reason and no due time", () => {
    // Tuesday 14:00 (pending since 12:00): requester wait counted 1 h + 2 h = 3 h; 5 h left.
    const wait = target(
      slaStatus(ticket, [], [standard], { asOf: at("2026-01-06T14:00:00Z") }).targets,
      "requesterWait",
    );
    expect(wait).toMatchObject({
      state: "paused",
      pausedReason: { kind: "status", status: "pending" },
      dueAt: null,
      elapsedMs: 3 * H,
      remainingBusinessMs: 5 * H,
      remainingCalendarMs: null,
    });
    // On-hold pauses agent work but not requester wait (Wed 10:45).
    const { targets } = slaStatus(ticket, [], [standard], { asOf: at("2026-01-07T10:45:00Z") });
    expect(target(targets, "agentWork").pausedReason).toEqual({
      kind: "status",
      status: "on_hold",
    });
    expect(target(targets, "requesterWait").state).toBe("active");
    // Calendar resolution with a status pause would not pause: still active.
    expect(target(targets, "resolution").state).toBe("active");
  });

  it("ignores changes after asOf and is achieved once solved in time", () => {
    const solved = makeCase({
      createdAt: "2026-01-05T09:00:00Z",
      status: "solved",
      statusHistory: [
        { status: "open", at: "2026-01-05T09:00:00Z" },
        { status: "solved", at: "2026-01-05T13:00:00Z" },
        { status: "closed", at: "2026-01-09T13:00:00Z" },
      ],
    });
    const { targets } = slaStatus(solved, [], [standard], { asOf: at("2026-01-06T09:00:00Z") });
    // Solved at 13:00 after 4 h of work: all of requester wait, agent work and resolution achieved.
    for (const metric of ["requesterWait", "agentWork", "resolution"]) {
      expect(target(targets, metric)).toMatchObject({
        state: "achieved",
        fulfilledAt: at("2026-01-05T13:00:00Z"),
      });
    }
    // Solving with no reply fulfils first reply too (at 13:00, after its 10:00 due: breached).
    expect(target(targets, "firstReply")).toMatchObject({
      state: "breached",
      breachedAt: at("2026-01-05T10:00:00Z"),
    });
  });
});

describe("slaStatus: a case without status history", () => {
  it("takes a solved case as open until solvedAt", () => {
    // Created Monday 09:00, solved 11:30, no history: resolution (72 calendar hours) achieved at
    // 11:30 after 2.5 h; requester wait 2.5 business hours of 8.
    const solved = makeCase({
      createdAt: "2026-01-05T09:00:00Z",
      status: "solved",
      solvedAt: "2026-01-05T11:30:00Z",
    });
    const { targets } = slaStatus(solved, [], [standard], { asOf: at("2026-01-06T09:00:00Z") });
    expect(target(targets, "resolution")).toMatchObject({
      state: "achieved",
      fulfilledAt: at("2026-01-05T11:30:00Z"),
      elapsedMs: 2.5 * H,
    });
    expect(target(targets, "requesterWait")).toMatchObject({
      state: "achieved",
      elapsedMs: 2.5 * H,
    });
    // A pending case with no history has been pending since creation: requester wait paused.
    const pending = makeCase({ createdAt: "2026-01-05T09:00:00Z", status: "pending" });
    expect(
      target(
        slaStatus(pending, [], [standard], { asOf: at("2026-01-05T10:00:00Z") }).targets,
        "requesterWait",
      ).pausedReason,
    ).toEqual({
      kind: "status",
      status: "pending",
    });
  });
});

describe("slaStatus: replies", () => {
  it("does not take a private note for a reply", () => {
    const ticket = makeCase({ createdAt: "2026-01-05T09:00:00Z" });
    const note = message("agent", "2026-01-05T09:10:00Z", { visibility: "private" });
    const noteOnly = target(
      slaStatus(ticket, [note], [standard], { asOf: at("2026-01-05T09:30:00Z") }).targets,
      "firstReply",
    );
    expect(noteOnly).toMatchObject({ state: "active", fulfilledAt: null, elapsedMs: 30 * MIN });
    const reply = message("agent", "2026-01-05T09:20:00Z");
    const replied = target(
      slaStatus(ticket, [note, reply], [standard], { asOf: at("2026-01-05T09:30:00Z") }).targets,
      "firstReply",
    );
    expect(replied).toMatchObject({
      state: "achieved",
      fulfilledAt: at("2026-01-05T09:20:00Z"),
      elapsedMs: 20 * MIN,
    });
  });

  it("ends an open next-reply cycle when the case is solved", () => {
    // First reply 09:20; customer writes 10:00; solved 10:30 without another reply: the cycle
    // 10:00 → 10:30 (30 min of 120) is achieved; the periodic-update cycle from 09:20 ends at
    // the solve too, at 70 min > 60: breached at 10:20.
    const ticket = makeCase({
      createdAt: "2026-01-05T09:00:00Z",
      status: "solved",
      statusHistory: [
        { status: "open", at: "2026-01-05T09:00:00Z" },
        { status: "solved", at: "2026-01-05T10:30:00Z" },
      ],
    });
    const thread = [
      message("agent", "2026-01-05T09:20:00Z"),
      message("customer", "2026-01-05T10:00:00Z"),
    ];
    const { targets } = slaStatus(ticket, thread, [standard], { asOf: at("2026-01-05T12:00:00Z") });
    expect(target(targets, "nextReply")).toMatchObject({
      state: "achieved",
      fulfilledAt: at("2026-01-05T10:30:00Z"),
      elapsedMs: 30 * MIN,
    });
    expect(target(targets, "periodicUpdate")).toMatchObject({
      state: "breached",
      breachedAt: at("2026-01-05T10:20:00Z"),
      fulfilledAt: at("2026-01-05T10:30:00Z"),
    });
  });

  it("measures next reply from the oldest unanswered customer message, cycle by cycle", () => {
    const ticket = makeCase({ createdAt: "2026-01-05T09:00:00Z" });
    const thread = [
      message("customer", "2026-01-05T09:00:00Z"),
      message("agent", "2026-01-05T09:20:00Z"),
      message("customer", "2026-01-05T10:00:00Z"),
      message("customer", "2026-01-05T10:30:00Z"),
      message("agent", "2026-01-05T11:00:00Z"),
      message("customer", "2026-01-05T16:30:00Z"),
      message("customer", "2026-01-05T16:45:00Z", { caseId: "case_2" }),
    ];
    const { targets } = slaStatus(ticket, thread, [standard], { asOf: at("2026-01-05T17:30:00Z") });
    const next = target(targets, "nextReply");
    // Cycle 1: 10:00 → 11:00 = 1 h ≤ 2 h, achieved. Cycle 2 from 16:30: 30 min by 17:00, closed
    // now; 90 min left from Tuesday 09:00 → due Tuesday 10:30.
    expect(next.cycles).toBe(2);
    expect(next).toMatchObject({
      state: "paused",
      elapsedMs: 30 * MIN,
      startedAt: at("2026-01-05T16:30:00Z"),
    });
    expect(iso(next.dueAt)).toBe("2026-01-06T10:30:00.000Z");
    // Periodic update (60 business minutes between agent replies): 09:20 → 11:00 is 100 min,
    // breached at 10:20; the cycle from 11:00 breaches at 12:00 too. Breached stays.
    const periodic = target(targets, "periodicUpdate");
    expect(periodic).toMatchObject({
      state: "breached",
      breachedAt: at("2026-01-05T10:20:00Z"),
      cycles: 2,
    });
  });
});

describe("slaStatus: policies and priorities", () => {
  it("re-evaluates the target on a priority change mid-flight", () => {
    // Normal (no first-reply target of its own here: use high = 4 h) → urgent (1 h) at 09:30.
    const escalated = makeCase({
      createdAt: "2026-01-05T09:00:00Z",
      priority: "urgent",
      statusHistory: [
        { status: "new", at: "2026-01-05T09:00:00Z", priority: "high" },
        { status: "open", at: "2026-01-05T09:30:00Z", priority: "urgent" },
      ],
    });
    // Under urgent the 1 h counts from creation: due 10:00; a reply at 10:15 is late.
    const late = target(
      slaStatus(escalated, [message("agent", "2026-01-05T10:15:00Z")], [standard], {
        asOf: at("2026-01-05T12:00:00Z"),
      }).targets,
      "firstReply",
    );
    expect(late).toMatchObject({
      state: "breached",
      priority: "urgent",
      breachedAt: at("2026-01-05T10:00:00Z"),
    });
    // Escalated at 11:00 instead: already past 1 h, so breached at the change itself.
    const lateEscalation = makeCase({
      createdAt: "2026-01-05T09:00:00Z",
      statusHistory: [
        { status: "new", at: "2026-01-05T09:00:00Z", priority: "high" },
        { status: "open", at: "2026-01-05T11:00:00Z", priority: "urgent" },
      ],
    });
    const atChange = target(
      slaStatus(lateEscalation, [], [standard], { asOf: at("2026-01-05T11:05:00Z") }).targets,
      "firstReply",
    );
    expect(atChange).toMatchObject({ state: "breached", breachedAt: at("2026-01-05T11:00:00Z") });
    // Lowered from urgent to high at 09:30: 4 h target, a reply at 11:00 (2 h) is in time.
    const lowered = makeCase({
      createdAt: "2026-01-05T09:00:00Z",
      statusHistory: [
        { status: "new", at: "2026-01-05T09:00:00Z", priority: "urgent" },
        { status: "open", at: "2026-01-05T09:30:00Z", priority: "high" },
      ],
    });
    const ok = target(
      slaStatus(lowered, [message("agent", "2026-01-05T11:00:00Z")], [standard], {
        asOf: at("2026-01-05T12:00:00Z"),
      }).targets,
      "firstReply",
    );
    expect(ok).toMatchObject({
      state: "achieved",
      priority: "high",
      dueAt: at("2026-01-05T13:00:00Z"),
    });
  });

  it("applies the first matching policy, in order", () => {
    const vip = defineSlaPolicy({
      name: "VIP",
      match: { tagsAny: ["vip"] },
      targets: { normal: { firstReply: { minutes: 15, time: "calendar" } } },
    });
    const ticket = makeCase({ createdAt: "2026-01-10T12:00:00Z", tags: ["vip"] });
    const status = slaStatus(ticket, [], [vip, standard], { asOf: at("2026-01-10T12:10:00Z") });
    expect(status.policy).toBe("VIP");
    // 15 calendar minutes from Saturday 12:00, no schedule: no business figure.
    expect(target(status.targets, "firstReply")).toMatchObject({
      policy: "VIP",
      state: "active",
      dueAt: at("2026-01-10T12:15:00Z"),
      remainingCalendarMs: 5 * MIN,
      remainingBusinessMs: null,
    });
    const plain = slaStatus(makeCase({ createdAt: "2026-01-10T12:00:00Z" }), [], [vip, standard], {
      asOf: at("2026-01-10T12:10:00Z"),
    });
    expect(plain.policy).toBe("Standard");
    // No policy matches, or asOf before creation: no targets.
    expect(slaStatus(ticket, [], [], { asOf: at("2026-01-10T12:10:00Z") }).targets).toEqual([]);
    expect(slaStatus(ticket, [], [vip], { asOf: at("2026-01-01T00:00:00Z") })).toMatchObject({
      policy: null,
      priority: null,
      targets: [],
    });
  });

  it("counts the team's hours, not the customer's, for a customer in another zone", () => {
    // Team in London (GMT on 2026-03-10), customer in Los Angeles (PDT since 03-08): the
    // customer writes at 08:30 PDT = 15:30Z. 2 business hours on London time: 15:30-17:00
    // (1.5 h) + Wednesday 09:00-09:30 → due 2026-03-11 09:30Z (not 10:30 PDT the same day).
    const policy = defineSlaPolicy({
      name: "London",
      schedule: londonOffice,
      targets: { normal: { firstReply: { minutes: 120, time: "business" } } },
    });
    const ticket = makeCase({ createdAt: "2026-03-10T15:30:00Z" });
    const first = target(
      slaStatus(ticket, [message("customer", "2026-03-10T08:30:00-07:00")], [policy], {
        asOf: at("2026-03-10T16:00:00Z"),
      }).targets,
      "firstReply",
    );
    expect(iso(first.dueAt)).toBe("2026-03-11T09:30:00.000Z");
    // A team in Los Angeles with the same wall-clock hours: 08:30 PDT is before opening, so
    // 2 h from 09:00 PDT (16:00Z) → due 11:00 PDT = 18:00Z the same day.
    const la = defineSchedule({
      timeZone: "America/Los_Angeles",
      weekly: { tuesday: [{ from: "09:00", to: "17:00" }] },
    });
    const laPolicy = defineSlaPolicy({
      name: "LA",
      schedule: la,
      targets: { normal: { firstReply: { minutes: 120, time: "business" } } },
    });
    const laFirst = target(
      slaStatus(ticket, [], [laPolicy], { asOf: at("2026-03-10T15:45:00Z") }).targets,
      "firstReply",
    );
    expect(iso(laFirst.dueAt)).toBe("2026-03-10T18:00:00.000Z");
  });

  it("rejects an invalid asOf", () => {
    const ticket = makeCase({ createdAt: "2026-01-05T09:00:00Z" });
    expect(() => slaStatus(ticket, [], [standard], { asOf: new Date("x") })).toThrow(
      new RangeError(
        "slaStatus: options.asOf: expected a valid Date or epoch milliseconds, received an invalid Date",
      ),
    );
    // A missing options object is the wrong type, not a value out of range.
    expect(() => slaStatus(ticket, [], [standard], undefined as never)).toThrow(TypeError);
  });
});
