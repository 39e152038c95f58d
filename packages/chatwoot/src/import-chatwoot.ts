import type { ImportResult } from "@rapport/source-kit";
import { chatwootAdapter } from "./chatwoot-adapter";
import type { ChatwootImportOptions } from "./chatwoot-context";

/**
 * Imports chatwoot payloads into the care model: conversations become cases, messages
 * interactions, contacts customers, agents agents, teams teams and CSAT survey responses
 * five-point CSAT responses; inboxes give the channel. Takes one response body, a webhook
 * delivery, or a list of them, exactly as chatwoot sent them. Every input record is in the
 * report: accepted, rejected (field and reason), a duplicate, or ignored (reason).
 *
 * @param payload - A parsed chatwoot response body or webhook delivery, or a list of them.
 * @param options - `asOf`: records dated after it are rejected.
 * @returns The records by entity, and the report.
 * @throws TypeError when `options.asOf` is missing or not a `Date`; RangeError when invalid.
 *
 * @example
 * ```ts
 * import { importChatwoot } from "@rapport/chatwoot";
 * const { cases, interactions, report } = importChatwoot(
 *   {
 *     id: 7, inbox_id: 1, status: "open", created_at: 1714557600, labels: ["billing"],
 *     meta: { sender: { id: 42 }, channel: "Channel::WebWidget" },
 *     messages: [{ id: 70, conversation_id: 7, message_type: 0, created_at: 1714557600, sender: { id: 42, type: "contact" } }],
 *   },
 *   { asOf: new Date("2025-01-01T00:00:00Z") },
 * );
 * cases[0]?.id; // "chatwoot:7"
 * interactions[0]?.direction; // "inbound"
 * report.accepted; // 2
 * ```
 */
export function importChatwoot(payload: unknown, options: ChatwootImportOptions): ImportResult {
  return chatwootAdapter.import(payload, options);
}
