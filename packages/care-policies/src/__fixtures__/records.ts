import {
  type CareGesture,
  type CareGestureJson,
  type Case,
  type ConsentEvent,
  type ConsentEventJson,
  type Customer,
  type CustomerJson,
  decodeCareGesture,
  decodeCase,
  decodeConsentEvent,
  decodeCustomer,
  decodeSurveyResponse,
  type SurveyResponse,
  type SurveyResponseJson,
} from "@rapport/core";

// Small hand-written records for the tests; ids and times are chosen per test.

let next = 0;

/** A care gesture; defaults: a 500 EUR-cent discount by agt_1 (team_1) to cus_1. */
export function gesture(fields: Partial<CareGestureJson> & { grantedAt: string }): CareGesture {
  next++;
  return decodeCareGesture({
    id: `g_${next}`,
    customerId: "cus_1",
    agentId: "agt_1",
    teamId: "team_1",
    kind: "discount",
    reason: "Goodwill",
    ...(fields.kind === "extra_time"
      ? { minutes: 10 }
      : { value: { amount: 500, currency: "EUR" } }),
    ...fields,
  } as CareGestureJson);
}

/** A consent event for cus_1; default a grant of `service_follow_up`. */
export function consent(
  fields: Partial<ConsentEventJson> & { id: string; capturedAt: string },
): ConsentEvent {
  return decodeConsentEvent({
    customerId: "cus_1",
    purpose: "service_follow_up",
    lawfulBasis: "consent",
    action: "grant",
    proof: { capturedBy: "preference-centre", method: "web_form" },
    ...fields,
  } as ConsentEventJson);
}

/** A customer cus_1 with an e-mail address and a phone number. */
export function customer(fields: Partial<CustomerJson> = {}): Customer {
  return decodeCustomer({
    id: "cus_1",
    emails: ["ada@example.com"],
    phones: ["+49 30 1234567"],
    ...fields,
  } as CustomerJson);
}

/** A survey response. */
export function response(fields: SurveyResponseJson): SurveyResponse {
  return decodeSurveyResponse(fields);
}

/** A solved case of cus_1 assigned to agt_1. */
export function supportCase(): Case {
  return decodeCase({
    id: "case_1",
    customerId: "cus_1",
    channel: "email",
    status: "solved",
    assigneeId: "agt_1",
    teamId: "team_1",
    createdAt: "2025-03-01T09:00:00Z",
  });
}
