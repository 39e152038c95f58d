import type {
  ConsentSignals,
  ConsentSubject,
  PurposeCatalog,
  SuppressionRecord,
} from "@rapport/consent";
import type { Channel, ConsentEvent } from "@rapport/core";

/**
 * The consent ledger and context {@link planContact} asks `@rapport/consent` with.
 *
 * @example
 * ```ts
 * import type { ContactConsent } from "@rapport/care-policies";
 * const consent: ContactConsent = { ledger: [], jurisdiction: "DE" };
 * ```
 */
export interface ContactConsent {
  /** The customer's consent events (others' are ignored). */
  readonly ledger: Iterable<ConsentEvent>;
  /** The business's purposes; an undeclared purpose is treated as opt-in consent. */
  readonly purposes?: PurposeCatalog;
  /** Where the customer is (ISO 3166), for the age of consent. */
  readonly jurisdiction?: string;
  /** Signals sent with the request (GPC). */
  readonly signals?: ConsentSignals;
  /** The customer's age or birth date. */
  readonly subject?: ConsentSubject;
  /** Suppression records left by erasures. */
  readonly suppressions?: readonly SuppressionRecord[];
}

/**
 * What {@link planContact} takes besides the customer.
 *
 * @example
 * ```ts
 * import type { PlanContactOptions } from "@rapport/care-policies";
 * const options: PlanContactOptions = {
 *   purpose: { email: "service_email", sms: "service_sms" },
 *   consent: { ledger: [] },
 *   asOf: new Date("2025-06-02T08:00:00Z"),
 *   channels: ["email", "sms"],
 * };
 * ```
 */
export interface PlanContactOptions {
  /**
   * The purpose of the contact: one purpose id for every channel, or one per channel (a
   * channel without an entry is not used).
   */
  readonly purpose: string | Readonly<Partial<Record<Channel, string>>>;
  /** The consent ledger and its context. */
  readonly consent: ContactConsent;
  /** The moment of planning (the caller's clock); the contact is sent at or after it. */
  readonly asOf: Date;
  /** The channels the business can send on now, in its own order of preference. */
  readonly channels: readonly Channel[];
  /** The time zone used when the customer has none; default `"UTC"`. */
  readonly defaultTimeZone?: string;
  /** The style used when the customer states none; default `"brief"`. */
  readonly defaultStyle?: "high-touch" | "brief";
  /** The language used when the customer states none and has no locale. */
  readonly defaultLanguage?: string;
  /** Whether a channel the customer did not list may be used when none they listed can be; default `true`. */
  readonly fallback?: boolean;
}
