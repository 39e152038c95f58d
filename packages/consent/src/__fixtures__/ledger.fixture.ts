import {
  type ConsentEvent,
  type ConsentEventJson,
  customerId,
  decodeConsentEvent,
  recordId,
} from "@rapport/core";
import { definePurposes } from "../purposes";

export const C1 = customerId("cus_1");
export const C2 = customerId("cus_2");
export const DSR = recordId("dsr_1");

/** A consent event for cus_1 with sensible defaults, decoded through core's schema. */
export function ev(
  id: string,
  purpose: string,
  action: ConsentEvent["action"],
  capturedAt: string,
  extra: Partial<ConsentEventJson> = {},
): ConsentEvent {
  return decodeConsentEvent({
    id,
    customerId: "cus_1",
    purpose,
    lawfulBasis: "consent",
    action,
    capturedAt,
    proof: { capturedBy: "preference-centre", method: "web_form" },
    ...extra,
  });
}

/** The purposes the scenarios use, with two notice versions (v2 changes analytics materially). */
export const catalog = definePurposes(
  [
    {
      id: "marketing_email",
      description: "News and offers by e-mail",
      lawfulBasis: "consent",
      requirement: "opt_in",
      retentionDays: 730,
      fields: ["emails", "locale", "name"],
    },
    {
      id: "analytics",
      description: "Product analytics",
      lawfulBasis: "consent",
      requirement: "opt_in",
      retentionDays: 395,
    },
    {
      id: "advertising",
      description: "Personalised ads with partners",
      lawfulBasis: "consent",
      requirement: "opt_in",
      sellsOrShares: true,
    },
    {
      id: "ad_sharing",
      description: "Sharing with ad partners",
      lawfulBasis: "legitimate_interests",
      requirement: "opt_out",
      sellsOrShares: true,
    },
    {
      id: "fraud_prevention",
      description: "Spotting fraud",
      lawfulBasis: "legitimate_interests",
      requirement: "none",
    },
    {
      id: "service_emails",
      description: "Order and account e-mails",
      lawfulBasis: "contract",
      requirement: "none",
    },
    {
      id: "invoices",
      description: "Invoices we must keep",
      lawfulBasis: "legal_obligation",
      requirement: "none",
      retentionDays: 3650,
    },
  ],
  {
    notices: [
      {
        version: "v2",
        publishedAt: new Date("2025-01-01T00:00:00Z"),
        url: "https://shop.example/privacy/v2",
        materialChanges: ["analytics"],
      },
      {
        version: "v1",
        publishedAt: new Date("2024-01-01T00:00:00Z"),
        url: "https://shop.example/privacy/v1",
      },
    ],
  },
);
