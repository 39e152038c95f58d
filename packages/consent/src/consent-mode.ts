import type { ConsentDecision } from "./consent-decision";

/**
 * The four consent types of Google Consent Mode v2 that carry personal-data decisions:
 * `ad_storage` (advertising cookies), `analytics_storage` (analytics cookies), `ad_user_data`
 * (sending user data to Google for advertising) and `ad_personalization` (personalised ads,
 * remarketing). Source: Google tag platform, "Set up consent mode on websites".
 *
 * @example
 * ```ts
 * import { CONSENT_MODE_TYPES } from "@rapport/consent";
 * CONSENT_MODE_TYPES.length; // 4
 * ```
 */
export const CONSENT_MODE_TYPES = [
  "ad_storage",
  "analytics_storage",
  "ad_user_data",
  "ad_personalization",
] as const;

/**
 * One of {@link CONSENT_MODE_TYPES}.
 *
 * @example
 * ```ts
 * import type { ConsentModeType } from "@rapport/consent";
 * const type: ConsentModeType = "ad_user_data";
 * ```
 */
export type ConsentModeType = (typeof CONSENT_MODE_TYPES)[number];

/**
 * Which of your purposes each Consent Mode type depends on: a type is `"granted"` only if
 * every purpose listed for it is allowed.
 *
 * @example
 * ```ts
 * import type { ConsentModeMapping } from "@rapport/consent";
 * const mapping: ConsentModeMapping = {
 *   ad_storage: ["ads"],
 *   analytics_storage: ["analytics"],
 *   ad_user_data: ["ads", "ad_data_sharing"],
 *   ad_personalization: ["ads", "remarketing"],
 * };
 * ```
 */
export type ConsentModeMapping = Readonly<Record<ConsentModeType, readonly string[]>>;

/**
 * The value to pass to `gtag("consent", "update", …)`.
 *
 * @example
 * ```ts
 * import type { ConsentModeState } from "@rapport/consent";
 * const state: ConsentModeState = {
 *   ad_storage: "denied",
 *   analytics_storage: "granted",
 *   ad_user_data: "denied",
 *   ad_personalization: "denied",
 * };
 * ```
 */
export type ConsentModeState = Record<ConsentModeType, "granted" | "denied">;

/**
 * The mapping used when none is given: purposes named `advertising`, `analytics` and
 * `ad_personalization`; `ad_user_data` follows `advertising`.
 *
 * @example
 * ```ts
 * import { DEFAULT_CONSENT_MODE_MAPPING } from "@rapport/consent";
 * DEFAULT_CONSENT_MODE_MAPPING.analytics_storage; // ["analytics"]
 * ```
 */
export const DEFAULT_CONSENT_MODE_MAPPING: ConsentModeMapping = {
  ad_storage: ["advertising"],
  analytics_storage: ["analytics"],
  ad_user_data: ["advertising"],
  ad_personalization: ["advertising", "ad_personalization"],
};

/**
 * Maps a customer's decisions (from {@link consentState}) to Google Consent Mode v2 states.
 * A type is `"granted"` only when it maps to at least one purpose and every purpose it maps
 * to is allowed; a purpose with no decision counts as not allowed (default deny, as Google
 * recommends for the EEA).
 *
 * @example
 * ```ts
 * import { customerId } from "@rapport/core";
 * import { consentModeState, consentState } from "@rapport/consent";
 * const decisions = consentState([], customerId("cus_1"), new Date("2025-01-01T00:00:00Z"));
 * consentModeState(decisions).analytics_storage; // "denied"
 * ```
 */
export function consentModeState(
  decisions: Iterable<Pick<ConsentDecision, "purpose" | "allowed">>,
  mapping: ConsentModeMapping = DEFAULT_CONSENT_MODE_MAPPING,
): ConsentModeState {
  const allowed = new Map<string, boolean>();
  for (const decision of decisions) {
    // Most restrictive wins if the same purpose appears twice.
    allowed.set(decision.purpose, (allowed.get(decision.purpose) ?? true) && decision.allowed);
  }
  const value = (type: ConsentModeType): "granted" | "denied" => {
    const purposes = mapping[type] ?? [];
    return purposes.length > 0 && purposes.every((p) => allowed.get(p) === true)
      ? "granted"
      : "denied";
  };
  return {
    ad_storage: value("ad_storage"),
    analytics_storage: value("analytics_storage"),
    ad_user_data: value("ad_user_data"),
    ad_personalization: value("ad_personalization"),
  };
}
