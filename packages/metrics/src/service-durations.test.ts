// Attribution of each service duration, checked against Zendesk's documented definitions:
// - "About native Support time duration metrics" (Zendesk help centre, article 4408834848154);
// - "Calculating first reply time" (article 4408821871642).
// Every case is created at 09:00 UTC on 1 March 2024; the expected minutes are worked out by
// hand beside each test.
import { type InteractionJson, parseAgent } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { caseOf, interactionOf } from "./__fixtures__/cases.fixture";
import { calendarAndBusinessDurations, serviceDurations } from "./service-durations";

const at = (hhmm: string) => `2024-03-01T${hhmm}:00Z`;
let sequence = 0;
const say = (
  time: string,
  who: "customer" | "agent" | "bot" | "system",
  extra: Partial<InteractionJson> = {},
) =>
  interactionOf({
    id: `i${++sequence}`,
    caseId: "c1",
    occurredAt: at(time),
    direction: who === "customer" ? "inbound" : "outbound",
    author: who === "agent" ? { kind: "agent", id: "ag_1" } : { kind: who },
    ...extra,
  });
const note = (time: string) => say(time, "agent", { visibility: "private" });

describe("serviceDurations: first reply", () => {
  it("ends at the first public agent comment; a private note is not a reply", () => {
    // Customer e-mail 09:00, internal note 09:10, public reply 09:40 → 40 minutes.
    const durations = serviceDurations([caseOf({ id: "c1" })], {
      interactions: [say("09:00", "customer"), note("09:10"), say("09:40", "agent")],
    });
    expect(durations.firstReply).toMatchObject({ n: 1, missing: 0, median: 40 });
  });

  it("for a case an agent opened with a public comment, ends at the agent's second public comment", () => {
    // Zendesk: "If the ticket is created by an agent and the first comment is public the second
    // timestamp shifts to the second public agent comment." Agent writes 09:00, customer
    // answers 10:00, agent replies 10:30 → 90 minutes.
    const durations = serviceDurations([caseOf({ id: "c1" })], {
      interactions: [say("09:00", "agent"), say("10:00", "customer"), say("10:30", "agent")],
    });
    expect(durations.firstReply.median).toBe(90);
  });

  it("counts an agent's first comment as a reply when it came after the case was opened", () => {
    // The customer's opening message is not among the interactions given: the agent's public
    // comment at 09:30 is not the one that opened the case (that is made with the case), so it
    // is the first reply: 30 minutes.
    const durations = serviceDurations([caseOf({ id: "c1" })], {
      interactions: [say("09:30", "agent"), say("10:00", "agent")],
    });
    expect(durations.firstReply.median).toBe(30);
  });

  it("for a case an agent opened with a private note, ends at the first public agent comment", () => {
    // The exception is for a public first comment only: note 09:00, public comment 09:20 → 20.
    const durations = serviceDurations([caseOf({ id: "c1" })], {
      interactions: [note("09:00"), say("09:20", "agent")],
    });
    expect(durations.firstReply.median).toBe(20);
  });

  it("is not stopped by a solve: a phone case solved without a comment and reopened", () => {
    // "Calculating first reply time": an agent takes a call that creates a ticket and solves it
    // with no new comment; the customer reopens it and the agent responds: first reply time
    // ends at that comment. Call 09:00, solved 09:05, customer 12:00, agent 13:00 → 240.
    const kase = caseOf({
      id: "c1",
      channel: "phone",
      status: "solved",
      statusHistory: [
        { status: "solved", at: at("09:05") },
        { status: "open", at: at("12:00") },
        { status: "solved", at: at("14:00") },
      ],
    });
    const durations = serviceDurations([kase], {
      interactions: [
        say("09:00", "agent", { channel: "phone" }),
        say("12:00", "customer"),
        say("13:00", "agent"),
      ],
    });
    expect(durations.firstReply.median).toBe(240);
    expect(durations.firstResolution.median).toBe(5);
    expect(durations.fullResolution.median).toBe(300);
  });

  it("leaves out bots, system authors and agents marked as bots", () => {
    // Bot 09:01, automation 09:02, a bot agent 09:03; the first person replies at 09:50.
    const durations = serviceDurations([caseOf({ id: "c1" })], {
      interactions: [
        say("09:00", "customer"),
        say("09:01", "bot"),
        say("09:02", "system"),
        say("09:03", "agent", { author: { kind: "agent", id: "answer_bot" } }),
        say("09:50", "agent"),
      ],
      agents: [parseAgent({ id: "answer_bot", name: "Answer Bot", isBot: true })],
    });
    expect(durations.firstReply.median).toBe(50);
  });

  it("falls back to the case's firstReplyAt when none of its interactions is given", () => {
    const cases = [
      caseOf({ id: "c1" }),
      caseOf({ id: "c2", firstReplyAt: at("09:25") }),
      caseOf({ id: "c3" }),
    ];
    const durations = serviceDurations(cases, {
      interactions: [say("09:00", "customer"), say("09:15", "agent")],
    });
    // c1 from its interactions (15), c2 from its field (25), c3 has neither: missing.
    expect(durations.firstReply).toMatchObject({ n: 2, missing: 1, min: 15, max: 25 });
  });
});

