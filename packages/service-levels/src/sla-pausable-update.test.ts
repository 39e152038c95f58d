import { describe, expect, it } from "vitest";
import { predictBreaches } from "./predict-breaches";
import { slaAttainment } from "./sla-attainment";
import { londonOffice, makeCase, message } from "./sla-cases.fixture";
import { defineSlaPolicy } from "./sla-policy";
import { slaStatus } from "./sla-status";
import type { SlaTargetStatus } from "./sla-target-status";

// Zendesk's "Pausable update": the time between public agent comments, counted only while the
// ticket is new, open or on-hold (pending pauses it); "Periodic update" counts all of it.
const MIN = 60_000;
const at = (iso: string) => new Date(iso);
const policy = defineSlaPolicy({
  name: "Updates",
  schedule: londonOffice,
  targets: {
    normal: {
      periodicUpdate: { minutes: 60, time: "business" },
      pausableUpdate: { minutes: 60, time: "business" },
    },
  },
});
const pick = (targets: readonly SlaTargetStatus[], metric: string) => {
  const found = targets.find((t) => t.metric === metric);
  if (!found) throw new Error(`no ${metric}`);
  return found;
};

const ticketJson = () => ({
  createdAt: "2026-01-05T09:00:00Z",
  statusHistory: [
    { status: "open" as const, at: "2026-01-05T09:00:00Z" },
    { status: "pending" as const, at: "2026-01-05T10:15:00Z" },
    { status: "open" as const, at: "2026-01-05T11:30:00Z" },
    { status: "solved" as const, at: "2026-01-05T11:50:00Z" },
  ],
});

describe("slaStatus: pausable update", () => {
  // Monday 2026-01-05 (GMT = UTC). Reply 10:00; pending 10:15 to 11:30 (the customer answers);
  // solved 11:50, which fulfils the update clocks.
  const ticket = makeCase(ticketJson());
  const replies = [message("agent", "2026-01-05T10:00:00Z")];

  it("does not count the time in pending, where periodic update does", () => {
    const { targets } = slaStatus(ticket, replies, [policy], { asOf: at("2026-01-05T13:00:00Z") });
    // Periodic: 10:00 → 11:50 = 110 min, over 60: breached at 11:00.
    expect(pick(targets, "periodicUpdate")).toMatchObject({
      state: "breached",
      breachedAt: at("2026-01-05T11:00:00Z"),
      elapsedMs: 110 * MIN,
    });
    // Pausable: 10:00-10:15 (15) + 11:30-11:50 (20) = 35 min: achieved, with no due time (its
    // clock stopped running before reaching 60).
    expect(pick(targets, "pausableUpdate")).toMatchObject({
      state: "achieved",
      elapsedMs: 35 * MIN,
      breachedAt: null,
      fulfilledAt: at("2026-01-05T11:50:00Z"),
      cycles: 1,
    });
  });

  it("runs one clock per reply, and is breached if any cycle was", () => {
    // The same ticket left open, with a second reply at 11:50, seen at 12:00.
    const open = makeCase({
      ...ticketJson(),
      statusHistory: ticketJson().statusHistory.slice(0, 3),
    });
    const both = [...replies, message("agent", "2026-01-05T11:50:00Z")];
    const { targets } = slaStatus(open, both, [policy], { asOf: at("2026-01-05T12:00:00Z") });
    // Periodic: the first cycle breached at 11:00; the second has run 10 min.
    expect(pick(targets, "periodicUpdate")).toMatchObject({
      state: "breached",
      breachedAt: at("2026-01-05T11:00:00Z"),
      elapsedMs: 10 * MIN,
      cycles: 2,
    });
    // Pausable: the first cycle was met (35 min); the second runs, due 60 min after 11:50.
    const pausable = pick(targets, "pausableUpdate");
    expect(pausable).toMatchObject({ state: "active", elapsedMs: 10 * MIN, cycles: 2 });
    expect(pausable.dueAt).toEqual(at("2026-01-05T12:50:00Z"));
  });

  it("keeps counting on hold, and pauses by status while pending", () => {
    // Tuesday 2026-01-06: reply 09:00, on hold 09:10 → open 10:30, no further reply.
    const held = makeCase({
      createdAt: "2026-01-06T08:30:00Z",
      statusHistory: [
        { status: "open", at: "2026-01-06T08:30:00Z" },
        { status: "on_hold", at: "2026-01-06T09:10:00Z" },
        { status: "open", at: "2026-01-06T10:30:00Z" },
      ],
    });
    const reply = [message("agent", "2026-01-06T09:00:00Z")];
    const late = slaStatus(held, reply, [policy], { asOf: at("2026-01-06T10:30:00Z") });
    // On hold runs the clock: 60 business minutes from 09:00 → breached at 10:00, 30 min overdue.
    expect(pick(late.targets, "pausableUpdate")).toMatchObject({
      state: "breached",
      breachedAt: at("2026-01-06T10:00:00Z"),
      elapsedMs: 90 * MIN,
      remainingBusinessMs: -30 * MIN,
    });

    // Wednesday 2026-01-07: reply 09:00, pending from 09:20, evaluated at 12:00.
    const waiting = makeCase({
      createdAt: "2026-01-07T08:30:00Z",
      statusHistory: [
        { status: "open", at: "2026-01-07T08:30:00Z" },
        { status: "pending", at: "2026-01-07T09:20:00Z" },
      ],
    });
    const asOf = at("2026-01-07T12:00:00Z");
    const paused = pick(
      slaStatus(waiting, [message("agent", "2026-01-07T09:00:00Z")], [policy], { asOf }).targets,
      "pausableUpdate",
    );
    // 20 minutes counted, 40 left, and no due time while the status holds it.
    expect(paused).toMatchObject({
      state: "paused",
      pausedReason: { kind: "status", status: "pending" },
      elapsedMs: 20 * MIN,
      dueAt: null,
      remainingBusinessMs: 40 * MIN,
    });
    // A target paused by its status is not predicted to breach; periodic update already has.
    const predicted = predictBreaches(
      [waiting],
      [message("agent", "2026-01-07T09:00:00Z")],
      [policy],
      {
        asOf,
        within: 8 * 60 * MIN,
      },
    );
    expect(predicted.map((p) => p.metric)).toEqual([]);
  });

  it("is a metric of attainment like the others", () => {
    const rows = slaAttainment([ticket], replies, [policy], { asOf: at("2026-01-05T13:00:00Z") });
    const row = (metric: string) => rows.find((r) => r.metric === metric);
    expect(row("pausableUpdate")).toMatchObject({ breached: 0, open: 0 });
    expect(row("pausableUpdate")?.attainment).toMatchObject({ successes: 1, n: 1, value: 100 });
    expect(row("periodicUpdate")).toMatchObject({ breached: 1, open: 0 });
  });
});
