import { describe, expect, it } from "vitest";
import {
  account,
  conversations,
  csatResponses,
  inboxes,
  messageCreated,
  messages,
} from "./__fixtures__/chatwoot.fixture";
import { chatwootAdapter } from "./chatwoot-adapter";
import { chatwootLookups, chatwootMessageKind } from "./chatwoot-lookups";
import { importChatwoot } from "./import-chatwoot";

const asOf = new Date("2025-01-01T00:00:00Z");
const outcome = (r: { entity: string; sourceId: string | null; status: string; field?: string }) =>
  `${r.entity} ${r.sourceId} ${r.status}${r.field ? ` ${r.field}` : ""}`;

describe("importChatwoot on the account fixture", () => {
  const result = importChatwoot(account, { asOf });

  it("reports every record of the fixture, each with the outcome worked out by hand", () => {
    // Counted in the fixture: 3 inboxes, 1 team, 3 agents, 2 contacts, 4 conversations,
    // 1 embedded + 8 listed + 1 webhook messages, 2 CSAT responses, 1 typing event = 26.
    expect(result.report.records).toHaveLength(26);
    expect(result.report.records.map(outcome).sort()).toEqual(
      [
        "inbox 1 accepted",
        "inbox 2 accepted",
        "inbox 3 rejected channel_type",
        "team 1 accepted",
        "agent 1 accepted",
        "agent 2 accepted",
        "agent 3 rejected role",
        "contact 42 accepted",
        "contact 43 rejected emails[0]",
        "conversation 7 accepted",
        "conversation 8 accepted",
        "conversation 9 rejected status",
        "conversation 10 rejected createdAt",
        "message 70 accepted",
        "message 70 duplicate",
        "message 71 accepted",
        "message 72 accepted",
        "message 73 ignored",
        "message 74 accepted",
        "message 75 accepted",
        "message 76 rejected message_type",
        "message 77 ignored",
        "message 80 accepted",
        "csat_survey_response 1 accepted",
        "csat_survey_response 2 rejected rating",
        "webhook_event null ignored",
      ].sort(),
    );
    expect(result.report).toMatchObject({ accepted: 15, rejected: 7, duplicates: 1, ignored: 3 });
  });

  it("maps conversation 7 field by field", () => {
    expect(result.cases[0]).toEqual({
      id: "chatwoot:7",
      customerId: "chatwoot:42",
      channel: "chat",
      status: "open",
      priority: "high",
      assigneeId: "chatwoot:2",
      teamId: "chatwoot:1",
      // 1714557600 s is 2024-05-01T10:00:00Z: python3 -c "from datetime import *; print(datetime.fromtimestamp(1714557600, timezone.utc))"
      createdAt: new Date("2024-05-01T10:00:00.000Z"),
      updatedAt: new Date("2024-05-01T11:00:00.500Z"),
      firstReplyAt: new Date("2024-05-01T10:05:00.000Z"),
      reopenCount: 0,
      tags: ["billing", "vip"],
      statusHistory: [],
      source: { system: "chatwoot", id: "7" },
    });
  });

  it("takes a conversation's channel from its inbox, its subject from the e-mail", () => {
    const eight = result.cases.find((c) => c.id === "chatwoot:8");
    expect(eight).toMatchObject({
      channel: "email",
      status: "solved",
      priority: "normal",
      subject: "Refund",
    });
    // last_activity_at 1714650000 = 2024-05-02T11:40:00Z, as updatedAt
    expect(eight?.updatedAt).toEqual(new Date("2024-05-02T11:40:00.000Z"));
  });

  it("maps messages: direction, author, visibility, the webhook's date-time string", () => {
    const rows = result.interactions.map((i) => [
      i.id,
      i.channel,
      i.direction,
      i.author.kind,
      i.visibility,
    ]);
    expect(rows).toEqual([
      ["chatwoot:70", "chat", "inbound", "customer", "public"],
      ["chatwoot:71", "chat", "outbound", "agent", "public"],
      ["chatwoot:72", "chat", "outbound", "agent", "private"],
      ["chatwoot:74", "chat", "outbound", "bot", "public"],
      ["chatwoot:75", "chat", "outbound", "bot", "public"],
      ["chatwoot:80", "email", "inbound", "customer", "public"],
    ]);
    const webhook = result.interactions.at(-1);
    expect(webhook).toMatchObject({ caseId: "chatwoot:8", customerId: "chatwoot:43" });
    expect(webhook?.occurredAt).toEqual(new Date("2024-05-02T09:00:00.000Z"));
  });

  it("maps people, teams and the CSAT response", () => {
    expect(result.agents.map((a) => [a.id, a.name, a.role])).toEqual([
      ["chatwoot:1", "John Smith", "admin"],
      ["chatwoot:2", "Jane Doe", "agent"],
    ]);
    expect(result.teams).toEqual([
      {
        id: "chatwoot:1",
        name: "billing",
        skills: [],
        externalIds: [{ system: "chatwoot", id: "1" }],
      },
    ]);
    expect(result.customers[0]).toMatchObject({
      id: "chatwoot:42",
      name: "Alice Martin",
      emails: ["alice@example.com"],
      phones: ["+15550100"],
      externalIds: [
        { system: "chatwoot", id: "42" },
        { system: "chatwoot_identifier", id: "cust-42" },
      ],
    });
    expect(result.surveyResponses).toEqual([
      {
        id: "chatwoot:csat:1",
        kind: "csat",
        scale: "five_point",
        score: 5,
        customerId: "chatwoot:42",
        caseId: "chatwoot:7",
        agentId: "chatwoot:2",
        channel: "chat",
        respondedAt: new Date("2024-05-01T11:00:00.000Z"),
        comment: "Thanks, sorted!",
        source: { system: "chatwoot", id: "1" },
      },
    ]);
  });

  it("rejects records dated after asOf, naming the field", () => {
    const early = importChatwoot([conversations, messages], {
      asOf: new Date("2024-05-01T10:04:00Z"),
    });
    const fields = early.report.records.filter((r) => r.status === "rejected").map(outcome);
    // updatedAt 11:00:00.5 is the first date after asOf that the case has (then firstReplyAt
    // 10:05); messages 71 (10:05:00), 72 (10:06:40) and 74 (10:40) are after 10:04 too.
    expect(fields).toContain("conversation 7 rejected updatedAt");
    expect(fields).toContain("message 72 rejected occurredAt");
    expect(fields).toContain("message 71 rejected occurredAt");
    expect(fields).toContain("message 74 rejected occurredAt");
  });
});

