import { describe, expect, it } from "vitest";
import { C1, catalog, ev } from "./__fixtures__/ledger.fixture";
import { consentState } from "./consent-state";

describe("consentState", () => {
  const ledger = [
    ev("g1", "marketing_email", "grant", "2024-03-01T00:00:00Z"),
    ev("w1", "analytics", "withdraw", "2024-03-02T00:00:00Z"),
    ev("x1", "surveys", "grant", "2024-03-03T00:00:00Z"),
    ev("o1", "marketing_email", "withdraw", "2024-03-01T00:00:00Z", { customerId: "cus_2" }),
  ];

  it("lists every declared purpose plus any other in the customer's ledger, sorted by id", () => {
    const states = consentState(ledger, C1, {
      asOf: new Date("2024-04-01T00:00:00Z"),
      purposes: catalog,
    });
    expect(states.map((d) => [d.purpose, d.state, d.allowed])).toEqual([
      ["ad_sharing", "undecided", true],
      ["advertising", "undecided", false],
      ["analytics", "denied", false],
      ["fraud_prevention", "undecided", true],
      ["invoices", "undecided", true],
      ["marketing_email", "granted", true],
      ["service_emails", "undecided", true],
      ["surveys", "granted", true], // undeclared, so treated as opt-in consent
    ]);
  });

  it("without a catalog, lists only the customer's own purposes", () => {
    const states = consentState(ledger, C1, { asOf: new Date("2024-03-02T12:00:00Z") });
    expect(states.map((d) => [d.purpose, d.reason, d.evidence])).toEqual([
      ["analytics", "consent_withdrawn", ["w1"]],
      ["marketing_email", "consent_granted", ["g1"]],
      ["surveys", "no_consent", []],
    ]);
  });

  it("needs the moment in options.asOf", () => {
    expect(() => consentState(ledger, C1, undefined as never)).toThrow(
      new TypeError(
        "consentState: options: expected an object { asOf }, received nothing (the field is missing)",
      ),
    );
    expect(() => consentState(ledger, C1, {} as never)).toThrow(TypeError);
  });
});
