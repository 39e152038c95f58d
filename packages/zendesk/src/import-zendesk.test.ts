import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseCase } from "@rapport/core";
import type { ImportResult } from "@rapport/source-kit";
import { mutatePayload as mutate } from "@rapport/source-kit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  account,
  audits,
  comments,
  metrics,
  ratings,
  tickets,
} from "./__fixtures__/zendesk.fixture";
import { importZendesk } from "./import-zendesk";

const asOf = new Date("2024-06-01T00:00:00Z");
const outcome = (result: ImportResult, entity: string, id: string) =>
  result.report.records.filter((r) => r.entity === entity && r.sourceId === id);
// Cases are built to the schema without a second parse: each must come out of it unchanged.
const expectSchemaValid = (result: ImportResult) => {
  for (const record of result.cases) expect(parseCase(record)).toEqual(record);
};
// The importer turns a thrown error into one catch-all rejection, and every record it had not
// reached yet goes unreported: that outcome must never appear. (The report's counts always
// add up to its records, so comparing them could not fail.)
const expectNoDefect = (result: ImportResult) =>
  expect(result.report.records.filter((r) => r.reason?.startsWith("unexpected error"))).toEqual([]);

describe("importZendesk on a small account", () => {
  const result = importZendesk(account, { asOf });

  it("builds cases the Case schema accepts unchanged", () => {
    expectSchemaValid(result);
    expect(result.cases).toHaveLength(2);
  });

  it("rejects a case whose solve time precedes its creation, through the schema", () => {
    const early = { id: 40, ticket_id: 35436, solved_at: "2024-02-01T00:00:00Z" };
    const r = importZendesk([tickets, { ticket_metrics: [early] }], { asOf });
    expect(outcome(r, "ticket", "35436")[0]).toMatchObject({
      status: "rejected",
      field: "solvedAt",
    });
  });

  it("accounts for every record (worked out by hand from the fixture)", () => {
    // users 3 + group 1 + tickets 2 + audits 5 + comments 4 (in audits) + 1 + metric 1 + ratings 3
    expect(result.report.accepted).toBe(20);
    // role light-agent, status archived, comment without ticket_id, score "meh"
    expect(result.report.rejected).toBe(4);
    // organization, metric of a ticket not imported, offered and unoffered ratings
    expect(result.report.ignored).toBe(4);
    expect(result.report.duplicates).toBe(0);
    expect(result.report.records).toHaveLength(28);
    expect(result.report.source).toBe("zendesk");
  });

  it("maps end users to customers, keeping the external id", () => {
    expect(result.customers).toHaveLength(1);
    const jane = result.customers[0]!;
    expect(jane).toMatchObject({
      id: "zendesk:20978392",
      name: "Jane Customer",
      emails: ["jane@example.com"],
      phones: ["+49 30 1234567"],
      locale: "de-DE",
      timeZone: "Europe/Berlin",
      organization: "zendesk:57542",
    });
    expect(jane.externalIds).toEqual([
      { system: "zendesk", id: "20978392" },
      { system: "zendesk_external_id", id: "crm-42" },
    ]);
    expect(jane.firstSeenAt?.toISOString()).toBe("2023-01-15T08:00:00.000Z");
  });

  it("maps agents and admins to agents, groups to teams", () => {
    expect(result.agents.map((a) => [a.id, a.role])).toEqual([
      ["zendesk:235323", "agent"],
      ["zendesk:1", "admin"],
    ]);
    expect(result.teams).toEqual([
      {
        id: "zendesk:98738",
        name: "Billing",
        skills: [],
        externalIds: [{ system: "zendesk", id: "98738" }],
      },
    ]);
    expect(outcome(result, "user", "9")[0]).toMatchObject({ status: "rejected", field: "role" });
  });

  it("maps a ticket to a case, with the first reply from its metric", () => {
    const fire = result.cases.find((c) => c.id === "zendesk:35436")!;
    expect(fire).toMatchObject({
      customerId: "zendesk:20978392",
      subject: "Help, my printer is on fire!",
      channel: "email",
      status: "on_hold",
      priority: "normal",
      assigneeId: "zendesk:235323",
      teamId: "zendesk:98738",
      tags: ["printer", "fire"],
      reopenCount: 0,
      source: { system: "zendesk", id: "35436" },
    });
    // created 09:00 + reply_time_in_minutes.calendar 30 = 09:30
    expect(fire.firstReplyAt?.toISOString()).toBe("2024-03-01T09:30:00.000Z");
    expect(outcome(result, "ticket_metric", "33")[0]?.status).toBe("accepted");
  });

  it("builds status history, solve time and reopens from the audits", () => {
    const call = result.cases.find((c) => c.id === "zendesk:35437")!;
    expect(call.statusHistory.map((s) => [s.status, s.at.toISOString().slice(11, 16)])).toEqual([
      ["new", "10:00"],
      ["open", "10:30"],
      ["solved", "11:00"],
      ["open", "12:00"],
      ["solved", "13:00"],
    ]);
    expect(call.statusHistory[0]?.priority).toBe("urgent");
    // solved -> open at 12:00 is the one reopen; the last solve is at 13:00
    expect(call.reopenCount).toBe(1);
    expect(call.solvedAt?.toISOString()).toBe("2024-03-01T13:00:00.000Z");
    // no metric: the first public comment of the agent, the call at 10:30
    expect(call.firstReplyAt?.toISOString()).toBe("2024-03-01T10:30:00.000Z");
    expect(call.channel).toBe("phone");
  });

  it("rejects a ticket with an undocumented status, naming the field", () => {
    expect(outcome(result, "ticket", "35438")[0]).toMatchObject({
      status: "rejected",
      field: "status",
    });
    expect(outcome(result, "ticket", "35438")[0]?.reason).toContain('received "archived"');
  });

  it("maps comments to interactions: author, direction, visibility, channel, duration", () => {
    const byId = new Map(result.interactions.map((i) => [i.id as string, i]));
    expect(byId.get("zendesk:90011")).toMatchObject({
      caseId: "zendesk:35437",
      customerId: "zendesk:20978392",
      direction: "inbound",
      author: { kind: "customer", id: "zendesk:20978392" },
      visibility: "public",
      channel: "phone",
    });
    expect(byId.get("zendesk:90021")).toMatchObject({
      direction: "outbound",
      author: { kind: "agent", id: "zendesk:235323" },
      durationSeconds: 95,
      channel: "phone",
    });
    expect(byId.get("zendesk:90051")?.visibility).toBe("private");
    expect(byId.get("zendesk:90051")?.occurredAt.toISOString()).toBe("2024-03-01T13:00:00.000Z");
    expect(byId.get("zendesk:7001")).toMatchObject({
      caseId: "zendesk:35436",
      visibility: "private",
      channel: "web",
      direction: "outbound",
    });
    expect(outcome(result, "comment", "7002")[0]).toMatchObject({
      status: "rejected",
      field: "ticket_id",
    });
  });

  it("maps good/bad ratings to binary CSAT and ignores offered/unoffered ones", () => {
    const byId = new Map(result.surveyResponses.map((r) => [r.id as string, r]));
    expect(byId.get("zendesk:501")).toMatchObject({
      kind: "csat",
      scale: "binary",
      score: "good",
      customerId: "zendesk:20978392",
      caseId: "zendesk:35437",
      agentId: "zendesk:235323",
      teamId: "zendesk:98738",
      comment: "Quick and kind",
    });
    // the rating was last changed at updated_at
    expect(byId.get("zendesk:501")?.respondedAt.toISOString()).toBe("2024-03-01T13:06:00.000Z");
    expect(byId.get("zendesk:502")).toMatchObject({ scale: "binary", score: "bad" });
    expect(byId.get("zendesk:505")).toMatchObject({ scale: "five_point", score: 4 });
    for (const id of ["503", "504"]) {
      const [record] = outcome(result, "satisfaction_rating", id);
      expect(record?.status).toBe("ignored");
      expect(record?.reason).toMatch(/no response/);
    }
    expect(outcome(result, "satisfaction_rating", "506")[0]).toMatchObject({
      status: "rejected",
      field: "score",
    });
  });
});

