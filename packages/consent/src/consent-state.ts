import type { ConsentEvent, CustomerId } from "@rapport/core";
import { expectedMessage } from "@rapport/stats";
import type { ConsentDecision } from "./consent-decision";
import type { ConsentQuery } from "./consent-query";
import { evaluateConsent } from "./evaluate-consent";

/**
 * Options of {@link consentState}: the moment `asOf` (required) and the other options of
 * {@link evaluateConsent}, all but the customer and the purpose.
 *
 * @example
 * ```ts
 * import type { ConsentStateOptions } from "@rapport/consent";
 * const options: ConsentStateOptions = {
 *   asOf: new Date("2025-03-01T00:00:00Z"),
 *   jurisdiction: "DE",
 *   signals: { gpc: true },
 * };
 * ```
 */
export type ConsentStateOptions = Omit<ConsentQuery, "customerId" | "purpose">;

/**
 * Every purpose's decision for a customer at a moment, for a preference centre: each declared
 * purpose, plus any other purpose found in the customer's ledger, sorted by purpose id.
 *
 * @example
 * ```ts
 * import { customerId, decodeConsentEvent } from "@rapport/core";
 * import { consentState } from "@rapport/consent";
 *
 * const ledger = [
 *   decodeConsentEvent({
 *     id: "ce_1", customerId: "cus_1", purpose: "analytics", lawfulBasis: "consent",
 *     action: "grant", capturedAt: "2025-01-01T10:00:00Z",
 *     proof: { capturedBy: "cookie-banner", method: "web_form" },
 *   }),
 * ];
 * consentState(ledger, customerId("cus_1"), { asOf: new Date("2025-03-01T00:00:00Z") })
 *   .map((d) => [d.purpose, d.state]); // [["analytics", "granted"]]
 * ```
 */
export function consentState(
  ledger: Iterable<ConsentEvent>,
  customerId: CustomerId,
  options: ConsentStateOptions,
): ConsentDecision[] {
  if (typeof options !== "object" || options === null) {
    throw new TypeError(expectedMessage("consentState: options", "an object { asOf }", options));
  }
  // One pass to pick the customer's events; each purpose is then replayed over those only.
  const events: ConsentEvent[] = [];
  for (const event of ledger) if (event.customerId === customerId) events.push(event);
  const ids = new Set<string>(options.purposes?.purposes.map((p) => p.id) ?? []);
  for (const event of events) ids.add(event.purpose);
  return [...ids]
    .sort()
    .map((purpose) => evaluateConsent(events, { ...options, customerId, purpose }));
}
