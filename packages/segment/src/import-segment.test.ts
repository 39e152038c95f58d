import { describe, expect, it } from "vitest";
import { importSegment } from "./import-segment";
import {
  aliasBob,
  allMessages,
  groupInitech,
  identifyAda,
  pagePricing,
  rudderStackIdentify,
  rudderStackTrack,
  screenHome,
  trackAnonymousBrowsing,
  trackOrderCompleted,
  trackTrialStarted,
} from "./messages.fixture";

// After every message of the fixtures (the latest is in 2024-05).
const asOf = new Date("2025-01-01T00:00:00Z");

describe("importSegment: identify", () => {
  it("maps the Spec's traits onto the customer", () => {
    const { customers, report } = importSegment(identifyAda, { asOf });
    expect(report).toMatchObject({ source: "segment", accepted: 1, rejected: 0 });
    expect(customers).toHaveLength(1);
    const ada = customers[0]!;
    expect(ada.id).toBe("segment:user_42");
    expect(ada.externalIds).toEqual([{ system: "segment", id: "user_42" }]);
    expect(ada.name).toBe("Ada Lovelace"); // firstName + " " + lastName
    expect(ada.emails).toEqual(["ada@example.com"]);
    expect(ada.phones).toEqual(["+44 20 7946 0018"]);
    expect(ada.organization).toBe("Analytical Engines Ltd"); // traits.company.name
    expect(ada.timeZone).toBe("Europe/London"); // from context.timezone (no trait)
    expect(ada.locale).toBe("en-GB"); // from context.locale
    expect(ada.customerSince).toEqual(new Date("2023-06-01T10:00:00Z"));
    expect(ada.firstSeenAt).toEqual(new Date("2024-03-01T09:00:00Z"));
  });

  it("merges several identify calls, the latest trait winning whatever the input order", () => {
    const later = {
      type: "identify",
      messageId: "m-later",
      userId: "u1",
      timestamp: "2024-05-01T00:00:00Z",
      traits: { email: "new@example.com", name: "Ada King" },
    };
    const earlier = {
      type: "identify",
      messageId: "m-earlier",
      userId: "u1",
      timestamp: "2024-01-01T00:00:00Z",
      traits: { email: "old@example.com", name: "Ada Byron", timezone: "Europe/Paris" },
    };
    const { customers } = importSegment([later, earlier], { asOf });
    expect(customers).toHaveLength(1);
    expect(customers[0]).toMatchObject({
      name: "Ada King",
      emails: ["new@example.com", "old@example.com"], // most recent first
      timeZone: "Europe/Paris", // only the earlier call set it
      firstSeenAt: new Date("2024-01-01T00:00:00Z"),
    });
  });

  it("reads company as a string, plan as the tier and createdAt as a date or Unix time", () => {
    const { customers } = importSegment(
      [
        {
          type: "identify",
          messageId: "a",
          userId: "u1",
          timestamp: "2024-01-01T00:00:00Z",
          traits: { company: "Initech", plan: "Pro", createdAt: "2022-02-03" },
        },
        {
          type: "identify",
          messageId: "b",
          userId: "u2",
          timestamp: "2024-01-01T00:00:00Z",
          traits: { createdAt: 1_700_000_000, name: "Bo" },
        },
      ],
      { asOf },
    );
    expect(customers[0]).toMatchObject({ organization: "Initech", tier: "Pro" });
    expect(customers[0]!.customerSince).toEqual(new Date("2022-02-03T00:00:00Z"));
    // 1 700 000 000 s after the epoch = 2023-11-14T22:13:20Z (date -u -d @1700000000)
    expect(customers[1]!.customerSince).toEqual(new Date("2023-11-14T22:13:20Z"));
  });

  it.each([
    ["email", { email: "not-an-address" }, "traits.email", /e-mail address/],
    ["timezone", { timezone: "Mars/Olympus" }, "traits.timezone", /IANA/],
    ["locale", { locale: "not a locale!" }, "traits.locale", /BCP 47/],
    ["createdAt", { createdAt: "last Tuesday" }, "traits.createdAt", /ISO 8601/],
    ["name", { name: { first: "A" } }, "traits.name", /expected a string/],
    ["company", { company: ["x"] }, "traits.company", /expected a string/],
  ])("rejects a malformed %s trait, naming it", (_, traits, field, reason) => {
    const { customers, report } = importSegment(
      {
        type: "identify",
        messageId: "m1",
        userId: "u1",
        timestamp: "2024-01-01T00:00:00Z",
        traits,
      },
      { asOf },
    );
    expect(customers).toEqual([]);
    expect(report.records).toEqual([
      {
        entity: "identify",
        sourceId: "m1",
        status: "rejected",
        field,
        reason: expect.stringMatching(reason),
      },
    ]);
  });

  it("skips a malformed device context value instead of rejecting the message", () => {
    const { customers, report } = importSegment(
      {
        type: "identify",
        messageId: "m1",
        userId: "u1",
        timestamp: "2024-01-01T00:00:00Z",
        context: { timezone: "GMT+5:30 (India)", locale: 42 },
      },
      { asOf },
    );
    expect(report.accepted).toBe(1);
    expect(customers[0]!.timeZone).toBeUndefined();
    expect(customers[0]!.locale).toBeUndefined();
  });
});