describe("importZendesk payload forms", () => {
  it("takes a single-ticket body", () => {
    const result = importZendesk({ ticket: tickets.tickets[0] }, { asOf });
    expect(result.cases.map((c) => c.id)).toEqual(["zendesk:35436"]);
  });

  it("takes incremental export pages and a re-sent page changes nothing", () => {
    const page1 = {
      tickets: [tickets.tickets[0]],
      after_cursor: "MTU3NjYxMzUzOS4wfHw0Njd8",
      after_url: "https://acme.zendesk.com/api/v2/incremental/tickets/cursor.json?cursor=MTU3",
      end_of_stream: false,
    };
    const page2 = { tickets: [tickets.tickets[1]], after_cursor: null, end_of_stream: true };
    const once = importZendesk([page1, page2], { asOf });
    const twice = importZendesk([page1, page2, page2, page1], { asOf });
    expect(twice.cases).toEqual(once.cases);
    expect(twice.report.accepted).toBe(2);
    expect(twice.report.duplicates).toBe(2);
  });

  it("reads side-loaded metric_sets of an incremental export as ticket metrics", () => {
    const page = {
      tickets: [tickets.tickets[0]],
      metric_sets: metrics.ticket_metrics,
      end_of_stream: true,
    };
    const result = importZendesk(page, { asOf });
    expect(result.cases[0]?.firstReplyAt?.toISOString()).toBe("2024-03-01T09:30:00.000Z");
    expect(outcome(result, "ticket_metric", "33")[0]?.status).toBe("accepted");
  });

  it("keeps the newest copy of a ticket updated twice in one export", () => {
    const old = { ...tickets.tickets[0], status: "open", updated_at: "2024-03-01T09:10:00Z" };
    const result = importZendesk({ tickets: [old, tickets.tickets[0]] }, { asOf });
    expect(result.cases).toHaveLength(1);
    expect(result.cases[0]?.status).toBe("on_hold");
    expect(result.report.duplicates).toBe(1);
  });

  it("ignores deleted tickets of an incremental export, with the reason", () => {
    const result = importZendesk(
      { tickets: [{ ...tickets.tickets[0], status: "deleted" }], end_of_stream: true },
      { asOf },
    );
    expect(result.report.records).toEqual([
      {
        entity: "ticket",
        sourceId: "35436",
        status: "ignored",
        reason: "the ticket was deleted in Zendesk",
      },
    ]);
  });

  it("takes audits alone: comments use the requester of the creating audit", () => {
    const result = importZendesk(audits, { asOf });
    expect(result.interactions).toHaveLength(4);
    expect(result.interactions[0]?.customerId).toBe("zendesk:20978392");
    expect(result.report.ignored).toBe(5);
  });

  it("rejects comments whose ticket is unknown", () => {
    const result = importZendesk({ comments: [comments.comments[0]] }, { asOf });
    expect(result.report.records[0]).toMatchObject({ status: "rejected", field: "ticket_id" });
  });

  it("takes metrics and ratings alone", () => {
    expect(importZendesk(metrics, { asOf }).report.ignored).toBe(2);
    expect(importZendesk(ratings, { asOf }).surveyResponses).toHaveLength(3);
  });

  it("rejects records dated after asOf", () => {
    const early = new Date("2024-03-01T09:40:00Z");
    const result = importZendesk([tickets, comments, ratings], { asOf: early });
    expect(outcome(result, "ticket", "35437")[0]).toMatchObject({
      status: "rejected",
      field: "created_at",
    });
    expect(outcome(result, "comment", "7001")[0]).toMatchObject({
      status: "rejected",
      field: "created_at",
    });
    expect(outcome(result, "satisfaction_rating", "501")[0]).toMatchObject({
      status: "rejected",
      field: "updated_at",
    });
  });

  it("rejects a ticket whose updatedAt, firstReplyAt or solvedAt lies after asOf", () => {
    // All three were created at 09:00, before asOf (12:00); each has one later time after it.
    const at = new Date("2024-03-01T12:00:00Z");
    const base = { ...tickets.tickets[0], status: "open", updated_at: "2024-03-01T11:00:00Z" };
    const result = importZendesk(
      {
        tickets: [
          { ...base, id: 1, updated_at: "2024-03-02T10:00:00Z" },
          { ...base, id: 2 },
          { ...base, id: 3 },
          { ...base, id: 4 },
        ],
        ticket_metrics: [
          // Solved on 5 March, after asOf.
          { id: 12, ticket_id: 2, solved_at: "2024-03-05T00:00:00Z" },
          // First reply 600 minutes after 09:00: 19:00, after asOf.
          { id: 13, ticket_id: 3, reply_time_in_minutes: { calendar: 600 } },
          // First reply 60 minutes after 09:00: 10:00, before asOf.
          { id: 14, ticket_id: 4, reply_time_in_minutes: { calendar: 60 } },
        ],
      },
      { asOf: at },
    );
    const reason = (when: string) =>
      `expected a time not after asOf (2024-03-01T12:00:00.000Z), received ${when}`;
    expect(["1", "2", "3", "4"].map((id) => outcome(result, "ticket", id)[0])).toMatchObject([
      { status: "rejected", field: "updatedAt", reason: reason("2024-03-02T10:00:00.000Z") },
      { status: "rejected", field: "solvedAt", reason: reason("2024-03-05T00:00:00.000Z") },
      { status: "rejected", field: "firstReplyAt", reason: reason("2024-03-01T19:00:00.000Z") },
      { status: "accepted" },
    ]);
    expect(result.cases.map((c) => c.id)).toEqual(["zendesk:4"]);
  });

  it("applies a channelMap", () => {
    const result = importZendesk(
      { tickets: [{ ...tickets.tickets[0], via: { channel: "api" } }] },
      { asOf, channelMap: { api: "email" } },
    );
    expect(result.cases[0]?.channel).toBe("email");
  });

  it("rejects an undocumented channel and a bad priority, naming the field", () => {
    const result = importZendesk(
      {
        tickets: [
          { ...tickets.tickets[0], id: 1, via: { channel: "carrier_pigeon" } },
          { ...tickets.tickets[0], id: 2, priority: "asap" },
          { ...tickets.tickets[0], id: 3, requester_id: null },
        ],
      },
      { asOf },
    );
    expect(result.report.records.map((r) => r.field)).toEqual([
      "requester_id",
      "via.channel",
      "priority",
    ]);
  });

  it("reports what is not a record", () => {
    expect(importZendesk(42, { asOf }).report.records[0]).toMatchObject({
      entity: "page",
      status: "rejected",
    });
    expect(importZendesk([null, {}], { asOf }).report.records[0]?.field).toBe("[0]");
    expect(importZendesk({ tickets: "nope" }, { asOf }).report.records[0]).toMatchObject({
      entity: "ticket",
      field: "tickets",
    });
    expect(importZendesk({ ticket: null, next_page: null }, { asOf }).report.records).toEqual([]);
  });

  it("requires asOf: a TypeError when it is not a Date, a RangeError when invalid", () => {
    expect(() => importZendesk({}, {} as never)).toThrow(
      new TypeError(
        "importZendesk: options.asOf: expected a Date, received nothing (the field is missing)",
      ),
    );
    expect(() => importZendesk({}, { asOf: new Date(Number.NaN) })).toThrow(
      new RangeError(
        "importZendesk: options.asOf: expected a valid Date, received an invalid Date",
      ),
    );
  });

  it("does not mutate its input", () => {
    const copy = structuredClone(account);
    importZendesk(account, { asOf });
    expect(account).toEqual(copy);
  });

  it("ignores __proto__ keys (no prototype pollution)", () => {
    const payload = JSON.parse(
      `{"__proto__":{"polluted":true},"tickets":[{"__proto__":{"status":"open","polluted":1},"id":5,"requester_id":6,"created_at":"2024-01-01T00:00:00Z"}],"users":[{"id":7,"role":"end-user","__proto__":{"isAdmin":true}}]}`,
    );
    const result = importZendesk(payload, { asOf });
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    // the ticket has no own status: rejected, not "open" from the fake prototype
    expect(result.report.records.find((r) => r.entity === "ticket")).toMatchObject({
      status: "rejected",
      field: "status",
    });
    expect(result.customers[0]).not.toHaveProperty("isAdmin");
    expect(result.customers[0]).not.toHaveProperty("polluted");
  });
});

