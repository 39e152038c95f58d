import { parseCase } from "@rapport/core";
import type { ImportResult } from "@rapport/source-kit";
import { mutatePayload as mutate } from "@rapport/source-kit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { account, conversations, ratings, tickets } from "./__fixtures__/freshdesk.fixture";
import { importFreshdesk } from "./import-freshdesk";

const asOf = new Date("2024-06-01T00:00:00Z");
const outcome = (result: ImportResult, entity: string, id: string) =>
  result.report.records.filter((r) => r.entity === entity && r.sourceId === id);
// The importer turns a thrown error into one catch-all rejection, and every record it had not
// reached yet goes unreported: that outcome must never appear. (The report's counts always
// add up to its records, so comparing them could not fail.)
const expectNoDefect = (result: ImportResult) =>
  expect(result.report.records.filter((r) => r.reason?.startsWith("unexpected error"))).toEqual([]);

describe("importFreshdesk on a small account", () => {
  const result = importFreshdesk(account, { asOf });

  it("accounts for every record (worked out by hand from the fixture)", () => {
    // contact 1, agent 1, group 1, tickets 20 and 21, conversations 3101, 3102, 3001, ratings 5001, 5002
    expect(result.report.accepted).toBe(10);
    // contact 433 (e-mail), tickets 22 (status 9), 23 (priority 7), 24 (source 13),
    // conversation 3103 (ticket not imported), ratings 5003 (code 5) and 5004 (no answer)
    expect(result.report.rejected).toBe(7);
    expect(result.report.records).toHaveLength(17);
  });

  it("maps contacts, agents and groups", () => {
    expect(result.customers).toEqual([
      expect.objectContaining({
        id: "freshdesk:432",
        name: "Rachel",
        emails: ["rachel@freshdesk.com", "rachel.work@example.com"],
        phones: ["+1 555 0100"],
        locale: "en",
        organization: "freshdesk:8",
        externalIds: [
          { system: "freshdesk", id: "432" },
          { system: "freshdesk_unique_external_id", id: "crm-7" },
        ],
      }),
    ]);
    // Freshdesk's Rails time-zone names are not IANA names: left out
    expect(result.customers[0]?.timeZone).toBeUndefined();
    expect(result.agents[0]).toMatchObject({
      id: "freshdesk:1",
      name: "Support Agent",
      teamId: "freshdesk:6",
    });
    expect(result.teams[0]).toMatchObject({ id: "freshdesk:6", name: "Billing" });
    expect(outcome(result, "contact", "433")[0]).toMatchObject({
      status: "rejected",
      field: "emails[0]",
    });
  });

  it("maps a ticket to a case with its stats", () => {
    const c = result.cases.find((x) => x.id === "freshdesk:20")!;
    expect(parseCase(c)).toEqual(c);
    expect(c).toMatchObject({
      customerId: "freshdesk:432",
      assigneeId: "freshdesk:1",
      teamId: "freshdesk:6",
      status: "solved",
      priority: "high",
      channel: "email",
      subject: "Refund not received",
      tags: ["refund"],
      reopenCount: 1,
      statusHistory: [],
    });
    expect(c.firstReplyAt?.toISOString()).toBe("2015-08-24T12:00:00.000Z");
    expect(c.solvedAt?.toISOString()).toBe("2015-08-24T12:30:00.000Z");
    expect(c.closedAt).toBeUndefined();
    expect(result.cases.find((x) => x.id === "freshdesk:21")).toMatchObject({
      status: "open",
      priority: "normal",
      channel: "chat",
      reopenCount: 0,
    });
  });

  it("rejects unknown status, priority and source codes, naming the field", () => {
    expect(outcome(result, "ticket", "22")[0]).toMatchObject({
      status: "rejected",
      field: "status",
    });
    expect(outcome(result, "ticket", "23")[0]).toMatchObject({
      status: "rejected",
      field: "priority",
    });
    expect(outcome(result, "ticket", "24")[0]).toMatchObject({
      status: "rejected",
      field: "source",
    });
  });

  it("maps conversations: incoming from the customer, notes private, embedded ones too", () => {
    const byId = new Map(result.interactions.map((i) => [i.id as string, i]));
    expect(byId.get("freshdesk:3101")).toMatchObject({
      caseId: "freshdesk:20",
      customerId: "freshdesk:432",
      direction: "outbound",
      author: { kind: "agent", id: "freshdesk:1" },
      visibility: "public",
      channel: "email",
    });
    expect(byId.get("freshdesk:3102")?.visibility).toBe("private");
    expect(byId.get("freshdesk:3001")).toMatchObject({
      caseId: "freshdesk:21",
      direction: "inbound",
      author: { kind: "customer", id: "freshdesk:432" },
      channel: "chat",
    });
    expect(outcome(result, "conversation", "3103")[0]).toMatchObject({
      status: "rejected",
      field: "ticket_id",
    });
  });

  it("takes one ticket with its embedded conversations (GET /tickets/:id?include=conversations)", () => {
    // A record with a `conversations` list was read as a keyed page and the ticket dropped.
    const ticket = {
      id: 20,
      requester_id: 1,
      status: 4,
      priority: 2,
      source: 3,
      subject: "Refund",
      created_at: "2015-08-24T11:59:05Z",
      updated_at: "2015-08-24T12:30:00Z",
      conversations: [
        {
          id: 7,
          ticket_id: 20,
          user_id: 1,
          incoming: true,
          private: false,
          body_text: "hi",
          source: 0,
          created_at: "2015-08-24T12:00:00Z",
        },
      ],
    };
    for (const payload of [ticket, [ticket]]) {
      const single = importFreshdesk(payload, { asOf });
      expect(single.report.records).toEqual([
        { entity: "ticket", sourceId: "20", status: "accepted" },
        { entity: "conversation", sourceId: "7", status: "accepted" },
      ]);
      expect(single.cases.map((c) => c.id)).toEqual(["freshdesk:20"]);
      expect(single.interactions.map((i) => i.caseId)).toEqual(["freshdesk:20"]);
    }
  });

  it("maps the seven-point ratings onto five-point CSAT", () => {
    const byId = new Map(result.surveyResponses.map((r) => [r.id as string, r]));
    // 102 (Very Happy) has rank 5 of 0..6: 1 + round(4 * 5 / 6) = 1 + round(3.33) = 4
    expect(byId.get("freshdesk:5001")).toMatchObject({
      kind: "csat",
      scale: "five_point",
      score: 4,
      comment: "Very quick",
      agentId: "freshdesk:1",
      teamId: "freshdesk:6",
      caseId: "freshdesk:20",
      surveyId: "freshdesk:10",
      channel: "email",
    });
    // -103 (Extremely Unhappy) has rank 0: 1
    expect(byId.get("freshdesk:5002")?.score).toBe(1);
    expect(outcome(result, "satisfaction_rating", "5003")[0]).toMatchObject({
      status: "rejected",
      field: "ratings.default_question",
    });
    expect(outcome(result, "satisfaction_rating", "5004")[0]?.reason).toMatch(
      /received nothing \(the field is missing\)/,
    );
  });
});

