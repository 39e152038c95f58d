import { describe, expect, it } from "vitest";
import {
  account,
  conversation,
  rating,
  threads,
  users,
  webhookRating,
} from "./__fixtures__/helpscout.fixture";
import { helpScoutAdapter } from "./helpscout-adapter";
import { helpScoutLookups, helpScoutRatingCode } from "./helpscout-lookups";
import { importHelpScout } from "./import-helpscout";

const asOf = new Date("2025-01-01T00:00:00Z");
const outcome = (r: { entity: string; sourceId: string | null; status: string; field?: string }) =>
  `${r.entity} ${r.sourceId} ${r.status}${r.field ? ` ${r.field}` : ""}`;

describe("importHelpScout on the account fixture", () => {
  const result = importHelpScout(account, { asOf });

  it("reports every record of the fixture, each with the outcome worked out by hand", () => {
    // Counted in the fixture: 3 users, 1 team, 1 customer, 4 conversations, 10 + 2 + 1
    // threads, 4 ratings, 1 mailbox = 27.
    expect(result.report.records).toHaveLength(27);
    expect(result.report.records.map(outcome).sort()).toEqual(
      [
        "user 11 accepted",
        "user 12 accepted",
        "user 13 rejected role",
        "team 21 accepted",
        "customer 500 accepted",
        "conversation 123 accepted",
        "conversation 124 ignored",
        "conversation 125 ignored",
        "conversation 126 rejected status",
        "thread 1001 accepted",
        "thread 1002 accepted",
        "thread 1003 accepted",
        "thread 1004 ignored",
        "thread 1005 accepted",
        "thread 1006 accepted",
        "thread 1007 accepted",
        "thread 1008 ignored",
        "thread 1009 accepted",
        "thread 1010 rejected type",
        "thread 2001 accepted",
        "thread 2002 accepted",
        "thread 3001 rejected conversationId",
        "rating 1 accepted",
        "rating 5434 accepted",
        "rating 2 ignored",
        "rating 3 rejected rating",
        "mailboxes 85 ignored",
      ].sort(),
    );
    expect(result.report).toMatchObject({ accepted: 16, rejected: 5, duplicates: 0, ignored: 6 });
  });

  it("reads conversation 123's history from its threads", () => {
    expect(result.cases).toEqual([
      {
        id: "helpscout:123",
        customerId: "helpscout:500",
        subject: "Order missing",
        channel: "email",
        status: "closed",
        priority: "normal",
        assigneeId: "helpscout:12",
        createdAt: new Date("2024-05-01T10:00:00Z"),
        updatedAt: new Date("2024-05-03T10:00:00Z"),
        // 1003, the first public reply by an agent after the customer's 1001
        firstReplyAt: new Date("2024-05-01T10:20:00Z"),
        solvedAt: new Date("2024-05-03T09:00:00Z"),
        closedAt: new Date("2024-05-03T09:00:00Z"),
        // closed by 1003, active again by the customer's 1005
        reopenCount: 1,
        tags: ["orders"],
        statusHistory: [
          { status: "open", at: new Date("2024-05-01T10:00:00Z") }, // 1001 active
          { status: "closed", at: new Date("2024-05-01T10:20:00Z") }, // 1003 closed
          { status: "open", at: new Date("2024-05-02T08:00:00Z") }, // 1005 active
          { status: "pending", at: new Date("2024-05-02T09:00:00Z") }, // 1006 pending
          { status: "closed", at: new Date("2024-05-03T09:00:00Z") }, // 1007, a workflow's line item
        ],
        source: { system: "helpscout", id: "123" },
      },
    ]);
  });

  it("maps threads: who wrote them, the channel their type or conversation gives, notes private", () => {
    expect(
      result.interactions.map((i) => [
        i.id,
        i.caseId,
        i.channel,
        i.direction,
        i.author.kind,
        i.visibility,
      ]),
    ).toEqual([
      ["helpscout:1001", "helpscout:123", "email", "inbound", "customer", "public"],
      ["helpscout:1002", "helpscout:123", "email", "outbound", "agent", "private"],
      ["helpscout:1003", "helpscout:123", "email", "outbound", "agent", "public"],
      ["helpscout:1005", "helpscout:123", "email", "inbound", "customer", "public"],
      ["helpscout:1006", "helpscout:123", "chat", "outbound", "agent", "public"],
      ["helpscout:1009", "helpscout:123", "phone", "outbound", "agent", "public"],
      // from the page of /conversations/127/threads: the conversation from its _links.self
      ["helpscout:2001", "helpscout:127", "email", "inbound", "customer", "public"],
      ["helpscout:2002", "helpscout:127", "chat", "outbound", "agent", "public"],
    ]);
  });

  it("maps ratings on the five-point scale: great 5, okay 3, keeping the three-point answer", () => {
    const item = (score: string) => [
      {
        questionId: "helpscout_rating",
        wording: "How would you rate my reply?",
        scale: "three_point",
        score,
      },
    ];
    expect(result.surveyResponses).toEqual([
      {
        id: "helpscout:rating:1",
        kind: "csat",
        scale: "five_point",
        score: 5,
        customerId: "helpscout:500",
        caseId: "helpscout:123",
        agentId: "helpscout:12",
        channel: "email",
        // "2017-12-12T12:12:13"-style time without a zone: UTC, as the reference says
        respondedAt: new Date("2024-05-01T12:12:13Z"),
        comment: "Well done!",
        items: item("great"),
        source: { system: "helpscout", id: "1" },
      },
      {
        id: "helpscout:rating:5434",
        kind: "csat",
        scale: "five_point",
        score: 3,
        customerId: "helpscout:449379",
        caseId: "helpscout:1560011",
        respondedAt: new Date("2024-06-14T20:18:33Z"),
        comment: "he was really helpful",
        items: item("okay"),
        source: { system: "helpscout", id: "5434" },
      },
    ]);
  });

  it("maps users, teams and customers", () => {
    expect(result.agents.map((a) => [a.id, a.name, a.email, a.role])).toEqual([
      ["helpscout:11", "Vernon Bear", "bear@acme.test", "admin"],
      ["helpscout:12", "Ann Lee", "ann@acme.test", "agent"],
    ]);
    expect(result.teams.map((t) => [t.id, t.name])).toEqual([["helpscout:21", "Tier 2"]]);
    expect(result.customers).toEqual([
      {
        id: "helpscout:500",
        externalIds: [{ system: "helpscout", id: "500" }],
        name: "Happy Customer",
        emails: ["happy@example.com"],
        phones: ["+1-555-0100"],
        organization: "Acme",
        firstSeenAt: new Date("2024-01-10T09:00:00Z"),
        preferences: { channels: [] },
      },
    ]);
  });
});

