import type { Channel } from "@rapport/core";

/**
 * Intercom conversation `source.type` values and the channel each becomes. `conversation` is
 * a Messenger conversation (live chat); `push` a message sent to the app.
 *
 * @example
 * ```ts
 * import { INTERCOM_CHANNELS } from "@rapport/intercom";
 * INTERCOM_CHANNELS.conversation; // "chat"
 * ```
 */
export const INTERCOM_CHANNELS: Readonly<Record<string, Channel>> = Object.freeze({
  conversation: "chat",
  email: "email",
  facebook: "social",
  instagram: "social",
  twitter: "social",
  phone_call: "phone",
  phone_switch: "phone",
  sms: "sms",
  whatsapp: "messaging",
  push: "messaging",
});

/**
 * Maps an Intercom `source.type` to a channel; a missing one is `chat` (the Messenger), an
 * unknown one `undefined`.
 *
 * @example
 * ```ts
 * import { intercomChannel } from "@rapport/intercom";
 * intercomChannel("phone_call"); // "phone"
 * ```
 */
export function intercomChannel(value: unknown): Channel | undefined {
  if (value === null || value === undefined) return "chat";
  return typeof value === "string" && Object.hasOwn(INTERCOM_CHANNELS, value)
    ? INTERCOM_CHANNELS[value]
    : undefined;
}
