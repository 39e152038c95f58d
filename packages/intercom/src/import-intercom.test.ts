import { parseCase, parseInteraction } from "@rapport/core";
import type { ImportResult } from "@rapport/source-kit";
import { mutatePayload as mutate } from "@rapport/source-kit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CIARAN, conversations, JOE, T0, workspace } from "./__fixtures__/intercom.fixture";
import { importIntercom } from "./import-intercom";

const asOf = new Date("2024-06-01T00:00:00Z");
const at = (offset: number) => new Date((T0 + offset) * 1000).toISOString();
const outcome = (result: ImportResult, entity: string, id: string) =>
  result.report.records.filter((r) => r.entity === entity && r.sourceId === id);
// The importer turns a thrown error into one catch-all rejection, and every record it had not
// reached yet goes unreported: that outcome must never appear. (The report's counts always
// add up to its records, so comparing them could not fail.)
const expectNoDefect = (result: ImportResult) =>
  expect(result.report.records.filter((r) => r.reason?.startsWith("unexpected error"))).toEqual([]);

describe("importIntercom on a small workspace", () => {
  const result = importIntercom(workspace, { asOf });

  it("accounts for every record (worked out by hand from the fixture)", () => {
    // admin 1, team 1, contact 1, conversations 3, parts of 1295: 5 messages/transfers + 5
    // status changes, opening messages 3, rating 1
    expect(result.report.accepted).toBe(20);
    // nameless admin, contact with a bad e-mail, conversations 1297 (state) and 1298
    // (source.type), part 1012 (author type), the rating 7 of 1299
    expect(result.report.rejected).toBe(6);
    // part 1011 (participant_added) and the part of the rejected conversation 1297
    expect(result.report.ignored).toBe(2);
    expect(result.report.records).toHaveLength(28);
  });

  it("maps contacts to customers and admins to agents, teams to teams", () => {
    expect(result.customers).toHaveLength(1);
    expect(result.customers[0]).toMatchObject({
      id: `intercom:${JOE}`,
      name: "Joe Example",
      emails: ["joe@example.com"],
      phones: ["+353871234567"],
      locale: "en",
      segment: "user",
      externalIds: [
        { system: "intercom", id: JOE },
        { system: "intercom_external_id", id: "25" },
      ],
    });
    expect(result.customers[0]?.customerSince?.toISOString()).toBe("2019-10-14T16:15:51.000Z");
    expect(result.agents).toEqual([
      expect.objectContaining({
        id: `intercom:${CIARAN}`,
        name: "Ciaran Lee",
        teamId: "intercom:814865",
      }),
    ]);
    expect(outcome(result, "admin", "991267461")[0]).toMatchObject({
      status: "rejected",
      field: "name",
    });
    expect(outcome(result, "contact", "lead1")[0]).toMatchObject({
      status: "rejected",
      field: "emails[0]",
    });
    expect(result.teams.map((t) => t.name)).toEqual(["Example Team"]);
  });

  it("maps a conversation to a case with history, reopens and first reply from its parts", () => {
    const c = result.cases.find((x) => x.id === "intercom:1295")!;
    expect(parseCase(c)).toEqual(c);
    expect(c).toMatchObject({
      customerId: `intercom:${JOE}`,
      subject: "Billing question",
      channel: "chat",
      status: "closed",
      priority: "high",
      assigneeId: `intercom:${CIARAN}`,
      teamId: "intercom:814865",
      tags: ["billing"],
      reopenCount: 1, // closed -> open once (1007); the unsnooze is not a reopen
    });
    expect(c.statusHistory.map((s) => [s.status, s.at.toISOString()])).toEqual([
      ["open", at(0)],
      ["closed", at(900)],
      ["open", at(1200)],
      ["on_hold", at(1500)],
      ["open", at(1800)],
      ["closed", at(2100)],
    ]);
    expect(c.firstReplyAt?.toISOString()).toBe(at(300));
    expect(c.solvedAt?.toISOString()).toBe(at(2100));
    expect(c.closedAt?.toISOString()).toBe(at(2100));
  });

  it("takes statistics over the parts where given", () => {
    const c = result.cases.find((x) => x.id === "intercom:1296")!;
    expect(c).toMatchObject({
      status: "on_hold",
      priority: "normal",
      channel: "email",
      reopenCount: 2,
      subject: "Refund",
    });
    expect(c.firstReplyAt?.toISOString()).toBe(at(100_600));
    // no contacts listed: the user who wrote the opening e-mail is the customer
    expect(c.customerId).toBe(`intercom:${JOE}`);
    // the rating object of nulls is no response and no record
    expect(outcome(result, "conversation_rating", "1296")).toEqual([]);
  });

  it("maps parts: comments public, notes private, assignments as transfers", () => {
    const byId = new Map(result.interactions.map((i) => [i.id as string, i]));
    for (const interaction of result.interactions)
      expect(parseInteraction(interaction)).toEqual(interaction);
    expect(byId.get("intercom:1001")?.transfer).toEqual({
      to: { kind: "team", id: "intercom:814865" },
    });
    expect(byId.get("intercom:1001")?.author).toEqual({ kind: "bot", id: "intercom:b1" });
    expect(byId.get("intercom:1002")?.transfer).toEqual({
      from: { kind: "team", id: "intercom:814865" },
      to: { kind: "agent", id: `intercom:${CIARAN}` },
    });
    expect(byId.get("intercom:1002")?.visibility).toBe("private");
    expect(byId.get("intercom:1003")).toMatchObject({
      direction: "outbound",
      visibility: "public",
      channel: "chat",
    });
    expect(byId.get("intercom:1004")?.visibility).toBe("private");
    expect(byId.get("intercom:1005")).toMatchObject({
      direction: "inbound",
      author: { kind: "customer", id: `intercom:${JOE}` },
    });
    expect(byId.get("intercom:1295:source")).toMatchObject({
      direction: "inbound",
      occurredAt: new Date(T0 * 1000),
    });
    expect(outcome(result, "conversation_part", "1006")[0]?.status).toBe("accepted");
    expect(outcome(result, "conversation_part", "1011")[0]).toMatchObject({ status: "ignored" });
    expect(outcome(result, "conversation_part", "1012")[0]).toMatchObject({
      status: "rejected",
      field: "author.type",
    });
  });

  it("maps conversation_rating (1-5) to five-point CSAT", () => {
    expect(result.surveyResponses).toEqual([
      expect.objectContaining({
        id: "intercom:1295:rating",
        kind: "csat",
        scale: "five_point",
        score: 4,
        comment: "Thanks!",
        customerId: `intercom:${JOE}`,
        agentId: `intercom:${CIARAN}`,
        caseId: "intercom:1295",
        respondedAt: new Date((T0 + 2000) * 1000),
      }),
    ]);
    expect(outcome(result, "conversation_rating", "1299")[0]).toMatchObject({
      status: "rejected",
      field: "conversation_rating.rating",
    });
  });

  it("rejects conversations with an unknown state or source type, naming the field", () => {
    expect(outcome(result, "conversation", "1297")[0]).toMatchObject({
      status: "rejected",
      field: "state",
    });
    expect(outcome(result, "conversation", "1298")[0]).toMatchObject({
      status: "rejected",
      field: "source.type",
    });
    expect(outcome(result, "conversation_part", "2001")[0]?.reason).toBe(
      "its conversation 1297 was not imported",
    );
  });
});

