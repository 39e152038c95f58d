import type { CustomerId } from "@rapport/core";
import type { PurposeCatalog } from "./purposes";
import type { SuppressionRecord } from "./suppression-record";

/**
 * Signals sent with a request. A missing signal is "no preference", never "allow".
 *
 * @example
 * ```ts
 * import type { ConsentSignals } from "@rapport/consent";
 * const signals: ConsentSignals = { gpc: true };
 * ```
 */
export interface ConsentSignals {
  /** Global Privacy Control (`Sec-GPC: 1`, see {@link gpcFromHeaders}): an opt-out of sale and sharing. */
  readonly gpc?: boolean | undefined;
}

/**
 * What is known about the person's age, to honour the age of digital consent (GDPR Art. 8).
 * Core's `Customer` has no birth date, so the caller passes it here.
 *
 * @example
 * ```ts
 * import type { ConsentSubject } from "@rapport/consent";
 * const subject: ConsentSubject = { birthDate: new Date("2011-04-02T00:00:00Z") };
 * ```
 */
export interface ConsentSubject {
  /** The birth date; the age at each grant is computed from it. */
  readonly birthDate?: Date;
  /** The age in whole years, where no birth date is known; taken as the age at every grant. */
  readonly age?: number;
}

/**
 * The question {@link evaluateConsent} answers: may this customer's data be processed for
 * this purpose at this moment?
 *
 * @example
 * ```ts
 * import { customerId } from "@rapport/core";
 * import type { ConsentQuery } from "@rapport/consent";
 * const query: ConsentQuery = {
 *   customerId: customerId("cus_1"),
 *   purpose: "marketing_email",
 *   asOf: new Date("2025-06-01T12:00:00Z"),
 * };
 * ```
 */
export interface ConsentQuery {
  /** The customer. */
  readonly customerId: CustomerId;
  /** The purpose id. */
  readonly purpose: string;
  /** The moment asked about (the caller's clock); events captured exactly at this instant count. */
  readonly asOf: Date;
  /** The business's purposes and notices; an unknown purpose is treated as opt-in consent. */
  readonly purposes?: PurposeCatalog;
  /** Where the customer is (ISO 3166 code), for the age of consent; else each event's own. */
  readonly jurisdiction?: string;
  /** Signals with the request (GPC). */
  readonly signals?: ConsentSignals;
  /** The person's age or birth date; without it no age check is made. */
  readonly subject?: ConsentSubject;
  /** Suppression records left by erasures (see {@link erasurePlan}). */
  readonly suppressions?: readonly SuppressionRecord[];
  /** An age-of-consent table to use instead of {@link AGE_OF_DIGITAL_CONSENT}. */
  readonly ageOfConsentTable?: Readonly<Record<string, number>>;
}
