import type { ImportResult } from "@rapport/source-kit";
import { freshdeskAdapter } from "./freshdesk-adapter";
import type { FreshdeskImportOptions } from "./freshdesk-context";

/**
 * Maps Freshdesk API (v2) payloads into the Rapport care model: tickets → cases (with first
 * response, resolution and close times from `stats`), conversations → interactions (replies
 * public, notes private, incoming ones from the customer), contacts → customers, agents →
 * agents, groups → teams, satisfaction ratings on the classic seven-point scale (103 … -103)
 * → five-point CSAT responses (see {@link freshdeskRatingToFivePoint}).
 *
 * `payload` is what the API returned — a bare array of records (list endpoints), one record,
 * `{ results }` (search), a keyed object such as `{ tickets: [...], contacts: [...] }` — or
 * an array of such pages. Records are recognised by their fields. It never throws on bad
 * data: every input record is in the report as accepted, rejected (field and reason),
 * duplicate or ignored. Ids are prefixed: ticket 20 is case `freshdesk:20`.
 *
 * @example
 * ```ts
 * import { importFreshdesk } from "@rapport/freshdesk";
 *
 * const result = importFreshdesk(
 *   [{ id: 20, requester_id: 1, status: 4, priority: 2, source: 3, subject: "Refund",
 *      created_at: "2015-08-24T11:59:05Z", updated_at: "2015-08-24T12:30:00Z" }],
 *   { asOf: new Date("2024-01-01T00:00:00Z") },
 * );
 * result.cases[0]?.status; // "solved"
 * result.cases[0]?.channel; // "phone"
 * ```
 */
export function importFreshdesk(payload: unknown, options: FreshdeskImportOptions): ImportResult {
  return freshdeskAdapter.import(payload, options);
}
