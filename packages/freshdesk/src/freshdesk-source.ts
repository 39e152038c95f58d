import type { Channel } from "@rapport/core";

/**
 * Freshdesk ticket source codes and the channel each becomes. The current API documents
 * 1 Email, 2 Portal, 3 Phone, 7 Chat, 9 Feedback Widget and 10 Outbound Email; older
 * accounts also have 4 Forum, 5 Twitter, 6 Facebook and 8 MobiHelp (the in-app SDK).
 *
 * @example
 * ```ts
 * import { FRESHDESK_SOURCES } from "@rapport/freshdesk";
 * FRESHDESK_SOURCES[9]; // "web" (the feedback widget)
 * ```
 */
export const FRESHDESK_SOURCES: Readonly<Record<number, Channel>> = Object.freeze({
  1: "email",
  2: "web",
  3: "phone",
  4: "self_service",
  5: "social",
  6: "social",
  7: "chat",
  8: "messaging",
  9: "web",
  10: "email",
});

/**
 * Maps a Freshdesk source code to a channel, looking in `overrides` first; a missing source
 * is `email` (Freshdesk's default), an unknown one `undefined`.
 *
 * @example
 * ```ts
 * import { freshdeskSource } from "@rapport/freshdesk";
 * freshdeskSource(3); // "phone"
 * freshdeskSource(13, { 13: "messaging" }); // "messaging"
 * ```
 */
export function freshdeskSource(
  code: unknown,
  overrides?: Readonly<Record<number, Channel>>,
): Channel | undefined {
  if (code === null || code === undefined) return "email";
  if (typeof code !== "number" || !Number.isInteger(code)) return undefined;
  if (overrides && Object.hasOwn(overrides, code)) return overrides[code];
  return Object.hasOwn(FRESHDESK_SOURCES, code) ? FRESHDESK_SOURCES[code] : undefined;
}