describe("serviceDurations: next reply", () => {
  it("runs from the oldest unanswered customer message to the next public reply", () => {
    // First reply 09:30. Customer 10:00 and 10:15, reply 11:00 → 60 (from 10:00). Customer
    // 12:00, note 12:10, reply 12:30 → 30. "Thanks" 13:00 then solved 13:05: no reply needed.
    // Customer reopens 14:00 and waits: missing.
    const kase = caseOf({
      id: "c1",
      statusHistory: [
        { status: "open", at: at("09:30") },
        { status: "solved", at: at("13:05") },
        { status: "open", at: at("14:00") },
      ],
    });
    const durations = serviceDurations([kase], {
      interactions: [
        say("09:00", "customer"),
        say("09:30", "agent"),
        say("10:00", "customer"),
        say("10:15", "customer"),
        say("11:00", "agent"),
        say("12:00", "customer"),
        note("12:10"),
        say("12:30", "agent"),
        say("13:00", "customer"),
        say("14:00", "customer"),
      ],
    });
    expect(durations.nextReply).toMatchObject({ n: 2, missing: 1, median: 45, min: 30, max: 60 });
    // One case, mean of its replies (60 + 30) / 2.
    expect(durations.nextReplyPerCase).toMatchObject({ n: 1, missing: 0, median: 45 });
  });

  it("counts a case with only unanswered messages as missing per case", () => {
    const durations = serviceDurations([caseOf({ id: "c1" })], {
      interactions: [say("09:00", "customer"), say("09:10", "agent"), say("09:20", "customer")],
    });
    expect(durations.nextReply).toMatchObject({ n: 0, missing: 1, median: null });
    expect(durations.nextReplyPerCase).toMatchObject({ n: 0, missing: 1 });
  });
});

describe("serviceDurations: resolution", () => {
  it("first resolution ends at the first solve, full resolution at the latest", () => {
    // Solved 10:00, reopened 12:00, solved 15:00 → 60 and 360 minutes.
    const kase = caseOf({
      id: "c1",
      status: "closed",
      statusHistory: [
        { status: "open", at: at("09:10") },
        { status: "solved", at: at("10:00") },
        { status: "open", at: at("12:00") },
        { status: "solved", at: at("15:00") },
        { status: "closed", at: at("18:00") },
      ],
    });
    const durations = serviceDurations([kase]);
    expect(durations.firstResolution.median).toBe(60);
    expect(durations.fullResolution.median).toBe(360);
  });

  it("takes a close without a solve (a business rule or the API) as the resolution", () => {
    // Zendesk: "If the unsolved ticket is set to closed by a business rule or API, this event
    // is considered as the second timestamp." Closed at 11:00 from pending → 120.
    const kase = caseOf({
      id: "c1",
      status: "closed",
      statusHistory: [
        { status: "pending", at: at("09:30") },
        { status: "closed", at: at("11:00") },
      ],
    });
    const durations = serviceDurations([kase]);
    expect(durations.firstResolution.median).toBe(120);
    expect(durations.fullResolution.median).toBe(120);
  });

  it("keeps the latest solve of a case reopened since, and counts unsolved cases as missing", () => {
    // Zendesk records the value at the solve; it stays until the next one. Solved 10:00,
    // reopened 11:00 and open now → 60 for both.
    const reopened = caseOf({
      id: "c1",
      statusHistory: [
        { status: "solved", at: at("10:00") },
        { status: "open", at: at("11:00") },
      ],
    });
    const durations = serviceDurations([reopened, caseOf({ id: "c2" })]);
    expect(durations.firstResolution).toMatchObject({ n: 1, missing: 1, median: 60 });
    expect(durations.fullResolution).toMatchObject({ n: 1, missing: 1, median: 60 });
  });
});