describe("importZendesk under fuzzing", () => {
  it("never throws on arbitrary JSON and accounts for every outcome", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = importZendesk(value, { asOf });
        expectNoDefect(result);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary values under the record keys", () => {
    const key = fc.constantFrom(
      "tickets",
      "users",
      "audits",
      "comments",
      "satisfaction_ratings",
      "ticket_metrics",
      "groups",
      "ticket",
      "__proto__",
    );
    fc.assert(
      fc.property(fc.dictionary(key, fc.array(fc.jsonValue(), { maxLength: 5 })), (value) => {
        const result = importZendesk(value, { asOf });
        expectNoDefect(result);
        // At least one outcome per item of a list; `ticket` holds one record (here an array,
        // which is rejected as a whole).
        const items = Object.entries(value).reduce(
          (n, [k, list]) => n + (k === "ticket" ? 1 : list.length),
          0,
        );
        expect(result.report.records.length).toBeGreaterThanOrEqual(items);
      }),
      // 100 runs here; RAPPORT_FUZZ_RUNS=1000 for a deeper search (CONTRIBUTING.md, "Slow tests").
      { numRuns: Number(process.env.RAPPORT_FUZZ_RUNS ?? 100) },
    );
  });

  it("never throws on mutated fixtures and reports at least one outcome per record", () => {
    const records = account.reduce(
      (n, page) =>
        n +
        Object.values(page)
          .filter(Array.isArray)
          .reduce((m, list) => m + list.length, 0),
      0,
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.jsonValue()), { minLength: 1, maxLength: 6 }),
        (mutations) => {
          const payload = mutate(account, mutations);
          const result = importZendesk(payload, { asOf });
          expectNoDefect(result);
          expectSchemaValid(result);
          expect(result.report.records.length).toBeGreaterThanOrEqual(records - 12);
        },
      ),
      // 100 runs here; RAPPORT_FUZZ_RUNS=1000 for a deeper search (CONTRIBUTING.md, "Slow tests").
      { numRuns: Number(process.env.RAPPORT_FUZZ_RUNS ?? 100) },
    );
  });
});