describe("importSegment: track", () => {
  it("maps events to journey events with the default stages", () => {
    const { journeyEvents, customers } = importSegment([trackTrialStarted, trackOrderCompleted], {
      asOf,
    });
    expect(journeyEvents.map((event) => [event.name, event.stage])).toEqual([
      ["Trial Started", "consideration"],
      ["Order Completed", "purchase"],
    ]);
    const order = journeyEvents[1]!;
    expect(order.id).toBe("segment:msg-track-2");
    expect(order.customerId).toBe("segment:user_42");
    // 14:30 at +01:00 is 13:30 UTC
    expect(order.occurredAt).toEqual(new Date("2024-03-15T13:30:00Z"));
    expect(order.source).toEqual({ system: "segment", id: "msg-track-2" });
    expect(order.properties).toMatchObject({ order_id: "50314b8e9bcf000000000000", total: 27.5 });
    // A user known only from events is still a customer.
    expect(customers.map((customer) => customer.id)).toEqual(["segment:user_42"]);
  });

  it("uses a custom mapping over the defaults", () => {
    const { journeyEvents } = importSegment([trackTrialStarted, trackOrderCompleted], {
      asOf,
      stages: { "Trial Started": "evaluation", "Order Completed": null },
    });
    expect(journeyEvents.map((event) => event.stage)).toEqual(["evaluation", undefined]);
  });

  it("rejects a track without an event name", () => {
    const { report } = importSegment({ ...trackTrialStarted, event: "  " }, { asOf });
    expect(report.records[0]).toMatchObject({ status: "rejected", field: "event" });
  });

  it("falls back to originalTimestamp, receivedAt, sentAt when timestamp is missing", () => {
    const { timestamp: _, ...rest } = trackTrialStarted;
    const { journeyEvents } = importSegment(
      { ...rest, receivedAt: "2024-03-01T10:00:00Z" },
      { asOf },
    );
    expect(journeyEvents[0]!.occurredAt).toEqual(new Date("2024-03-01T10:00:00Z"));
  });
});

describe("importSegment: group, page, screen, alias", () => {
  it("maps a group to the customer's organization and plan", () => {
    const { customers, report } = importSegment(groupInitech, { asOf });
    expect(report.accepted).toBe(1);
    expect(customers[0]).toMatchObject({
      id: "segment:user_7",
      organization: "Initech",
      tier: "Enterprise",
    });
  });

  it("uses the group id when the group has no name, and rejects a group without an id", () => {
    const { customers, report } = importSegment(
      [
        { ...groupInitech, traits: {} },
        { ...groupInitech, messageId: "g2", groupId: null },
      ],
      { asOf },
    );
    expect(customers[0]!.organization).toBe("grp_initech");
    expect(report.records[1]).toMatchObject({ status: "rejected", field: "groupId" });
  });

  it("ignores page, screen and alias calls by default, with reasons", () => {
    const { report, journeyEvents } = importSegment([pagePricing, screenHome, aliasBob], { asOf });
    expect(journeyEvents).toEqual([]);
    expect(report.records.map((record) => [record.entity, record.status])).toEqual([
      ["page", "ignored"],
      ["screen", "ignored"],
      ["alias", "ignored"],
    ]);
    expect(report.records[0]!.reason).toMatch(/pageViews: true/);
    expect(report.records[2]!.reason).toBe("alias only links identities (anon-bob → user_bob)");
  });

  it("imports page and screen calls as journey events when asked", () => {
    const { journeyEvents } = importSegment([pagePricing, screenHome], { asOf, pageViews: true });
    expect(journeyEvents.map((event) => event.name)).toEqual([
      "Viewed Pricing Page",
      "Viewed Home Screen",
    ]);
  });

  it("rejects an alias without a previousId", () => {
    const { report } = importSegment({ ...aliasBob, previousId: undefined }, { asOf });
    expect(report.records[0]).toMatchObject({ status: "rejected", field: "previousId" });
  });
});