describe("importFreshdesk payload forms", () => {
  it("takes one record, a keyed object and search results", () => {
    expect(importFreshdesk(tickets[0], { asOf }).cases).toHaveLength(1);
    expect(
      importFreshdesk({ tickets: [tickets[0]], conversations }, { asOf }).interactions,
    ).toHaveLength(2);
    expect(importFreshdesk({ results: [tickets[0]], total: 1 }, { asOf }).cases).toHaveLength(1);
  });

  it("a re-sent page changes nothing; the newest copy of a ticket wins", () => {
    const once = importFreshdesk([tickets, conversations, ratings], { asOf });
    const twice = importFreshdesk(
      [tickets, conversations, ratings, tickets, conversations, ratings],
      { asOf },
    );
    expect(twice.cases).toEqual(once.cases);
    expect(twice.interactions).toEqual(once.interactions);
    expect(twice.surveyResponses).toEqual(once.surveyResponses);
    // cases 20, 21; conversations 3101, 3102, and 3001 embedded; ratings 5001, 5002
    expect(twice.report.duplicates).toBe(7);
    const older = { ...tickets[0], status: 2, updated_at: "2015-08-24T12:00:00Z" };
    expect(importFreshdesk([older, tickets[0]], { asOf }).cases[0]?.status).toBe("solved");
  });

  it("maps custom statuses and sources given in the options", () => {
    const result = importFreshdesk([tickets[2], tickets[4]], {
      asOf,
      statusMap: { 9: "on_hold" },
      sourceMap: { 13: "messaging" },
    });
    expect(result.cases.map((c) => [c.status, c.channel])).toEqual([
      ["on_hold", "web"],
      ["open", "messaging"],
    ]);
  });

  it("rejects records dated after asOf", () => {
    const result = importFreshdesk(account, { asOf: new Date("2015-08-24T12:10:00Z") });
    expect(outcome(result, "ticket", "21")[0]).toMatchObject({
      status: "rejected",
      field: "created_at",
    });
    // Every date of a case is checked: ticket 20 was updated at 12:30, after asOf (12:10),
    // so it is rejected, and its conversation 3102 with it.
    expect(outcome(result, "ticket", "20")[0]).toEqual({
      entity: "ticket",
      sourceId: "20",
      status: "rejected",
      field: "updatedAt",
      reason:
        "expected a time not after asOf (2015-08-24T12:10:00.000Z), received 2015-08-24T12:30:00.000Z",
    });
    expect(outcome(result, "conversation", "3102")[0]).toMatchObject({
      status: "rejected",
      field: "ticket_id",
    });
    expect(outcome(result, "satisfaction_rating", "5001")[0]).toMatchObject({
      status: "rejected",
      field: "updated_at",
    });
  });

  it("reports what is not a record, rejects a bad asOf, does not mutate input", () => {
    expect(importFreshdesk("x", { asOf }).report.records[0]).toMatchObject({ entity: "page" });
    expect(importFreshdesk([{ foo: 1 }], { asOf }).report.records[0]).toMatchObject({
      entity: "record",
      field: "[0]",
      status: "rejected",
    });
    // A list key holding something other than a list, beside a good one, was dropped silently.
    const keyed = importFreshdesk({ tickets: { id: 1 }, contacts: [] }, { asOf });
    expect(keyed.report.records).toEqual([
      {
        entity: "ticket",
        sourceId: null,
        status: "rejected",
        field: "tickets",
        reason: "expected an array of tickets",
      },
    ]);
    expect(() => importFreshdesk([], { asOf: "2024" as never })).toThrow(
      new TypeError('importFreshdesk: options.asOf: expected a Date, received "2024"'),
    );
    expect(() => importFreshdesk([], { asOf: new Date(Number.NaN) })).toThrow(RangeError);
    const copy = structuredClone(account);
    importFreshdesk(account, { asOf });
    expect(account).toEqual(copy);
  });

  it("ignores __proto__ keys (no prototype pollution)", () => {
    const payload = JSON.parse(
      '[{"__proto__":{"status":2,"polluted":true},"id":5,"requester_id":6,"subject":"x","created_at":"2015-08-24T11:56:51Z"}]',
    );
    const result = importFreshdesk(payload, { asOf });
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(result.report.records[0]).toMatchObject({ status: "rejected", field: "status" });
  });
});

