import { describe, expect, it } from "vitest";
import { C1, catalog, ev } from "./__fixtures__/ledger.fixture";
import { CONSENT_MODE_TYPES, consentModeState, DEFAULT_CONSENT_MODE_MAPPING } from "./consent-mode";
import { consentState } from "./consent-state";

describe("consentModeState", () => {
  it("denies every type when nothing is known (default deny)", () => {
    expect(consentModeState([])).toEqual({
      ad_storage: "denied",
      analytics_storage: "denied",
      ad_user_data: "denied",
      ad_personalization: "denied",
    });
    expect(Object.keys(DEFAULT_CONSENT_MODE_MAPPING).sort()).toEqual(
      [...CONSENT_MODE_TYPES].sort(),
    );
  });

  it("grants a type only when every purpose mapped to it is allowed", () => {
    const decisions = [
      { purpose: "analytics", allowed: true },
      { purpose: "advertising", allowed: true },
      { purpose: "ad_personalization", allowed: false },
    ];
    expect(consentModeState(decisions)).toEqual({
      ad_storage: "granted",
      analytics_storage: "granted",
      ad_user_data: "granted",
      ad_personalization: "denied",
    });
  });

  it("takes the most restrictive answer when a purpose appears twice", () => {
    const decisions = [
      { purpose: "analytics", allowed: true },
      { purpose: "analytics", allowed: false },
    ];
    expect(consentModeState(decisions).analytics_storage).toBe("denied");
  });

  it("follows a configured mapping, from a customer's real state; an empty mapping denies", () => {
    const ledger = [
      ev("g1", "analytics", "grant", "2024-03-01T00:00:00Z"),
      ev("g2", "advertising", "grant", "2024-03-01T00:00:00Z"),
    ];
    const asOf = new Date("2024-06-01T00:00:00Z");
    const mapping = {
      ad_storage: ["advertising"],
      analytics_storage: ["analytics"],
      ad_user_data: ["advertising", "ad_sharing"],
      ad_personalization: [],
    };
    expect(
      consentModeState(consentState(ledger, C1, { asOf, purposes: catalog }), mapping),
    ).toEqual({
      ad_storage: "granted",
      analytics_storage: "granted",
      ad_user_data: "granted", // ad_sharing is opt-out and not opted out
      ad_personalization: "denied",
    });
    // Under GPC the selling/sharing purposes are denied, so the ad types follow.
    const gpc = consentState(ledger, C1, { asOf, purposes: catalog, signals: { gpc: true } });
    expect(consentModeState(gpc, mapping)).toMatchObject({
      ad_storage: "denied",
      analytics_storage: "granted",
    });
  });
});
