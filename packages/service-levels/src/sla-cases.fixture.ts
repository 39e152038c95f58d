// Small builders for test cases and interactions (parsed through @rapport/core, as callers do).
import {
  type Case,
  type CaseJson,
  type Interaction,
  parseCase,
  parseInteraction,
} from "@rapport/core";
import { defineSchedule } from "./schedule";

const day = [{ from: "09:00", to: "17:00" }];

/** London weekdays 09:00-17:00. */
export const londonOffice = defineSchedule({
  timeZone: "Europe/London",
  weekly: { monday: day, tuesday: day, wednesday: day, thursday: day, friday: day },
});

/** A case, with defaults for the fields a test does not care about. */
export function makeCase(fields: Partial<CaseJson> & Pick<CaseJson, "createdAt">): Case {
  return parseCase({
    id: "case_1",
    customerId: "cus_1",
    channel: "email",
    status: "open",
    ...fields,
  });
}

let next = 0;

/** A public (unless said otherwise) message on case_1 by the customer or an agent. */
export function message(
  kind: "customer" | "agent",
  occurredAt: string,
  options: { visibility?: "public" | "private"; caseId?: string } = {},
): Interaction {
  next += 1;
  return parseInteraction({
    id: `int_${next}`,
    customerId: "cus_1",
    caseId: options.caseId ?? "case_1",
    channel: "email",
    direction: kind === "customer" ? "inbound" : "outbound",
    author: kind === "customer" ? { kind } : { kind, id: "agt_1" },
    visibility: options.visibility ?? "public",
    occurredAt,
  });
}
