import type { CustomerId, LawfulBasis, RecordId } from "@rapport/core";
import type { ConsentRequirement } from "./purposes";

/**
 * The customer's expressed choice for a purpose, never collapsed into a boolean:
 * `undecided` (no valid choice: never asked, or the consent expired or was given under a
 * superseded notice), `denied` (said no: withdrew, objected, restricted, or sent GPC),
 * `granted` (an explicit, valid grant).
 *
 * @example
 * ```ts
 * import type { ConsentState } from "@rapport/consent";
 * const state: ConsentState = "undecided";
 * ```
 */
export type ConsentState = "undecided" | "denied" | "granted";

/**
 * Why a decision came out as it did:
 * - `consent_granted`: a valid grant allows it;
 * - `no_consent`: consent is needed and there is no choice on record (default deny);
 * - `consent_withdrawn`: the latest event withdrew consent (Art. 7(3));
 * - `consent_expired`: the latest grant expired at or before the moment asked about;
 * - `notice_superseded`: the latest grant was given before a notice that changed the purpose materially;
 * - `parental_authorisation_missing`: the grant came from a child under the age of consent, without a parent's authorisation (Art. 8);
 * - `objected`: the customer objected (Art. 21);
 * - `restricted`: the customer asked to restrict processing (Art. 18);
 * - `opted_out`: the customer opted out of an opt-out purpose (CCPA/CPRA §1798.120);
 * - `gpc_opt_out`: a Global Privacy Control signal opts out of selling or sharing;
 * - `not_opted_out`: an opt-out purpose the customer has not opted out of;
 * - `basis_not_consent`: the purpose rests on contract, legal obligation or another basis that the choice does not switch off;
 * - `erased`: the customer's data was erased; nothing allows processing;
 * - `suppressed`: the customer's data was erased and their opt-out is remembered.
 *
 * @example
 * ```ts
 * import type { ConsentReason } from "@rapport/consent";
 * const reason: ConsentReason = "consent_withdrawn";
 * ```
 */
export type ConsentReason =
  | "consent_granted"
  | "no_consent"
  | "consent_withdrawn"
  | "consent_expired"
  | "notice_superseded"
  | "parental_authorisation_missing"
  | "objected"
  | "restricted"
  | "opted_out"
  | "gpc_opt_out"
  | "not_opted_out"
  | "basis_not_consent"
  | "erased"
  | "suppressed";

/**
 * The answer of {@link evaluateConsent}, with what decided it.
 *
 * @example
 * ```ts
 * import type { ConsentDecision } from "@rapport/consent";
 * const show = (d: ConsentDecision) => `${d.purpose}: ${d.allowed ? "yes" : "no"} (${d.reason})`;
 * ```
 */
export interface ConsentDecision {
  /** The customer asked about. */
  readonly customerId: CustomerId;
  /** The purpose asked about. */
  readonly purpose: string;
  /** The moment asked about. */
  readonly asOf: Date;
  /** Whether processing is allowed. */
  readonly allowed: boolean;
  /** The customer's expressed choice. */
  readonly state: ConsentState;
  /** The lawful basis the purpose rests on. */
  readonly basis: LawfulBasis;
  /** Whether the purpose is opt-in, opt-out or not choice-dependent. */
  readonly requirement: ConsentRequirement;
  /** Why (a stable code). */
  readonly reason: ConsentReason;
  /** Why, in a sentence for people. */
  readonly detail: string;
  /** The ids of the ledger events (or the erasure request) that decided it; empty when none. */
  readonly evidence: readonly RecordId[];
  /** A signal that decided it, where one did. */
  readonly signal: "gpc" | null;
  /** When the consent relied on expires, where it does. */
  readonly expiresAt: Date | null;
}
