import type { CustomerSources } from "@rapport/core";
import {
  decodeCareGesture,
  decodeCase,
  decodeCustomer,
  decodeDataSubjectRequest,
  decodeInteraction,
  decodeJourneyEvent,
  decodeSurveyResponse,
  decodeTransaction,
} from "@rapport/core";
import { ev } from "./ledger.fixture";

/** One record of every entity for cus_1, plus a record of cus_2 in each list that must be ignored. */
export const sources: CustomerSources = {
  customers: [
    decodeCustomer({
      id: "cus_1",
      name: "Ada",
      emails: ["ada@example.com"],
      customerSince: "2023-01-01T00:00:00Z",
    }),
    decodeCustomer({ id: "cus_2", name: "Bob" }),
  ],
  interactions: [
    decodeInteraction({
      id: "int_1",
      customerId: "cus_1",
      channel: "email",
      direction: "inbound",
      author: { kind: "customer" },
      occurredAt: "2024-02-01T00:00:00Z",
    }),
    decodeInteraction({
      id: "int_2",
      customerId: "cus_2",
      channel: "chat",
      direction: "inbound",
      author: { kind: "customer" },
      occurredAt: "2024-02-01T00:00:00Z",
    }),
  ],
  cases: [
    decodeCase({
      id: "case_1",
      customerId: "cus_1",
      channel: "email",
      status: "solved",
      createdAt: "2024-02-01T00:00:00Z",
    }),
    decodeCase({
      id: "case_2",
      customerId: "cus_2",
      channel: "chat",
      status: "open",
      createdAt: "2024-02-01T00:00:00Z",
    }),
  ],
  surveyResponses: [
    decodeSurveyResponse({
      id: "sr_1",
      customerId: "cus_1",
      caseId: "case_1",
      kind: "nps",
      score: 9,
      respondedAt: "2024-02-05T00:00:00Z",
      comment: "Ada here, great help",
    }),
    decodeSurveyResponse({
      id: "sr_2",
      customerId: "cus_2",
      kind: "nps",
      score: 3,
      respondedAt: "2024-02-05T00:00:00Z",
    }),
  ],
  journeyEvents: [
    decodeJourneyEvent({
      id: "je_1",
      customerId: "cus_1",
      name: "signed_up",
      occurredAt: "2023-01-01T00:00:00Z",
    }),
  ],
  consentEvents: [
    ev("ce_1", "marketing_email", "grant", "2023-01-01T00:00:00Z"),
    ev("ce_2", "marketing_email", "withdraw", "2024-03-01T00:00:00Z"),
    ev("ce_3", "analytics", "grant", "2023-01-01T00:00:00Z"),
    ev("ce_4", "ad_sharing", "object", "2024-03-01T00:00:00Z", {
      lawfulBasis: "legitimate_interests",
    }),
    ev("ce_5", "analytics", "withdraw", "2030-01-01T00:00:00Z"), // after the request: not an opt-out yet
    ev("ce_9", "marketing_email", "withdraw", "2024-03-01T00:00:00Z", { customerId: "cus_2" }),
  ],
  transactions: [
    decodeTransaction({
      id: "tx_old",
      customerId: "cus_1",
      amount: { amount: 1999, currency: "EUR" },
      occurredAt: "2013-01-01T00:00:00Z",
    }),
    decodeTransaction({
      id: "tx_1",
      customerId: "cus_1",
      amount: { amount: 1999, currency: "EUR" },
      occurredAt: "2024-01-10T00:00:00Z",
    }),
  ],
  careGestures: [
    decodeCareGesture({
      id: "gst_1",
      customerId: "cus_1",
      agentId: "agt_1",
      kind: "discount",
      reason: "late delivery",
      grantedAt: "2024-02-02T00:00:00Z",
    }),
  ],
  dataSubjectRequests: [
    decodeDataSubjectRequest({
      id: "dsr_access_1",
      customerId: "cus_1",
      right: "access",
      receivedAt: "2024-04-02T00:00:00Z",
      completedAt: "2024-04-20T00:00:00Z",
      outcome: "fulfilled",
      jurisdiction: "EU",
      source: { system: "zendesk", id: "zd_dsr_1" },
    }),
  ],
};