describe("importFreshdesk under fuzzing", () => {
  it("never throws on arbitrary JSON and accounts for every outcome", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = importFreshdesk(value, { asOf });
        expectNoDefect(result);
      }),
      { numRuns: 300 },
    );
  });

  it("reports at least one outcome per item under the list keys", () => {
    const key = fc.constantFrom(
      "tickets",
      "conversations",
      "contacts",
      "agents",
      "groups",
      "satisfaction_ratings",
      "results",
    );
    fc.assert(
      fc.property(
        fc.dictionary(key, fc.oneof(fc.array(fc.jsonValue(), { maxLength: 5 }), fc.jsonValue())),
        (value) => {
          const result = importFreshdesk(value, { asOf });
          expectNoDefect(result);
          // Each item of a list is a record; a list key holding anything else is one rejection.
          const items = Object.values(value).reduce<number>(
            (n, list) => n + (Array.isArray(list) ? list.length : list === null ? 0 : 1),
            0,
          );
          expect(result.report.records.length).toBeGreaterThanOrEqual(items);
        },
      ),
      // 100 runs here; RAPPORT_FUZZ_RUNS=1000 for a deeper search (CONTRIBUTING.md, "Slow tests").
      { numRuns: Number(process.env.RAPPORT_FUZZ_RUNS ?? 100) },
    );
  });

  it("never throws on mutated fixtures", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.jsonValue()), { minLength: 1, maxLength: 6 }),
        (mutations) => {
          const result = importFreshdesk(mutate(account, mutations), { asOf });
          expectNoDefect(result);
          for (const c of result.cases) expect(parseCase(c)).toEqual(c);
        },
      ),
      // 100 runs here; RAPPORT_FUZZ_RUNS=1000 for a deeper search (CONTRIBUTING.md, "Slow tests").
      { numRuns: Number(process.env.RAPPORT_FUZZ_RUNS ?? 100) },
    );
  });
});
