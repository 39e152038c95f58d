import type { ImportResult } from "@rapport/source-kit";
import { helpScoutAdapter } from "./helpscout-adapter";
import type { HelpScoutImportOptions } from "./helpscout-context";

/**
 * Imports Help Scout Mailbox API 2.0 payloads into the care model: conversations become cases
 * (their status history read from their threads), threads interactions, customers customers,
 * users agents, teams teams and satisfaction ratings five-point CSAT responses. Takes one
 * response body (a HAL page or a record), a webhook delivery, or a list of them, exactly as
 * Help Scout sent them. Every input record is in the report: accepted, rejected (field and
 * reason), a duplicate, or ignored (reason).
 *
 * @param payload - A parsed Help Scout response body or webhook delivery, or a list of them.
 * @param options - `asOf`: records dated after it are rejected.
 * @returns The records by entity, and the report.
 * @throws TypeError when `options.asOf` is missing or not a `Date`; RangeError when invalid.
 *
 * @example
 * ```ts
 * import { importHelpScout } from "@rapport/helpscout";
 * const { cases, interactions, report } = importHelpScout(
 *   {
 *     id: 1, number: 15473, type: "email", status: "active", state: "published",
 *     primaryCustomer: { id: 238604 }, createdAt: "2017-04-21T14:39:56Z",
 *     _embedded: { threads: [{ id: 9, type: "customer", status: "active", createdAt: "2017-04-21T14:39:56Z", createdBy: { id: 238604, type: "customer" } }] },
 *   },
 *   { asOf: new Date("2025-01-01T00:00:00Z") },
 * );
 * cases[0]?.statusHistory; // [{ status: "open", at: 2017-04-21T14:39:56.000Z }]
 * interactions[0]?.direction; // "inbound"
 * report.accepted; // 2
 * ```
 */
export function importHelpScout(payload: unknown, options: HelpScoutImportOptions): ImportResult {
  return helpScoutAdapter.import(payload, options);
}