describe("importChatwoot on partial imports", () => {
  it("a message whose conversation's channel is unknown is rejected with the reason", () => {
    const { report } = importChatwoot(messages.payload.slice(0, 2), { asOf });
    expect(report.records.map(outcome)).toEqual([
      "message 70 rejected inbox_id",
      "message 71 rejected inbox_id",
    ]);
    const withInbox = importChatwoot([inboxes, messages.payload.slice(0, 2)], { asOf });
    expect(withInbox.interactions.map((i) => i.channel)).toEqual(["chat", "chat"]);
  });

  it("a CSAT response alone keeps its contact and case", () => {
    const { surveyResponses } = importChatwoot(csatResponses[0], { asOf });
    expect(surveyResponses[0]).toMatchObject({ customerId: "chatwoot:42", caseId: "chatwoot:7" });
    expect(surveyResponses[0]).not.toHaveProperty("channel");
  });

  it("reports what is no chatwoot body, and never throws on bad data", () => {
    expect(importChatwoot(42, { asOf }).report.records.map(outcome)).toEqual([
      "page null rejected (root)",
    ]);
    expect(importChatwoot([{ foo: 1 }], { asOf }).report.records.map(outcome)).toEqual([
      "record null rejected [0]",
    ]);
    expect(importChatwoot({ data: { payload: 3 } }, { asOf }).report.rejected).toBe(1);
  });

  it("a webhook message reads its conversation from the embedded object", () => {
    const { interactions } = importChatwoot(messageCreated, { asOf });
    expect(interactions.map((i) => [i.caseId, i.channel])).toEqual([["chatwoot:8", "email"]]);
  });

  it("throws only on a bad asOf", () => {
    expect(() => importChatwoot([], { asOf: "2025" as never })).toThrow(TypeError);
    expect(() => importChatwoot([], { asOf: new Date("nope") })).toThrow(RangeError);
  });
});

describe("lookups and recognition", () => {
  it("message types are numbers in the REST API and words in webhooks", () => {
    expect([0, 1, 2, 3, "incoming", "template", 9, null].map(chatwootMessageKind)).toEqual([
      "incoming",
      "outgoing",
      "activity",
      "template",
      "incoming",
      "template",
      undefined,
      undefined,
    ]);
  });

  it("maps statuses and channels, and says what it expected", () => {
    expect(
      ["open", "resolved", "pending", "snoozed"].map((s) => chatwootLookups.status.get(s)),
    ).toEqual(["open", "solved", "new", "on_hold"]);
    expect(chatwootLookups.priority.get(null)).toBe("normal");
    expect(chatwootLookups.channel.get("Channel::Whatsapp")).toBe("messaging");
    expect(chatwootLookups.role.reason("owner")).toBe(
      'expected one of "agent" | "administrator", received "owner"',
    );
  });

  it("recognises chatwoot bodies and not other platforms'", () => {
    for (const body of [inboxes, conversations, messages, messageCreated, csatResponses, account]) {
      expect(chatwootAdapter.recognise(body)).toBe(true);
    }
    for (const body of [
      { tickets: [{ id: 1, status: "open" }] },
      { type: "conversation.list" },
      [],
      3,
    ]) {
      expect(chatwootAdapter.recognise(body)).toBe(false);
    }
  });
});