const dataDir = fileURLToPath(new URL("../../../../shared/data/helpdesk/zendesk", import.meta.url));
const hasData = existsSync(dataDir);
if (!hasData) {
  console.warn(
    "@rapport/zendesk real-data tests skipped: ../shared/data not found (clone the shared data beside the repo)",
  );
}

describe.skipIf(!hasData)("importZendesk on real Zendesk API responses", () => {
  const read = (file: string): unknown => JSON.parse(readFileSync(`${dataDir}/${file}`, "utf8"));
  const files = hasData
    ? readdirSync(dataDir)
        .filter((f) => f.endsWith(".json"))
        .sort()
    : [];

  it.each(files)("imports %s, accounting for every record", (file) => {
    const body = read(file) as Record<string, unknown>;
    const result = importZendesk(body, { asOf: new Date("2026-01-01T00:00:00Z") });
    const listed = Object.values(body).reduce<number>(
      (n, v) => n + (Array.isArray(v) ? v.length : v !== null && typeof v === "object" ? 1 : 0),
      0,
    );
    expectNoDefect(result);
    expect(result.report.records.length).toBeGreaterThanOrEqual(listed);
    expect(result.report.rejected).toBe(0);
  });

  it("maps the 100 tickets of tickets_1.json as the file says", () => {
    const result = importZendesk(read("tickets_1.json"), {
      asOf: new Date("2026-01-01T00:00:00Z"),
    });
    // counted in the file: 99 "new" and 1 "pending"; 26 priorities null (-> normal), 73 normal, 1 high
    expect(result.cases).toHaveLength(100);
    expect(result.cases.filter((c) => c.status === "new")).toHaveLength(99);
    expect(result.cases.filter((c) => c.priority === "normal")).toHaveLength(99);
    expect(result.cases.filter((c) => c.priority === "high")).toHaveLength(1);
    expect(result.cases.every((c) => c.channel === "web")).toBe(true);
  });

  it("ignores the 64 offered ratings and takes the 1 good one", () => {
    const result = importZendesk(read("satisfaction_ratings_1.json"), {
      asOf: new Date("2026-01-01T00:00:00Z"),
    });
    expect(result.report.ignored).toBe(64);
    expect(result.surveyResponses).toEqual([
      expect.objectContaining({
        id: "zendesk:20001907",
        scale: "binary",
        score: "good",
        caseId: "zendesk:35",
      }),
    ]);
  });

  it("joins all files: ticket 1 gets its status history from its audits, once", () => {
    const pages = files.map(read);
    const result = importZendesk(pages, { asOf: new Date("2026-01-01T00:00:00Z") });
    expectSchemaValid(result);
    const first = result.cases.find((c) => c.id === "zendesk:1")!;
    // audits: Create status "open" (20:17:09), Change to "pending" (20:17:10)
    expect(first.statusHistory.map((s) => s.status)).toEqual(["open", "pending"]);
    expect(first.priority).toBe("high");
    expect(result.report.rejected).toBe(0);
    // the audits appear in two files: the second copy is a duplicate, not a second history
    expect(
      result.report.records.filter((r) => r.entity === "audit" && r.status === "duplicate"),
    ).toHaveLength(100);
  });

  it("never throws on mutated real payloads", () => {
    const body = read("ticket_audits_sideloaded_1.json");
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.jsonValue()), { minLength: 1, maxLength: 4 }),
        (m) => {
          const result = importZendesk(mutate(body, m), { asOf });
          expectNoDefect(result);
        },
      ),
      { numRuns: 60 },
    );
  });
});
