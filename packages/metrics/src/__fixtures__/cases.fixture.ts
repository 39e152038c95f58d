// Small hand-written cases and interactions in the wire shape core decodes, for tests.
import {
  type Case,
  type CaseJson,
  decodeCase,
  decodeInteraction,
  type Interaction,
  type InteractionJson,
} from "@rapport/core";

/** Decodes a case created at `createdAt`, filling the fields a test does not care about. */
export function caseOf(fields: Partial<CaseJson> & Pick<CaseJson, "id">): Case {
  return decodeCase({
    customerId: "cus_1",
    channel: "email",
    status: "open",
    createdAt: "2024-03-01T09:00:00Z",
    ...fields,
  } as CaseJson);
}

/** Decodes an interaction, filling the fields a test does not care about. */
export function interactionOf(
  fields: Partial<InteractionJson> & Pick<InteractionJson, "id">,
): Interaction {
  return decodeInteraction({
    customerId: "cus_1",
    channel: "email",
    direction: "outbound",
    author: { kind: "agent", id: "ag_1" },
    occurredAt: "2024-03-01T09:30:00Z",
    ...fields,
  } as InteractionJson);
}

/**
 * Five cases, all created at 09:00 UTC on 1 March 2024: c1 solved after 2 h (first reply
 * 10 min), c2 closed after 24 h (30 min), c3 reopened and open (60 min), c4 new with no reply,
 * c5 solved after 50 min (20 min) after waiting on the customer.
 */
export const serviceCases = [
  caseOf({
    id: "c1",
    status: "solved",
    firstReplyAt: "2024-03-01T09:10:00Z",
    solvedAt: "2024-03-01T11:00:00Z",
  }),
  caseOf({
    id: "c2",
    status: "closed",
    firstReplyAt: "2024-03-01T09:30:00Z",
    closedAt: "2024-03-02T09:00:00Z",
  }),
  caseOf({
    id: "c3",
    status: "open",
    firstReplyAt: "2024-03-01T10:00:00Z",
    solvedAt: "2024-03-01T12:00:00Z",
    reopenCount: 1,
  }),
  caseOf({ id: "c4", status: "new" }),
  caseOf({
    id: "c5",
    status: "solved",
    firstReplyAt: "2024-03-01T09:20:00Z",
    solvedAt: "2024-03-01T09:50:00Z",
    statusHistory: [
      { status: "pending", at: "2024-03-01T09:20:00Z" },
      { status: "solved", at: "2024-03-01T09:50:00Z" },
    ],
  }),
];
