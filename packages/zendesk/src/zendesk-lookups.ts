import type { CasePriority, CaseStatus, Channel } from "@rapport/core";
import { defineLookup } from "@rapport/source-kit";

/**
 * The code tables of Zendesk: ticket `status`, `priority` and `via.channel`, each with the
 * model value it becomes and its own "expected one of …" message. A channel can be mapped your
 * way with the importer's `channelMap` option.
 *
 * @example
 * ```ts
 * import { zendeskLookups } from "@rapport/zendesk";
 * zendeskLookups.status.get("hold"); // "on_hold"
 * zendeskLookups.priority.get(null); // "normal"
 * zendeskLookups.channel.get("api", { api: "email" }); // "email"
 * ```
 */
export const zendeskLookups = {
  // `hold` is the only status renamed. (Incremental exports also list `deleted` tickets:
  // those are not a status of a live case and the importer reports them as ignored.)
  status: /* @__PURE__ */ defineLookup<CaseStatus>({
    field: "status",
    table: {
      new: "new",
      open: "open",
      pending: "pending",
      hold: "on_hold",
      solved: "solved",
      closed: "closed",
    },
  }),
  // A ticket without a priority (`null`, when nobody set one) is `normal`, the case default.
  priority: /* @__PURE__ */ defineLookup<CasePriority>({
    field: "priority",
    table: { low: "low", normal: "normal", high: "high", urgent: "urgent" },
    missing: "normal",
  }),
  // Channels that say how a ticket was made rather than how the customer spoke (`api`,
  // `rule`, `system`, `merge`…) count as `web`, the channel of a form or an integration.
  // A missing `via` is `web`.
  channel: /* @__PURE__ */ defineLookup<Channel>({
    field: "via.channel",
    table: {
      web: "web",
      web_form: "web",
      web_widget: "web",
      web_service: "web",
      mobile: "web",
      api: "web",
      rule: "web",
      system: "web",
      sample_ticket: "web",
      linked_problem: "web",
      merge: "web",
      closed_ticket: "web",
      batch: "web",
      side_conversation: "web",
      email: "email",
      chat: "chat",
      chat_transcript: "chat",
      voice: "phone",
      phone: "phone",
      phone_call_inbound: "phone",
      phone_call_outbound: "phone",
      voicemail: "phone",
      sms: "sms",
      text: "sms",
      twitter: "social",
      facebook: "social",
      instagram_dm: "social",
      native_messaging: "messaging",
      mobile_sdk: "messaging",
      any_channel: "messaging",
      whatsapp: "messaging",
      line: "messaging",
      wechat: "messaging",
      apple_business_chat: "messaging",
      google_business_messages: "messaging",
      help_center: "self_service",
      forum: "self_service",
      topic: "self_service",
    },
    missing: "web",
    overrideOption: "channelMap",
  }),
} as const;

/**
 * Zendesk ticket statuses and the case status each becomes (`hold` is `on_hold`).
 *
 * @example
 * ```ts
 * import { ZENDESK_STATUSES } from "@rapport/zendesk";
 * ZENDESK_STATUSES.hold; // "on_hold"
 * ```
 */
export const ZENDESK_STATUSES: Readonly<Record<string, CaseStatus>> = zendeskLookups.status.table;

/**
 * Zendesk ticket priorities and the case priority each becomes (the same four names).
 *
 * @example
 * ```ts
 * import { ZENDESK_PRIORITIES } from "@rapport/zendesk";
 * ZENDESK_PRIORITIES.urgent; // "urgent"
 * ```
 */
export const ZENDESK_PRIORITIES: Readonly<Record<string, CasePriority>> =
  zendeskLookups.priority.table;

/**
 * Zendesk `via.channel` values (as the Support API documents them) and the channel each becomes.
 *
 * @example
 * ```ts
 * import { ZENDESK_CHANNELS } from "@rapport/zendesk";
 * ZENDESK_CHANNELS.voice; // "phone"
 * ```
 */
export const ZENDESK_CHANNELS: Readonly<Record<string, Channel>> = zendeskLookups.channel.table;

/**
 * Maps a Zendesk ticket status to a case status; `undefined` for anything Zendesk does not
 * document (the importer then rejects the ticket, naming the field `status`).
 *
 * @example
 * ```ts
 * import { zendeskStatus } from "@rapport/zendesk";
 * zendeskStatus("hold"); // "on_hold"
 * zendeskStatus("archived"); // undefined
 * ```
 */
export function zendeskStatus(value: unknown): CaseStatus | undefined {
  return zendeskLookups.status.get(value);
}

/**
 * Maps a Zendesk ticket priority to a case priority: `null` is `normal`, an unknown value
 * `undefined` (the importer rejects the ticket, naming the field `priority`).
 *
 * @example
 * ```ts
 * import { zendeskPriority } from "@rapport/zendesk";
 * zendeskPriority(null); // "normal"
 * zendeskPriority("high"); // "high"
 * ```
 */
export function zendeskPriority(value: unknown): CasePriority | undefined {
  return zendeskLookups.priority.get(value);
}

/**
 * Maps a Zendesk `via.channel` value to a channel, looking in `overrides` first. A missing
 * `via` is `web`; an undocumented value gives `undefined` (the importer rejects the record,
 * naming the field `via.channel`).
 *
 * @example
 * ```ts
 * import { zendeskChannel } from "@rapport/zendesk";
 * zendeskChannel("twitter"); // "social"
 * zendeskChannel("api", { api: "email" }); // "email"
 * ```
 */
export function zendeskChannel(
  value: unknown,
  overrides?: Readonly<Record<string, Channel>>,
): Channel | undefined {
  return zendeskLookups.channel.get(value, overrides);
}
