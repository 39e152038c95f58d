import { isObject } from "./chatwoot-context";

// The events chatwoot's account webhooks send.
const EVENTS = new Set([
  "conversation_created",
  "conversation_updated",
  "conversation_status_changed",
  "conversation_typing_on",
  "conversation_typing_off",
  "message_created",
  "message_updated",
  "contact_created",
  "contact_updated",
  "webwidget_triggered",
]);

/** Whether a record looks like one of chatwoot's, by the fields only chatwoot sends. */
export function isChatwootRecord(value: unknown): boolean {
  if (!isObject(value)) return false;
  return (
    ("message_type" in value && "conversation_id" in value) ||
    ("inbox_id" in value && ("contact_last_seen_at" in value || "meta" in value)) ||
    (typeof value["channel_type"] === "string" && value["channel_type"].startsWith("Channel::")) ||
    "feedback_message" in value ||
    "available_name" in value ||
    "allow_auto_assign" in value
  );
}

/**
 * Whether a parsed payload looks like chatwoot's: a webhook event, a `{ data: { meta, payload } }`
 * conversation list, a `{ meta, payload }` list, or a record (or list of records) with fields
 * only chatwoot sends (`message_type` with `conversation_id`, `available_name`, `Channel::…`).
 * Never throws.
 *
 * @param input - A parsed response body or a list of them.
 * @returns Whether it is chatwoot's.
 *
 * @example
 * ```ts
 * import { recogniseChatwoot } from "@rapport/chatwoot";
 * recogniseChatwoot({ event: "message_created", id: 1, conversation: { id: 2 } }); // true
 * recogniseChatwoot([{ id: 5295, conversation_id: 1016, message_type: 0 }]); // true
 * recogniseChatwoot({ tickets: [] }); // false
 * ```
 */
export function recogniseChatwoot(input: unknown): boolean {
  const sample = Array.isArray(input) ? input[0] : input;
  if (!isObject(sample)) return false;
  if (typeof sample["event"] === "string" && EVENTS.has(sample["event"])) return true;
  const data = sample["data"];
  const payload = isObject(data) ? data["payload"] : sample["payload"];
  if (Array.isArray(payload))
    return payload.length === 0 ? "meta" in sample || isObject(data) : isChatwootRecord(payload[0]);
  if (isObject(payload)) return isChatwootRecord(payload);
  return isChatwootRecord(sample);
}