describe("serviceDurations: requester wait, agent wait and on-hold time", () => {
  it("adds up the completed stretches of each status", () => {
    // new 09:00-09:05, open -09:30, pending -11:30, open -12:00, on hold -13:00, open -14:00,
    // solved -20:00, closed. Requester wait: 5 + 25 + 30 + 60 + 60 = 180 (new, open, on hold);
    // agent wait: 120 (pending); on hold: 60. Full resolution: 300.
    const kase = caseOf({
      id: "c1",
      status: "closed",
      statusHistory: [
        { status: "open", at: at("09:05") },
        { status: "pending", at: at("09:30") },
        { status: "open", at: at("11:30") },
        { status: "on_hold", at: at("12:00") },
        { status: "open", at: at("13:00") },
        { status: "solved", at: at("14:00") },
        { status: "closed", at: at("20:00") },
      ],
    });
    const durations = serviceDurations([kase]);
    expect(durations.requesterWait.median).toBe(180);
    expect(durations.agentWait.median).toBe(120);
    expect(durations.onHold.median).toBe(60);
    expect(durations.fullResolution.median).toBe(300);
  });

  it("does not count the stretch in progress; a case with no change yet is missing", () => {
    // c1: new 5, open 25, pending since 09:30 (running) → requester 30, agent wait 0.
    // c2: no history and open: missing. c3: solved with no history: open 09:00-11:00.
    const cases = [
      caseOf({
        id: "c1",
        status: "pending",
        statusHistory: [
          { status: "open", at: at("09:05") },
          { status: "pending", at: at("09:30") },
        ],
      }),
      caseOf({ id: "c2" }),
      caseOf({ id: "c3", status: "solved", solvedAt: at("11:00") }),
    ];
    const durations = serviceDurations(cases);
    expect(durations.requesterWait).toMatchObject({ n: 2, missing: 1, min: 30, max: 120 });
    expect(durations.agentWait).toMatchObject({ n: 2, missing: 1, min: 0, max: 0 });
    expect(durations.onHold).toMatchObject({ n: 2, missing: 1, max: 0 });
  });
});

describe("serviceDurations: measures and errors", () => {
  const solved = caseOf({
    id: "c1",
    status: "solved",
    statusHistory: [
      { status: "open", at: at("09:30") },
      { status: "solved", at: at("11:00") },
    ],
  });

  it("measures every clock with the given measure, passing the case", () => {
    const seen: string[] = [];
    const halved = (start: Date, end: Date, serviceCase: { id: string }) => {
      seen.push(serviceCase.id);
      return (end.getTime() - start.getTime()) / 2;
    };
    const durations = serviceDurations([solved], { measure: halved });
    // Full resolution 120 calendar minutes → 60; requester wait new 30 + open 90 → 60.
    expect(durations.fullResolution.median).toBe(60);
    expect(durations.requesterWait.median).toBe(60);
    expect(new Set(seen)).toEqual(new Set(["c1"]));
  });

  it("gives calendar and business figures side by side", () => {
    const nothing = () => 0;
    const both = calendarAndBusinessDurations([solved], { business: nothing });
    expect(both.calendar).toEqual(serviceDurations([solved]));
    expect(both.business.fullResolution.median).toBe(0);
  });

  it("says what is wrong with a bad argument", () => {
    expect(() => serviceDurations(42 as never)).toThrow(
      new TypeError("serviceDurations: cases: expected an iterable of cases, received 42"),
    );
    expect(() => serviceDurations([], { measure: "business" as never })).toThrow(TypeError);
    expect(() => serviceDurations([], { level: 95 })).toThrow(RangeError);
    expect(() => serviceDurations([solved], { measure: () => Number.NaN })).toThrow(
      new RangeError(
        "serviceDurations: options.measure (case c1): expected a finite number of milliseconds, received NaN",
      ),
    );
    expect(() => calendarAndBusinessDurations([], {} as never)).toThrow(TypeError);
  });

  it("gives nulls for no cases and does not change its input", () => {
    const empty = serviceDurations([]);
    expect(empty.cases).toBe(0);
    expect(empty.firstReply).toMatchObject({ n: 0, median: null, interval: null });
    const interactions = [say("10:00", "agent"), say("09:00", "customer")];
    const copy = structuredClone(interactions);
    serviceDurations([solved], { interactions });
    expect(interactions).toEqual(copy);
  });
});
