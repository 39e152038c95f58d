import type { CasePriority } from "@rapport/core";

/**
 * Zendesk ticket priorities and the case priority each becomes (the same four names).
 *
 * @example
 * ```ts
 * import { ZENDESK_PRIORITIES } from "@rapport/zendesk";
 * ZENDESK_PRIORITIES.urgent; // "urgent"
 * ```
 */
export const ZENDESK_PRIORITIES: Readonly<Record<string, CasePriority>> = Object.freeze({
  low: "low",
  normal: "normal",
  high: "high",
  urgent: "urgent",
});

/**
 * Maps a Zendesk ticket priority to a case priority. A ticket without a priority (`null`,
 * which Zendesk sends when nobody set one) is `normal`, the case default; an unknown value
 * gives `undefined` (the importer rejects the ticket, naming the field `priority`).
 *
 * @example
 * ```ts
 * import { zendeskPriority } from "@rapport/zendesk";
 * zendeskPriority(null); // "normal"
 * zendeskPriority("high"); // "high"
 * ```
 */
export function zendeskPriority(value: unknown): CasePriority | undefined {
  if (value === null || value === undefined) return "normal";
  return typeof value === "string" && Object.hasOwn(ZENDESK_PRIORITIES, value)
    ? ZENDESK_PRIORITIES[value]
    : undefined;
}
