import type { ImportResult } from "@rapport/source-kit";
import { zendeskAdapter } from "./zendesk-adapter";
import type { ZendeskImportOptions } from "./zendesk-state";

/**
 * Maps Zendesk Support API payloads into the Rapport care model: tickets → cases (with
 * status history from audits and reply/solve times and reopens from ticket metrics),
 * comments → interactions, users → customers (end users) and agents (agents and admins),
 * groups → teams, satisfaction ratings → CSAT responses.
 *
 * `payload` is one response body (`{ tickets: [...], users: [...] }`, `{ ticket: {...} }`,
 * an incremental export page with `after_cursor`/`end_of_stream`…) or an array of them.
 * Records are joined across all of them. It never throws on bad data: every input record is
 * in the report, accepted, rejected (with the field and the reason), a duplicate (same
 * source id seen before, e.g. a re-sent page) or ignored (with the reason, e.g. a rating
 * that was only offered). Ids are prefixed with the system: ticket 35436 is case
 * `zendesk:35436`.
 *
 * @example
 * ```ts
 * import { importZendesk } from "@rapport/zendesk";
 *
 * const result = importZendesk(
 *   {
 *     tickets: [
 *       { id: 35436, requester_id: 20978392, status: "hold", priority: null,
 *         via: { channel: "email" }, subject: "Help, my printer is on fire!",
 *         created_at: "2009-07-20T22:55:29Z" },
 *     ],
 *   },
 *   { asOf: new Date("2024-01-01T00:00:00Z") },
 * );
 * result.cases[0]?.status; // "on_hold"
 * result.report.accepted; // 1
 * ```
 */
export function importZendesk(payload: unknown, options: ZendeskImportOptions): ImportResult {
  return zendeskAdapter.import(payload, options);
}
