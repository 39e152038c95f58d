import { describe, expect, it } from "vitest";
import { C1, ev } from "./__fixtures__/ledger.fixture";
import { consentHistory } from "./consent-history";

describe("consentHistory", () => {
  const ledger = [
    ev("w1", "marketing_email", "withdraw", "2024-06-01T10:00:00Z", {
      proof: { capturedBy: "unsubscribe-link", method: "email_link", evidenceRef: "msg_9" },
    }),
    ev("g1", "marketing_email", "grant", "2024-03-01T10:00:00Z", {
      noticeVersion: "v1",
      jurisdiction: "DE",
      expiresAt: "2026-03-01T10:00:00Z",
      proof: {
        capturedBy: "signup-form",
        method: "double_opt_in",
        authorizedBy: { name: "Jo", relation: "father" },
      },
    }),
    ev("g2", "marketing_email", "grant", "2024-06-01T10:00:00Z"),
    ev("a1", "analytics", "grant", "2024-04-01T00:00:00Z"),
    ev("z1", "analytics", "grant", "2024-04-01T00:00:00Z", { customerId: "cus_2" }),
  ];

  it("replays the customer's events in order, same-instant restrictive last, with their proof", () => {
    const history = consentHistory(ledger, C1);
    expect(history.map((e) => e.eventId)).toEqual(["g1", "a1", "g2", "w1"]);
    expect(history[0]).toEqual({
      eventId: "g1",
      purpose: "marketing_email",
      action: "grant",
      recordedState: "granted",
      lawfulBasis: "consent",
      capturedAt: new Date("2024-03-01T10:00:00Z"),
      expiresAt: new Date("2026-03-01T10:00:00Z"),
      noticeVersion: "v1",
      jurisdiction: "DE",
      capturedBy: "signup-form",
      method: "double_opt_in",
      evidenceRef: null,
      authorizedBy: { name: "Jo", relation: "father" },
    });
    expect(history[3]).toMatchObject({
      recordedState: "denied",
      evidenceRef: "msg_9",
      expiresAt: null,
      noticeVersion: null,
    });
  });

  it("filters by purpose and by time (inclusive)", () => {
    expect(consentHistory(ledger, C1, { purpose: "analytics" }).map((e) => e.eventId)).toEqual([
      "a1",
    ]);
    expect(
      consentHistory(ledger, C1, { until: new Date("2024-04-01T00:00:00Z") }).map((e) => e.eventId),
    ).toEqual(["g1", "a1"]);
  });
});
