import { customerId, parseConsentEvent } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { careHistory } from "./__fixtures__/care-history";
import { ada, sources } from "./__fixtures__/care-sources";
import { consentDecision } from "./consent-decision";
import { customerSnapshot } from "./customer-snapshot";

describe("customerSnapshot", () => {
  it("summarises the customer as of a moment", () => {
    const snapshot = customerSnapshot(ada, sources, { asOf: new Date("2024-03-02T00:00:00Z") });
    expect(snapshot.openCases.map((c) => c.id)).toEqual(["case_2"]);
    expect(snapshot.lastContact).toEqual({
      at: new Date("2024-03-01T12:00:00Z"),
      channel: "chat",
      direction: "inbound",
    });
    expect(snapshot.latest.nps?.id).toBe("r2");
    expect(snapshot.latest.csat?.id).toBe("r3");
    expect(snapshot.latest.ces?.score).toBe(6);
    // Inbound contacts: int_4 (2024-03-01) is within 30 days; int_1 (2024-01-10) is 52 days
    // before 2024-03-02, so within 90 but not 30.
    expect(snapshot.contacts).toEqual({ last30Days: 1, last90Days: 2 });
    expect(snapshot.preferredChannel).toBe("chat");
    expect(snapshot.contactStyle).toBe("brief");
    // The grant of 2024-01-01 was withdrawn on 2024-02-20.
    expect(snapshot.marketingConsent).toEqual({
      missing: true,
      purposes: [{ purpose: "marketing", granted: false, reason: "consent_withdrawn" }],
    });
  });

  it("sees only what had happened by asOf", () => {
    const snapshot = customerSnapshot(ada, sources, { asOf: new Date("2024-01-10T09:15:00Z") });
    expect(snapshot.openCases.map((c) => c.id)).toEqual(["case_1"]);
    // int_3 at 09:00Z is public and as late as int_1; the later one in the input wins.
    expect(snapshot.lastContact?.channel).toBe("phone");
    expect(snapshot.latest).toEqual({ csat: null, nps: null, ces: null });
    expect(snapshot.marketingConsent.missing).toBe(false);
  });

  it("ignores private notes as contacts", () => {
    const snapshot = customerSnapshot(ada, sources, { asOf: new Date("2024-01-10T09:45:00Z") });
    expect(snapshot.lastContact?.at).toEqual(new Date("2024-01-10T09:00:00Z"));
  });

  it("treats an expired grant as missing consent", () => {
    const grant = parseConsentEvent({
      ...careHistory.consentEvents[0],
      expiresAt: "2024-01-31T00:00:00Z",
    });
    const at = (iso: string) =>
      customerSnapshot(ada, { consentEvents: [grant] }, { asOf: new Date(iso) }).marketingConsent
        .missing;
    expect(at("2024-01-30T23:59:59Z")).toBe(false);
    expect(at("2024-01-31T00:00:00Z")).toBe(true);
  });

  it("knows nothing of a customer without records", () => {
    const snapshot = customerSnapshot(customerId("nobody"), sources, {
      asOf: new Date("2024-03-02T00:00:00Z"),
      marketingPurposes: ["marketing", "newsletter"],
    });
    expect(snapshot.openCases).toEqual([]);
    expect(snapshot.lastContact).toBeNull();
    expect(snapshot.preferredChannel).toBeNull();
    expect(snapshot.contactStyle).toBeNull();
    expect(snapshot.marketingConsent.purposes).toHaveLength(2);
  });

  it("agrees with evaluateConsent when a withdrawal and a grant share an instant", () => {
    // Both at 2024-03-01T12:00Z, the grant listed last: the latest-event-in-input rule of the
    // old snapshot said granted; @rapport/consent orders equal instants most restrictive last
    // (grant < withdraw), so the withdrawal stands and contact is denied.
    const at = "2024-03-01T12:00:00Z";
    const event = (id: string, action: "grant" | "withdraw") =>
      parseConsentEvent({
        ...careHistory.consentEvents[0],
        id,
        action,
        capturedAt: at,
      });
    const ledger = [event("ce_w", "withdraw"), event("ce_g", "grant")];
    const asOf = new Date("2024-03-02T00:00:00Z");
    // evaluateConsent, through the one adapter the snapshot calls it with.
    const decision = consentDecision(ledger, ada, "marketing", { asOf });
    expect(decision).toMatchObject({
      allowed: false,
      state: "denied",
      reason: "consent_withdrawn",
    });
    for (const order of [ledger, [...ledger].reverse()]) {
      const snapshot = customerSnapshot(ada, { consentEvents: order }, { asOf });
      expect(snapshot.marketingConsent).toEqual({
        missing: true,
        purposes: [{ purpose: "marketing", granted: false, reason: "consent_withdrawn" }],
      });
    }
  });

  it("counts a consent event captured exactly at asOf, as evaluateConsent does", () => {
    const grant = parseConsentEvent(careHistory.consentEvents[0]);
    const snapshot = customerSnapshot(ada, { consentEvents: [grant] }, { asOf: grant.capturedAt });
    expect(snapshot.marketingConsent.purposes).toEqual([
      { purpose: "marketing", granted: true, reason: "consent_granted" },
    ]);
  });

  it("refuses a missing or invalid asOf", () => {
    expect(() => customerSnapshot(ada, sources, undefined as never)).toThrow(
      new TypeError(
        "customerSnapshot: options.asOf: expected a Date, received nothing (the field is missing)",
      ),
    );
    expect(() => customerSnapshot(ada, sources, { asOf: new Date("soon") })).toThrow(
      new RangeError(
        "customerSnapshot: options.asOf: expected a valid Date, received an invalid Date",
      ),
    );
    expect(() => customerSnapshot("" as never, sources, { asOf: new Date(0) })).toThrow(TypeError);
  });
});
