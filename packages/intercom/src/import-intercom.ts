import type { ImportResult } from "@rapport/source-kit";
import { intercomAdapter } from "./intercom-adapter";
import type { IntercomImportOptions } from "./intercom-context";

/**
 * Maps Intercom REST API payloads into the Rapport care model: contacts → customers, admins →
 * agents, teams → teams, conversations → cases (status history from close/open/snooze parts,
 * first reply, reopens), conversation parts → interactions (comments public, notes private,
 * assignments as transfers), the opening message → an interaction, and `conversation_rating`
 * (1-5) → five-point CSAT responses.
 *
 * `payload` is one response body (a conversation, `{ type: "conversation.list", conversations }`,
 * `{ type: "list", data: [contacts] }`, `{ admins }`, `{ teams }`, a webhook
 * `notification_event`) or an array of them. It never throws on bad data: every input
 * record, conversation parts included, is in the report as accepted, rejected (field and
 * reason), duplicate or ignored (with the reason). Ids are prefixed: conversation 1295 is
 * case `intercom:1295`.
 *
 * @example
 * ```ts
 * import { importIntercom } from "@rapport/intercom";
 *
 * const result = importIntercom(
 *   {
 *     type: "conversation",
 *     id: "1295",
 *     created_at: 1663597223,
 *     state: "snoozed",
 *     source: { type: "email", id: "403918330", author: { type: "user", id: "5310d8e7598c9a0b24000002" } },
 *     contacts: { type: "contact.list", contacts: [{ type: "contact", id: "5310d8e7598c9a0b24000002" }] },
 *   },
 *   { asOf: new Date("2024-01-01T00:00:00Z") },
 * );
 * result.cases[0]?.status; // "on_hold"
 * result.interactions.length; // 1, the opening e-mail
 * ```
 */
export function importIntercom(payload: unknown, options: IntercomImportOptions): ImportResult {
  return intercomAdapter.import(payload, options);
}
