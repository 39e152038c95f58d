import type { ConsentEvent, CustomerId, LawfulBasis, RecordId } from "@rapport/core";
import type { ConsentState } from "./consent-decision";
import { compareConsentEvents } from "./ledger-order";

/**
 * One line of the audit view: an event in replay order, with the proof behind it and the
 * choice it recorded.
 *
 * @example
 * ```ts
 * import type { ConsentHistoryEntry } from "@rapport/consent";
 * const line = (e: ConsentHistoryEntry) => `${e.capturedAt.toISOString()} ${e.purpose} ${e.action} via ${e.method}`;
 * ```
 */
export interface ConsentHistoryEntry {
  /** The event's id. */
  readonly eventId: RecordId;
  /** The purpose. */
  readonly purpose: string;
  /** What happened. */
  readonly action: ConsentEvent["action"];
  /** The choice the event records: `granted` for a grant, `denied` otherwise. */
  readonly recordedState: Exclude<ConsentState, "undecided">;
  /** The lawful basis recorded with it. */
  readonly lawfulBasis: LawfulBasis;
  /** When it was captured. */
  readonly capturedAt: Date;
  /** When the grant expires, where it does. */
  readonly expiresAt: Date | null;
  /** The privacy-notice version the customer saw, where recorded. */
  readonly noticeVersion: string | null;
  /** The jurisdiction recorded, where recorded. */
  readonly jurisdiction: string | null;
  /** Who or what captured it. */
  readonly capturedBy: string;
  /** How it was captured. */
  readonly method: string;
  /** A reference to the evidence, where recorded. */
  readonly evidenceRef: string | null;
  /** The parent or guardian who authorised it for a minor, where recorded. */
  readonly authorizedBy: { readonly name: string; readonly relation: string } | null;
}

/**
 * Options of {@link consentHistory}.
 *
 * @example
 * ```ts
 * import type { ConsentHistoryOptions } from "@rapport/consent";
 * const options: ConsentHistoryOptions = { purpose: "marketing_email" };
 * ```
 */
export interface ConsentHistoryOptions {
  /** Only this purpose. */
  readonly purpose?: string;
  /** Only events captured at or before this moment. */
  readonly until?: Date;
}

/**
 * A customer's consent history for the audit view: their events in the order
 * {@link evaluateConsent} replays them (by time; at the same instant the most restrictive
 * last), each with its proof.
 *
 * @example
 * ```ts
 * import { customerId, decodeConsentEvent } from "@rapport/core";
 * import { consentHistory } from "@rapport/consent";
 *
 * const ledger = [
 *   decodeConsentEvent({
 *     id: "ce_2", customerId: "cus_1", purpose: "analytics", lawfulBasis: "consent",
 *     action: "withdraw", capturedAt: "2025-02-01T10:00:00Z",
 *     proof: { capturedBy: "preference-centre", method: "web_form" },
 *   }),
 *   decodeConsentEvent({
 *     id: "ce_1", customerId: "cus_1", purpose: "analytics", lawfulBasis: "consent",
 *     action: "grant", capturedAt: "2025-01-01T10:00:00Z",
 *     proof: { capturedBy: "cookie-banner", method: "web_form" },
 *   }),
 * ];
 * consentHistory(ledger, customerId("cus_1")).map((e) => e.eventId); // ["ce_1", "ce_2"]
 * ```
 */
export function consentHistory(
  ledger: Iterable<ConsentEvent>,
  customerId: CustomerId,
  options: ConsentHistoryOptions = {},
): ConsentHistoryEntry[] {
  const until = options.until?.getTime() ?? Number.POSITIVE_INFINITY;
  return [...ledger]
    .filter(
      (event) =>
        event.customerId === customerId &&
        (options.purpose === undefined || event.purpose === options.purpose) &&
        event.capturedAt.getTime() <= until,
    )
    .sort(compareConsentEvents)
    .map((event) => ({
      eventId: event.id,
      purpose: event.purpose,
      action: event.action,
      recordedState: event.action === "grant" ? "granted" : "denied",
      lawfulBasis: event.lawfulBasis,
      capturedAt: event.capturedAt,
      expiresAt: event.expiresAt ?? null,
      noticeVersion: event.noticeVersion ?? null,
      jurisdiction: event.jurisdiction ?? null,
      capturedBy: event.proof.capturedBy,
      method: event.proof.method,
      evidenceRef: event.proof.evidenceRef ?? null,
      authorizedBy: event.proof.authorizedBy ?? null,
    }));
}