describe("importIntercom payload forms", () => {
  const one = conversations.conversations[0]!;

  it("takes a single conversation, a webhook notification, and a bare list", () => {
    expect(importIntercom(one, { asOf }).cases).toHaveLength(1);
    const event = {
      type: "notification_event",
      topic: "conversation.admin.closed",
      data: { type: "notification_event_data", item: one },
    };
    expect(importIntercom(event, { asOf }).cases).toHaveLength(1);
    expect(importIntercom({ conversations: [one] }, { asOf }).cases).toHaveLength(1);
    const { type: _type, ...untyped } = one;
    expect(importIntercom(untyped, { asOf }).cases).toHaveLength(1);
  });

  it("a re-sent page changes nothing: every record of it is a duplicate or ignored as before", () => {
    const once = importIntercom([conversations], { asOf });
    const twice = importIntercom([conversations, conversations], { asOf });
    expect(twice.cases).toEqual(once.cases);
    expect(twice.interactions).toEqual(once.interactions);
    expect(twice.surveyResponses).toEqual(once.surveyResponses);
    expect(twice.report.accepted).toBe(once.report.accepted);
    // the second copy of 1295: case, opening, 10 parts, rating; of 1296: case, opening; of 1299: case, opening
    expect(twice.report.duplicates).toBe(17);
  });

  it("keeps the newest copy of a conversation", () => {
    const older = { ...one, state: "open", updated_at: T0 + 10 };
    const result = importIntercom({ conversations: [older, one] }, { asOf });
    expect(result.cases[0]?.status).toBe("closed");
  });

  it("rejects records dated after asOf", () => {
    // Every date of the case is checked: updated_at (T0 + 2100 s) is after asOf (T0 + 400 s).
    const result = importIntercom(one, { asOf: new Date((T0 + 400) * 1000) });
    expect(outcome(result, "conversation", "1295")[0]).toEqual({
      entity: "conversation",
      sourceId: "1295",
      status: "rejected",
      field: "updatedAt",
      reason:
        "expected a time not after asOf (2022-09-19T14:27:03.000Z), received 2022-09-19T14:55:23.000Z",
    });
    expect(outcome(result, "conversation_part", "1005")[0]).toMatchObject({ status: "ignored" });
    // Without updated_at and statistics, the case stands and the late part alone is rejected.
    const { updated_at: _u, statistics: _s, conversation_rating: _r, ...plain } = one;
    const late = {
      ...plain,
      state: "open",
      conversation_parts: {
        conversation_parts: [
          {
            type: "conversation_part",
            id: "p1",
            part_type: "comment",
            created_at: T0 + 100,
            author: { type: "admin", id: "1" },
          },
          {
            type: "conversation_part",
            id: "p2",
            part_type: "comment",
            created_at: T0 + 900,
            author: { type: "admin", id: "1" },
          },
        ],
      },
    };
    const partly = importIntercom(late, { asOf: new Date((T0 + 400) * 1000) });
    expect(outcome(partly, "conversation", "1295")[0]).toMatchObject({ status: "accepted" });
    expect(outcome(partly, "conversation_part", "p1")[0]).toMatchObject({ status: "accepted" });
    expect(outcome(partly, "conversation_part", "p2")[0]).toMatchObject({
      status: "rejected",
      field: "created_at",
    });
    const early = importIntercom(one, { asOf: new Date((T0 - 1) * 1000) });
    expect(early.report.records[0]).toMatchObject({ entity: "conversation", field: "created_at" });
  });

  it("reads the items of a list page whose type is a record type, dropping none", () => {
    // The page is read as an admin (it has no id: rejected), and its list is read too: before,
    // admin 7 and contact c1 were dropped without a word.
    const page = {
      type: "admin",
      admins: [{ type: "admin", id: "7", name: "Ann" }],
      data: [{ type: "contact", id: "c1" }],
    };
    const { report, agents, customers } = importIntercom(page, { asOf });
    expect(report.records.map((r) => [r.entity, r.sourceId, r.status, r.field])).toEqual([
      ["admin", null, "rejected", "id"],
      ["admin", "7", "accepted", undefined],
      ["contact", "c1", "accepted", undefined],
    ]);
    expect(agents.map((a) => a.id)).toEqual(["intercom:7"]);
    expect(customers.map((c) => c.id)).toEqual(["intercom:c1"]);
  });

  it("reads the open flag when there is no state, and reports what is not a record", () => {
    const { state: _state, ...flagged } = { ...one, open: true, conversation_parts: undefined };
    expect(importIntercom(flagged, { asOf }).cases[0]?.status).toBe("open");
    expect(importIntercom([7], { asOf }).report.records[0]).toMatchObject({
      entity: "page",
      field: "[0]",
    });
    expect(importIntercom({ type: "segment", id: "s1" }, { asOf }).report.records[0]).toMatchObject(
      { status: "ignored" },
    );
    expect(
      importIntercom({ type: "list", data: [{ type: "company", id: "c1" }] }, { asOf }).report
        .ignored,
    ).toBe(1);
    expect(importIntercom({ type: "notification_event" }, { asOf }).report.rejected).toBe(1);
    // A list key holding something other than a list was dropped without a word before.
    expect(
      importIntercom({ type: "conversation.list", conversations: { id: "1" } }, { asOf }).report
        .records,
    ).toEqual([
      {
        entity: "conversation",
        sourceId: null,
        status: "rejected",
        field: "conversations",
        reason: "expected an array of conversations",
      },
    ]);
    expect(importIntercom({ contacts: 5 }, { asOf }).report.records).toMatchObject([
      { entity: "contact", status: "rejected", field: "contacts" },
    ]);
    expect(importIntercom({ type: "list", data: { id: "1" } }, { asOf }).report.records).toEqual([
      {
        entity: "record",
        sourceId: null,
        status: "rejected",
        field: "data",
        reason: "expected an array of records",
      },
    ]);
  });

  it("rejects a bad asOf with a TypeError and does not mutate its input", () => {
    expect(() => importIntercom({}, { asOf: new Date("nope") })).toThrow(RangeError);
    expect(() => importIntercom({}, { asOf: "2024-01-01" as never })).toThrow(
      new TypeError('importIntercom: options.asOf: expected a Date, received "2024-01-01"'),
    );
    const copy = structuredClone(workspace);
    importIntercom(workspace, { asOf });
    expect(workspace).toEqual(copy);
  });

  it("ignores __proto__ keys (no prototype pollution)", () => {
    const payload = JSON.parse(
      `{"type":"conversation","id":"9","created_at":${T0},"__proto__":{"state":"open","polluted":true},"source":{"type":"conversation","author":{"type":"user","id":"u"}}}`,
    );
    const result = importIntercom(payload, { asOf });
    expect(Object.prototype).not.toHaveProperty("polluted");
    // no own state and no open flag: rejected, not "open" from the fake prototype
    expect(result.report.records[0]).toMatchObject({ status: "rejected", field: "state" });
  });
});

describe("importIntercom under fuzzing", () => {
  it("never throws on arbitrary JSON and accounts for every outcome", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = importIntercom(value, { asOf });
        expectNoDefect(result);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on mutated fixtures", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.jsonValue()), { minLength: 1, maxLength: 6 }),
        (mutations) => {
          const result = importIntercom(mutate(workspace, mutations), { asOf });
          expectNoDefect(result);
          for (const c of result.cases) expect(parseCase(c)).toEqual(c);
          for (const i of result.interactions) expect(parseInteraction(i)).toEqual(i);
        },
      ),
      // 100 runs here; RAPPORT_FUZZ_RUNS=1000 for a deeper search (CONTRIBUTING.md, "Slow tests").
      { numRuns: Number(process.env.RAPPORT_FUZZ_RUNS ?? 100) },
    );
  });
});