describe("importHelpScout on partial and bad input", () => {
  it("rejects records dated after asOf, naming the field", () => {
    const { report } = importHelpScout([conversation, rating], {
      asOf: new Date("2024-05-02T00:00:00Z"),
    });
    const rejected = report.records.filter((r) => r.status === "rejected").map(outcome);
    expect(rejected).toEqual([
      // updatedAt 2024-05-03 is the case's first date after asOf
      "conversation 123 rejected updatedAt",
      "thread 1005 rejected occurredAt",
      "thread 1006 rejected occurredAt",
      "thread 1009 rejected occurredAt",
      "thread 1010 rejected type",
    ]);
  });

  it("a thread page alone needs its conversation's customer on each thread", () => {
    const { interactions } = importHelpScout(threads, { asOf });
    expect(interactions.map((i) => i.customerId)).toEqual(["helpscout:600", "helpscout:600"]);
  });

  it("reports what is no Help Scout body, never throws on bad data", () => {
    expect(importHelpScout("x", { asOf }).report.records.map(outcome)).toEqual([
      "page null rejected (root)",
    ]);
    expect(
      importHelpScout({ _embedded: { users: 3 } }, { asOf }).report.records.map(outcome),
    ).toEqual(["user null rejected _embedded.users"]);
    expect(importHelpScout({ page: { number: 1 } }, { asOf }).report.records).toEqual([]);
    expect(() => importHelpScout([], { asOf: undefined as never })).toThrow(TypeError);
  });
});

describe("lookups and recognition", () => {
  it("reads ratings as Help Scout and its webhooks write them", () => {
    expect(
      ["great", "Okay", "Not Good", "not-good", "not_good", "Bad"].map(helpScoutRatingCode),
    ).toEqual(["great", "okay", "not_good", "not_good", "not_good", "bad"]);
    expect(helpScoutLookups.rating.get("not_good")).toBe(1);
    expect(helpScoutLookups.threadStatus.get(undefined)).toBe("nochange");
  });

  it("recognises Help Scout bodies and not other platforms'", () => {
    for (const body of [users, conversation, threads, rating, webhookRating, account]) {
      expect(helpScoutAdapter.recognise(body)).toBe(true);
    }
    for (const body of [
      { tickets: [] },
      { type: "conversation.list", conversations: [] },
      [{ id: 1, message_type: 0, conversation_id: 2 }],
      null,
    ]) {
      expect(helpScoutAdapter.recognise(body)).toBe(false);
    }
  });
});