describe("importSegment: anonymous messages", () => {
  const anonymousBob = {
    type: "track",
    messageId: "bob-1",
    anonymousId: "anon-bob",
    event: "Signed Up",
    timestamp: "2024-03-03T09:59:00Z",
  };

  it("resolves an anonymousId linked to a user by another message or an alias", () => {
    const { journeyEvents, report } = importSegment(
      [
        trackAnonymousBrowsing, // anon-ada: linked by identifyAda, which carries both ids
        identifyAda,
        anonymousBob, // anon-bob: linked by the alias
        aliasBob,
      ],
      { asOf },
    );
    expect(report.accepted).toBe(3);
    expect(journeyEvents.map((event) => event.customerId)).toEqual([
      "segment:user_42",
      "segment:user_bob",
    ]);
  });

  it("ignores an anonymous message that nothing links, or that is linked to two users", () => {
    const { report } = importSegment(
      [
        anonymousBob,
        { ...trackAnonymousBrowsing, anonymousId: "shared" },
        { ...trackTrialStarted, messageId: "x1", anonymousId: "shared", userId: "a" },
        { ...trackTrialStarted, messageId: "x2", anonymousId: "shared", userId: "b" },
      ],
      { asOf },
    );
    expect(report.records[0]).toMatchObject({
      status: "ignored",
      reason: expect.stringMatching(/no message of this import links/),
    });
    expect(report.records[1]).toMatchObject({
      status: "ignored",
      reason: expect.stringMatching(/linked to 2 userIds/),
    });
  });

  it("ignores anonymous messages with anonymous: ignore, and keeps visitors with anonymous: customer", () => {
    const ignored = importSegment([trackAnonymousBrowsing, identifyAda], {
      asOf,
      anonymous: "ignore",
    });
    expect(ignored.report.records[0]).toMatchObject({
      status: "ignored",
      reason: expect.stringMatching(/anonymous: "ignore"/),
    });
    const kept = importSegment(trackAnonymousBrowsing, { asOf, anonymous: "customer" });
    expect(kept.customers).toMatchObject([{ id: "segment:anonymous:anon-ada", externalIds: [] }]);
    expect(kept.journeyEvents[0]!.customerId).toBe("segment:anonymous:anon-ada");
  });
});

describe("importSegment: input shapes and deduplication", () => {
  const pair = [identifyAda, trackTrialStarted];
  const ndjson = pair.map((message) => JSON.stringify(message)).join("\n");

  it.each([
    ["an array", pair],
    ["a batch", { batch: pair }],
    ["JSON text of a batch", JSON.stringify({ batch: pair })],
    ["NDJSON text", ndjson],
    ["NDJSON with CRLF, blank lines and a BOM", `\uFEFF${ndjson.replace("\n", "\r\n\r\n")}\n`],
  ])("takes %s", (_, input) => {
    const result = importSegment(input, { asOf });
    expect(result.report.accepted).toBe(2);
    expect(result.customers).toHaveLength(1);
    expect(result.journeyEvents).toHaveLength(1);
  });

  it("reports an unreadable NDJSON line and keeps the others", () => {
    const { report } = importSegment(
      `${JSON.stringify(identifyAda)}\n{oops\n${JSON.stringify(trackTrialStarted)}`,
      { asOf },
    );
    expect(report.accepted).toBe(2);
    expect(report.records[1]).toMatchObject({
      entity: "message",
      sourceId: null,
      status: "rejected",
      field: "(json)",
      reason: expect.stringMatching(/not valid JSON.*at line 2/),
    });
  });

  it("deduplicates by messageId: a re-sent batch changes nothing", () => {
    const once = importSegment(allMessages, { asOf });
    const twice = importSegment([...allMessages, ...allMessages], { asOf });
    expect(twice.customers).toEqual(once.customers);
    expect(twice.journeyEvents).toEqual(once.journeyEvents);
    expect(twice.report.duplicates).toBe(once.report.accepted);
    expect(twice.report.records).toHaveLength(allMessages.length * 2);
  });

  it("takes an empty input and text of blanks as nothing", () => {
    expect(importSegment([], { asOf }).report.records).toEqual([]);
    expect(importSegment("  \n ", { asOf }).report.records).toEqual([]);
  });

  it("rejects a payload that is not a message at all", () => {
    expect(importSegment(42, { asOf }).report.records).toEqual([
      expect.objectContaining({
        status: "rejected",
        field: "(json)",
        reason: expect.stringMatching(/received number/),
      }),
    ]);
  });
});

