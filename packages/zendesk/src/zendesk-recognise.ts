import { ZENDESK_RECORD_KEYS } from "./zendesk-split";
import { isObject } from "./zendesk-state";

const KEYS = [...ZENDESK_RECORD_KEYS, "ticket_events"];

/**
 * Whether an input looks like Zendesk Support API responses: a response body (or the first of
 * a list of them) with a Zendesk record key (`tickets`, `users`, `audits`, `ticket_metrics`…),
 * and tickets with word statuses (Freshdesk's are numbers).
 *
 * @example
 * ```ts
 * import { recogniseZendesk } from "@rapport/zendesk";
 * recogniseZendesk({ tickets: [{ id: 1, status: "open" }] }); // true
 * recogniseZendesk({ tickets: [{ id: 1, status: 2 }] }); // false: Freshdesk
 * ```
 */
export function recogniseZendesk(input: unknown): boolean {
  const sample = Array.isArray(input) ? input[0] : input;
  if (!isObject(sample)) return false;
  const tickets = sample["tickets"];
  const ticket = Array.isArray(tickets) ? tickets[0] : tickets;
  if (isObject(ticket) && typeof ticket["status"] === "number") return false;
  return KEYS.some((key) => key in sample);
}
