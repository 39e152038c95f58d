// A small, invented care history for one customer, with every record kind the churn signals
// read, and records of another customer and from after `asOf` that must be ignored.
import {
  type CustomerSources,
  decodeCareGesture,
  decodeCase,
  decodeInteraction,
  decodeSurveyResponse,
  decodeTransaction,
} from "@rapport/core";

export const AS_OF = new Date("2024-06-30T00:00:00Z");

const inbound = (id: string, at: string, extra: Record<string, unknown> = {}) =>
  decodeInteraction({
    id,
    customerId: "cus_1",
    channel: "email",
    direction: "inbound",
    author: { kind: "customer" },
    occurredAt: at,
    ...extra,
  });

export const HISTORY: CustomerSources = {
  transactions: [
    decodeTransaction({
      id: "t1",
      customerId: "cus_1",
      amount: { amount: 5000, currency: "EUR" },
      occurredAt: "2024-01-10T10:00:00Z",
    }),
    decodeTransaction({
      id: "t2",
      customerId: "cus_1",
      amount: { amount: 5000, currency: "EUR" },
      occurredAt: "2024-04-01T00:00:00Z",
    }),
    decodeTransaction({
      id: "t3",
      customerId: "cus_1",
      kind: "refund",
      amount: { amount: -5000, currency: "EUR" },
      occurredAt: "2024-06-20T00:00:00Z",
    }),
    decodeTransaction({
      id: "t4",
      customerId: "cus_1",
      amount: { amount: 5000, currency: "EUR" },
      occurredAt: "2024-07-20T00:00:00Z",
    }),
    decodeTransaction({
      id: "t5",
      customerId: "cus_2",
      amount: { amount: 5000, currency: "EUR" },
      occurredAt: "2024-06-29T00:00:00Z",
    }),
  ],
  interactions: [
    // 90–120 days before asOf window (days 30..120 back): 2 contacts (Mar 15, Apr 20).
    inbound("i1", "2024-03-15T10:00:00Z", { caseId: "case_a" }),
    inbound("i2", "2024-04-20T10:00:00Z", { caseId: "case_a", sentiment: -0.5 }),
    // Last 30 days: 3 inbound contacts, one a repeat on case_b, one transferred.
    inbound("i3", "2024-06-10T10:00:00Z", { caseId: "case_b", sentiment: -0.8 }),
    inbound("i4", "2024-06-20T10:00:00Z", {
      caseId: "case_b",
      transfer: { to: { kind: "team", id: "billing" } },
    }),
    inbound("i5", "2024-06-28T00:00:00Z", { sentiment: 0.6 }),
    // Outbound reply: not a contact by the customer.
    decodeInteraction({
      id: "o1",
      customerId: "cus_1",
      channel: "email",
      direction: "outbound",
      author: { kind: "agent", id: "ag_1" },
      occurredAt: "2024-06-29T00:00:00Z",
    }),
    // After asOf and another customer's: ignored.
    inbound("i6", "2024-07-02T10:00:00Z", { sentiment: -0.9 }),
    decodeInteraction({
      id: "x1",
      customerId: "cus_2",
      channel: "chat",
      direction: "inbound",
      author: { kind: "customer" },
      occurredAt: "2024-06-29T00:00:00Z",
      sentiment: -1,
    }),
  ],
  cases: [
    decodeCase({
      id: "case_a",
      customerId: "cus_1",
      channel: "email",
      status: "open",
      createdAt: "2024-03-15T10:00:00Z",
      statusHistory: [
        { status: "open", at: "2024-03-15T10:00:00Z" },
        { status: "solved", at: "2024-03-20T10:00:00Z" },
        { status: "open", at: "2024-06-05T10:00:00Z" },
        { status: "solved", at: "2024-06-08T10:00:00Z" },
        { status: "open", at: "2024-06-15T10:00:00Z" },
      ],
    }),
    decodeCase({
      id: "case_b",
      customerId: "cus_1",
      channel: "email",
      status: "solved",
      createdAt: "2024-06-10T10:00:00Z",
      updatedAt: "2024-06-25T10:00:00Z",
      reopenCount: 1,
    }),
    decodeCase({
      id: "case_c",
      customerId: "cus_1",
      channel: "chat",
      status: "pending",
      createdAt: "2024-05-01T10:00:00Z",
    }),
  ],
  surveyResponses: [
    decodeSurveyResponse({
      kind: "csat",
      scale: "five_point",
      score: 5,
      id: "s1",
      customerId: "cus_1",
      respondedAt: "2024-02-01T10:00:00Z",
    }),
    decodeSurveyResponse({
      kind: "csat",
      scale: "binary",
      score: "bad",
      id: "s2",
      customerId: "cus_1",
      respondedAt: "2024-06-12T10:00:00Z",
    }),
    decodeSurveyResponse({
      kind: "nps",
      score: 9,
      id: "s3",
      customerId: "cus_1",
      respondedAt: "2024-01-15T10:00:00Z",
    }),
    decodeSurveyResponse({
      kind: "nps",
      score: 7,
      id: "s4",
      customerId: "cus_1",
      respondedAt: "2024-03-15T10:00:00Z",
    }),
    decodeSurveyResponse({
      kind: "nps",
      score: 4,
      id: "s5",
      customerId: "cus_1",
      respondedAt: "2024-06-15T10:00:00Z",
    }),
    decodeSurveyResponse({
      kind: "ces",
      scale: "seven_point",
      score: 2,
      id: "s6",
      customerId: "cus_1",
      respondedAt: "2024-06-21T10:00:00Z",
    }),
  ],
  careGestures: [
    decodeCareGesture({
      id: "g1",
      customerId: "cus_1",
      agentId: "ag_1",
      kind: "credit",
      reason: "outage",
      grantedAt: "2024-06-22T10:00:00Z",
    }),
    decodeCareGesture({
      id: "g2",
      customerId: "cus_1",
      agentId: "ag_1",
      kind: "credit",
      reason: "old",
      grantedAt: "2023-06-22T10:00:00Z",
    }),
  ],
};
