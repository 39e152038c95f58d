import type { ShareFigure } from "./section-figures";

/**
 * One purpose of the consent section: the share of the report's customers whose data may be
 * used for it at the report's moment, and the counts behind it. Counts only: no customer is
 * named.
 *
 * @example
 * ```ts
 * import type { ConsentPurposeRow } from "@rapport/cli";
 * const line = (p: ConsentPurposeRow) => `${p.purpose}: ${p.allowed.value?.toFixed(1)} % may be contacted`;
 * ```
 */
export interface ConsentPurposeRow {
  /** The purpose, as the consent records name it (e.g. `"marketing_email"`). */
  readonly purpose: string;
  /**
   * Customers allowed (`evaluateConsent` of @rapport/consent) of all the report's customers,
   * percent with its Wilson interval: a customer without a record for an opt-in purpose is
   * not allowed.
   */
  readonly allowed: ShareFigure;
  /** Customers whose latest choice is a grant in effect. */
  readonly granted: number;
  /** Customers whose latest choice is a no: withdrawn, objected or restricted. */
  readonly denied: number;
  /** Customers with no choice on record, or one no longer in effect (expired, superseded). */
  readonly undecided: number;
  /** Withdrawals and objections of a consent in effect, captured in the current period. */
  readonly withdrawals: number;
  /** The same in the period before. */
  readonly previousWithdrawals: number;
}

/**
 * Consent and privacy: per purpose, who may be contacted, and the withdrawals of the period;
 * the restrictions (GDPR Art. 18) and objections (Art. 21) in effect. Counts only.
 *
 * @example
 * ```ts
 * import type { ConsentSection } from "@rapport/cli";
 * const purposes = (s: ConsentSection) => s.purposes.map((p) => p.purpose);
 * ```
 */
export interface ConsentSection {
  /** Customers in the report: the n of every share. */
  readonly customers: number;
  /** Of them, customers with at least one consent record. */
  readonly withRecords: number;
  /** Consent records read (captured by the report's moment). */
  readonly records: number;
  /** The period containing the report's moment, and the one before it (labels). */
  readonly period: string;
  readonly previousPeriod: string;
  readonly purposes: readonly ConsentPurposeRow[];
  /** Customers with a restriction of processing in effect for at least one purpose. */
  readonly restricted: number;
  /** Customers with an objection in effect for at least one purpose. */
  readonly objected: number;
}
