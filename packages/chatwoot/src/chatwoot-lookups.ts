import type { Agent, CasePriority, CaseStatus, Channel } from "@rapport/core";
import { defineLookup } from "@rapport/source-kit";

/**
 * What a chatwoot message is, by its `message_type` (a number in the REST API, a word in
 * webhooks): an `incoming` message from the contact, an `outgoing` one to them, an `activity`
 * (the conversation's own log line) or a `template` (a bot's form or card).
 *
 * @example
 * ```ts
 * import type { ChatwootMessageKind } from "@rapport/chatwoot";
 * const kind: ChatwootMessageKind = "incoming";
 * ```
 */
export type ChatwootMessageKind = "incoming" | "outgoing" | "activity" | "template";

/**
 * chatwoot's code tables, each with its own "expected one of …" message:
 * `status`, `priority`, `channel` (an inbox's `channel_type`), `messageType`, `sender` (a
 * message sender's `type`) and `role` (an agent's role).
 *
 * @example
 * ```ts
 * import { chatwootLookups } from "@rapport/chatwoot";
 * chatwootLookups.status.get("resolved"); // "solved"
 * chatwootLookups.channel.get("Channel::Whatsapp"); // "messaging"
 * chatwootLookups.status.reason("closed");
 * // 'expected one of "open" | "resolved" | "pending" | "snoozed", received "closed"'
 * ```
 */
export const chatwootLookups = {
  // `pending` conversations are still with a bot and not yet in the agents' queue: new.
  // `snoozed` waits, on the team's side, until a set time or the next reply: on hold.
  // chatwoot has one step for ending a conversation, `resolved`.
  status: /* @__PURE__ */ defineLookup<CaseStatus>({
    field: "status",
    table: { open: "open", resolved: "solved", pending: "new", snoozed: "on_hold" },
  }),
  priority: /* @__PURE__ */ defineLookup<CasePriority>({
    field: "priority",
    table: { low: "low", medium: "normal", high: "high", urgent: "urgent" },
    missing: "normal",
  }),
  // The channel of an inbox, as chatwoot names its classes.
  channel: /* @__PURE__ */ defineLookup<Channel>({
    field: "meta.channel",
    table: {
      "Channel::WebWidget": "chat",
      "Channel::Email": "email",
      "Channel::Api": "web",
      "Channel::FacebookPage": "social",
      "Channel::Instagram": "social",
      "Channel::TwitterProfile": "social",
      "Channel::Tiktok": "social",
      "Channel::Whatsapp": "messaging",
      "Channel::Telegram": "messaging",
      "Channel::Line": "messaging",
      "Channel::Sms": "sms",
      "Channel::TwilioSms": "sms",
      "Channel::Voice": "phone",
    },
  }),
  messageType: /* @__PURE__ */ defineLookup<ChatwootMessageKind>({
    field: "message_type",
    table: {
      0: "incoming",
      1: "outgoing",
      2: "activity",
      3: "template",
      incoming: "incoming",
      outgoing: "outgoing",
      activity: "activity",
      template: "template",
    },
  }),
  // Who sent a message: a contact, a user (an agent) or one of chatwoot's bots.
  sender: defineLookup<"customer" | "agent" | "bot">({
    field: "sender.type",
    table: { contact: "customer", user: "agent", agent_bot: "bot", captain_assistant: "bot" },
  }),
  role: defineLookup<Agent["role"]>({
    field: "role",
    table: { agent: "agent", administrator: "admin" },
  }),
} as const;

/**
 * The message kind of a `message_type`, a number (REST API) or a word (webhooks);
 * `undefined` for any other value.
 *
 * @example
 * ```ts
 * import { chatwootMessageKind } from "@rapport/chatwoot";
 * chatwootMessageKind(1); // "outgoing"
 * chatwootMessageKind("template"); // "template"
 * chatwootMessageKind(7); // undefined
 * ```
 */
export function chatwootMessageKind(code: unknown): ChatwootMessageKind | undefined {
  return chatwootLookups.messageType.get(typeof code === "number" ? String(code) : code);
}
