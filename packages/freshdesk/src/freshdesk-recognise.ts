import { isObject } from "./freshdesk-context";

/** A Freshdesk ticket: a numeric status (2-5) where Zendesk and Intercom use words. */
const isTicket = (value: unknown) => isObject(value) && typeof value["status"] === "number";
const firstOf = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * Whether an input looks like Freshdesk API responses: tickets with numeric statuses, as a
 * bare list, under `tickets`, or in one of several list responses (`[[contacts…], [tickets…]]`).
 *
 * @example
 * ```ts
 * import { recogniseFreshdesk } from "@rapport/freshdesk";
 * recogniseFreshdesk([{ id: 1, status: 5, source: 3 }]); // true
 * recogniseFreshdesk({ tickets: [{ id: 1, status: "open" }] }); // false: Zendesk
 * ```
 */
export function recogniseFreshdesk(input: unknown): boolean {
  if (Array.isArray(input) && input.some(Array.isArray)) {
    return input.some((list) => Array.isArray(list) && list.some(isTicket));
  }
  const sample = firstOf(input);
  if (!isObject(sample)) return false;
  return isTicket(firstOf(sample["tickets"]) ?? (Array.isArray(input) ? sample : undefined));
}
