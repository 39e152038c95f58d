import type { Channel } from "@rapport/core";

/**
 * Zendesk `via.channel` values (as the Support API documents them) and the channel each
 * becomes. Channels that say how a ticket was made rather than how the customer spoke
 * (`api`, `rule`, `system`, `merge`…) count as `web`, the channel of a form or an
 * integration; pass `channelMap` to the importer to decide otherwise.
 *
 * @example
 * ```ts
 * import { ZENDESK_CHANNELS } from "@rapport/zendesk";
 * ZENDESK_CHANNELS.voice; // "phone"
 * ```
 */
export const ZENDESK_CHANNELS: Readonly<Record<string, Channel>> = Object.freeze({
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
});

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
  if (value === null || value === undefined) return "web";
  if (typeof value !== "string") return undefined;
  if (overrides && Object.hasOwn(overrides, value)) return overrides[value];
  return Object.hasOwn(ZENDESK_CHANNELS, value) ? ZENDESK_CHANNELS[value] : undefined;
}