describe("importSegment: rejections", () => {
  const base = { ...trackTrialStarted };
  it.each([
    ["no messageId", { ...base, messageId: undefined }, "messageId", null],
    ["no timestamp at all", { ...base, timestamp: undefined }, "timestamp", "msg-track-1"],
    [
      "a timestamp without offset",
      { ...base, timestamp: "2024-03-01T09:05:00" },
      "timestamp",
      "msg-track-1",
    ],
    [
      "neither userId nor anonymousId",
      { ...base, userId: null, anonymousId: "" },
      "userId",
      "msg-track-1",
    ],
    ["an unknown type", { ...base, type: "screenshot" }, "type", "msg-track-1"],
    [
      "properties that are not an object",
      { ...base, properties: [1, 2] },
      "properties",
      "msg-track-1",
    ],
    ["a number for a message", 7, "(root)", null],
  ])("rejects a message with %s, naming the field", (_, message, field, sourceId) => {
    const { report } = importSegment([message], { asOf });
    expect(report.rejected).toBe(1);
    expect(report.records[0]).toMatchObject({ status: "rejected", field, sourceId });
    expect(report.records[0]!.reason).toMatch(/\(at \[0\]\)$/);
  });

  it("rejects messages dated after asOf", () => {
    const { report } = importSegment(trackOrderCompleted, {
      asOf: new Date("2024-03-10T00:00:00Z"),
    });
    expect(report.records[0]).toMatchObject({
      status: "rejected",
      field: "timestamp",
      reason:
        "expected a time not after asOf (2024-03-10T00:00:00.000Z), received 2024-03-15T13:30:00.000Z (at (root))",
    });
  });

  it.each([
    [
      { system: 7 as unknown as string },
      TypeError,
      'importSegment: options.system: expected a lower-case system name such as "segment", received 7',
    ],
    [
      { system: "Segment!" },
      RangeError,
      'importSegment: options.system: expected a lower-case system name such as "segment", received "Segment!"',
    ],
    [
      { asOf: undefined as unknown as Date },
      TypeError,
      "importSegment: options.asOf: expected a Date, received nothing (the field is missing)",
    ],
    [
      { asOf: new Date(Number.NaN) },
      RangeError,
      "importSegment: options.asOf: expected a valid Date, received an invalid Date",
    ],
    [
      { anonymous: "maybe" as "ignore" },
      RangeError,
      'importSegment: options.anonymous: expected one of "resolve" | "ignore" | "customer", received "maybe"',
    ],
    [
      { stages: { "Signed Up": 3 as unknown as string } },
      TypeError,
      'stages["Signed Up"]: expected a stage name (a non-empty string) or null, received 3',
    ],
  ])("throws for bad options %#", (options, kind, message) => {
    expect(() => importSegment([], { asOf, ...options })).toThrow(new kind(message));
  });
});

describe("importSegment: RudderStack", () => {
  it("takes RudderStack's shape: traits in context.traits, snake_case event names", () => {
    const { customers, journeyEvents, report } = importSegment(
      [rudderStackIdentify, rudderStackTrack],
      { asOf, system: "rudderstack" },
    );
    expect(report).toMatchObject({ source: "rudderstack", accepted: 2 });
    expect(customers).toEqual([
      expect.objectContaining({
        id: "rudderstack:alex_k",
        externalIds: [{ system: "rudderstack", id: "alex_k" }],
        name: "Alex Keener",
        emails: ["alex@example.com"],
        tier: "Growth",
        locale: "en-US",
        firstSeenAt: new Date("2024-04-02T10:11:12.946Z"),
      }),
    ]);
    // "subscription_cancelled" matches "Subscription Cancelled" after normalisation.
    expect(journeyEvents[0]).toMatchObject({ name: "subscription_cancelled", stage: "churned" });
  });
});
