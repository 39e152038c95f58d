import { safeParseConsentEvent } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { importSegment } from "./import-segment";
import { consentPurposeOf, SEGMENT_CONSENT_EVENT } from "./segment-consent";

const asOf = new Date("2024-06-01T00:00:00Z");

// Shaped after the example of Segment's "Consent on the Profile" page (a user who agreed to
// functional and advertising use but not to analytics or data sharing), written for this test.
const preferenceUpdate = (
  messageId: string,
  timestamp: string,
  categoryPreferences: unknown,
  extra: Record<string, unknown> = {},
) => ({
  type: "track",
  event: SEGMENT_CONSENT_EVENT,
  messageId,
  userId: "u77",
  anonymousId: "anon-5",
  timestamp,
  context: { consent: { categoryPreferences }, ...extra },
});

const FIRST = preferenceUpdate("cm-1", "2024-02-01T08:30:00Z", {
  Advertising: true,
  Analytics: false,
  Functional: true,
  DataSharing: false,
});

describe("importSegment: consent-preference events", () => {
  it("maps each category to one consent event: true a grant, false a withdrawal", () => {
    const result = importSegment([FIRST], { asOf });
    expect(result.report).toMatchObject({ accepted: 1, rejected: 0, duplicates: 0, ignored: 0 });
    expect(result.journeyEvents).toEqual([]);
    expect(result.customers.map((c) => c.id)).toEqual(["segment:u77"]);
    const events = result.consentEvents.map((e) => ({
      id: e.id,
      purpose: e.purpose,
      action: e.action,
    }));
    expect(events).toEqual([
      { id: "segment:cm-1:consent:Advertising", purpose: "advertising", action: "grant" },
      { id: "segment:cm-1:consent:Analytics", purpose: "analytics", action: "withdraw" },
      { id: "segment:cm-1:consent:Functional", purpose: "functional", action: "grant" },
      { id: "segment:cm-1:consent:DataSharing", purpose: "data_sharing", action: "withdraw" },
    ]);
    const first = result.consentEvents[0]!;
    expect(first.customerId).toBe("segment:u77");
    expect(first.lawfulBasis).toBe("consent");
    expect(first.capturedAt.toISOString()).toBe("2024-02-01T08:30:00.000Z");
    expect(first.proof).toEqual({
      capturedBy: "segment",
      method: "consent-preference-event",
      evidenceRef: "cm-1",
    });
    expect(first.source).toEqual({ system: "segment", id: "cm-1" });
    for (const event of result.consentEvents)
      expect(safeParseConsentEvent(event).success).toBe(true);
  });

  it("names purposes through consentPurposes, and the platform the sender names as the method", () => {
    const message = preferenceUpdate(
      "cm-2",
      "2024-03-01T10:00:00Z",
      { C0004: true, "Site Performance": false },
      {},
    );
    (message.context.consent as Record<string, unknown>)["source"] = "OneTrust";
    const result = importSegment([message], {
      asOf,
      system: "rudderstack",
      consentPurposes: { C0004: "marketing" },
    });
    expect(result.consentEvents.map((e) => [e.id, e.purpose, e.action, e.proof.method])).toEqual([
      ["rudderstack:cm-2:consent:C0004", "marketing", "grant", "OneTrust"],
      ["rudderstack:cm-2:consent:Site Performance", "site_performance", "withdraw", "OneTrust"],
    ]);
    expect(result.consentEvents[0]!.proof.capturedBy).toBe("rudderstack");
  });

  it("gives the same ids on a re-import, and counts a re-sent message as a duplicate", () => {
    const once = importSegment([FIRST], { asOf }).consentEvents.map((e) => e.id);
    const again = importSegment([FIRST], { asOf }).consentEvents.map((e) => e.id);
    expect(again).toEqual(once);
    const twice = importSegment([FIRST, FIRST], { asOf });
    expect(twice.report).toMatchObject({ accepted: 1, duplicates: 1 });
    expect(twice.consentEvents).toHaveLength(4);
  });

  it("rejects the shapes it cannot read, naming the field and the reason", () => {
    const bad = [
      { ...preferenceUpdate("b-1", "2024-02-01T08:30:00Z", {}), context: {} },
      preferenceUpdate("b-2", "2024-02-01T08:30:00Z", ["Advertising"]),
      preferenceUpdate("b-3", "2024-02-01T08:30:00Z", {}),
      preferenceUpdate("b-4", "2024-02-01T08:30:00Z", { Advertising: "yes" }),
      preferenceUpdate("b-5", "2024-02-01T08:30:00Z", { "--": true }),
    ];
    const result = importSegment(bad, { asOf });
    expect(result.consentEvents).toEqual([]);
    expect(result.report).toMatchObject({ accepted: 0, rejected: 5 });
    expect(result.report.records.map((r) => [r.sourceId, r.field, r.reason])).toEqual([
      [
        "b-1",
        "context.consent",
        "expected an object with categoryPreferences (category → true or false), received nothing (the field is missing)",
      ],
      [
        "b-2",
        "context.consent.categoryPreferences",
        "expected an object of category → true or false, received an array of 1",
      ],
      [
        "b-3",
        "context.consent.categoryPreferences",
        "expected at least one category (an empty object names no category to record)",
      ],
      [
        "b-4",
        "context.consent.categoryPreferences.Advertising",
        'expected true or false, received "yes"',
      ],
      [
        "b-5",
        "context.consent.categoryPreferences.--",
        'expected a category name with a letter or digit, received "--"',
      ],
    ]);
  });

  it("leaves other track events as journey events, consent in their context or not", () => {
    const result = importSegment([{ ...FIRST, event: "Order Completed", messageId: "o-1" }], {
      asOf,
    });
    expect(result.consentEvents).toEqual([]);
    expect(result.journeyEvents.map((e) => e.name)).toEqual(["Order Completed"]);
  });

  it("rejects a bad consentPurposes option with the category named", () => {
    expect(() => importSegment([], { asOf, consentPurposes: { Ads: "" } })).toThrow(
      'importSegment: options.consentPurposes["Ads"]: expected a non-empty purpose name, received ""',
    );
    expect(() =>
      importSegment([], { asOf, consentPurposes: [] as unknown as Record<string, string> }),
    ).toThrow(TypeError);
  });
});

describe("consentPurposeOf", () => {
  it("writes category names in snake case", () => {
    expect(
      ["Advertising", "DataSharing", "Site Performance", "C0002", "URLTracking", "ad-storage"].map(
        consentPurposeOf,
      ),
    ).toEqual([
      "advertising",
      "data_sharing",
      "site_performance",
      "c0002",
      "url_tracking",
      "ad_storage",
    ]);
  });
});
