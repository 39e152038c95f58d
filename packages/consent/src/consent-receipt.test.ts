import { describe, expect, it } from "vitest";
import { catalog, ev } from "./__fixtures__/ledger.fixture";
import { consentReceipt } from "./consent-receipt";

const controllers = [
  {
    piiController: "Example SAS",
    contact: "DPO",
    address: "1 rue de Rivoli, Paris",
    email: "dpo@shop.example",
    phone: "+33 1 00 00 00 00",
  },
];

describe("consentReceipt", () => {
  it("fills the Kantara v1.1 fields from the event and the catalog", () => {
    const grant = ev("ce_1", "advertising", "grant", "2025-01-01T10:00:00Z", {
      noticeVersion: "v2",
      jurisdiction: "FR",
      expiresAt: "2026-01-01T10:00:00Z",
      proof: { capturedBy: "cookie-banner", method: "web_form" },
    });
    const receipt = consentReceipt(grant, {
      controllers,
      service: "Example Shop",
      purposes: catalog,
      language: "fr",
      piiCategories: ["browsing"],
    });
    expect(receipt).toEqual({
      version: "KI-CR-v1.1.0",
      jurisdiction: "FR",
      // 2025-01-01T10:00:00Z = 1735689600 (2025-01-01T00:00Z) + 36000 s
      consentTimestamp: 1735725600,
      collectionMethod: "web_form (cookie-banner)",
      consentReceiptID: "ce_1",
      language: "fr",
      piiPrincipalId: "cus_1",
      piiControllers: controllers,
      policyUrl: "https://shop.example/privacy/v2",
      services: [
        {
          service: "Example Shop",
          purposes: [
            {
              purpose: "Personalised ads with partners",
              purposeCategory: ["advertising"],
              consentType: "EXPLICIT",
              piiCategory: ["browsing"],
              primaryPurpose: false,
              termination: "expires at 2026-01-01T10:00:00.000Z, or when withdrawn",
              thirdPartyDisclosure: true,
            },
          ],
        },
      ],
      sensitive: false,
      spiCat: [],
    });
  });

  it("takes explicit options over the event's, and marks sensitive categories", () => {
    const grant = ev("ce_2", "surveys", "grant", "2025-01-01T10:00:00.999Z", {
      jurisdiction: "FR",
    });
    const receipt = consentReceipt(grant, {
      controllers,
      service: "S",
      policyUrl: "https://x.example/p",
      jurisdiction: "BE",
      receiptId: "rcpt_1",
      sensitiveCategories: ["health"],
    });
    expect(receipt).toMatchObject({
      jurisdiction: "BE",
      consentReceiptID: "rcpt_1",
      policyUrl: "https://x.example/p",
      consentTimestamp: 1735725600,
      sensitive: true,
      spiCat: ["health"],
    });
    expect(receipt.services[0]?.purposes[0]).toMatchObject({
      purpose: "surveys",
      termination: "when withdrawn",
      thirdPartyDisclosure: false,
    });
    expect("language" in receipt).toBe(false);
  });

  it("refuses what it cannot honestly fill in", () => {
    const withdraw = ev("ce_3", "surveys", "withdraw", "2025-01-01T10:00:00Z");
    expect(() =>
      consentReceipt(withdraw, {
        controllers,
        service: "S",
        policyUrl: "https://x",
        jurisdiction: "FR",
      }),
    ).toThrow(
      new RangeError(
        'consentReceipt: event ce_3: action: expected "grant" (a receipt records consent given), received "withdraw"',
      ),
    );
    const noPlace = ev("ce_4", "surveys", "grant", "2025-01-01T10:00:00Z");
    expect(() =>
      consentReceipt(noPlace, { controllers, service: "S", policyUrl: "https://x" }),
    ).toThrow(/jurisdiction: expected/);
    expect(() =>
      consentReceipt(noPlace, { controllers, service: "S", jurisdiction: "FR" }),
    ).toThrow(/policyUrl: expected/);
  });
});
