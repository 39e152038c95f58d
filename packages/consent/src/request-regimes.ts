import type { DataSubjectRight } from "@rapport/core";

/**
 * A length of time in calendar months or calendar days: exactly one of the two, a positive
 * whole number.
 *
 * @example
 * ```ts
 * import type { RequestPeriod } from "@rapport/consent";
 * const oneMonth: RequestPeriod = { months: 1 };
 * const fortyFiveDays: RequestPeriod = { days: 45 };
 * ```
 */
export type RequestPeriod = { readonly months: number } | { readonly days: number };

/**
 * How long a controller has to answer a data-subject request under one regime: the first
 * period from receipt, the extension it may add (notified to the customer within the first
 * period), the rights it covers (all when left out) and the provision it comes from.
 *
 * @example
 * ```ts
 * import type { RequestRegime } from "@rapport/consent";
 * const quebec: RequestRegime = {
 *   citation: "Quebec Act respecting the protection of personal information, s. 32",
 *   period: { days: 30 },
 * };
 * ```
 */
export interface RequestRegime {
  /** The provision that sets the period, shown with the deadline. */
  readonly citation: string;
  /** The time from receipt. */
  readonly period: RequestPeriod;
  /** What a notified extension adds to it; none when left out. */
  readonly extension?: RequestPeriod;
  /** The rights the period applies to; every right when left out. */
  readonly rights?: readonly DataSubjectRight[];
}

/**
 * The deadlines of data-subject requests by jurisdiction:
 *
 * - `EU`, `UK`: GDPR and UK GDPR Art. 12(3): one month from receipt, extendable by two further
 *   months where necessary (the customer told within the first month).
 * - `US-CA`: Cal. Civ. Code §1798.130(a)(2): 45 calendar days, extendable once by 45 more
 *   when reasonably necessary, with notice within the first 45. (Opt-outs of sale have a
 *   shorter limit in the regulations, 15 business days, 11 CCR §7026(f); supply it through
 *   `regimes` if you track them here.)
 * - `BR`: LGPD Art. 19(II): 15 days for a full answer to an access request; other rights
 *   have no period in the statute, so they get no deadline.
 *
 * @example
 * ```ts
 * import { REQUEST_REGIMES } from "@rapport/consent";
 * REQUEST_REGIMES.EU?.period; // { months: 1 }
 * ```
 */
export const REQUEST_REGIMES: Readonly<Record<string, RequestRegime>> = {
  EU: { citation: "GDPR Art. 12(3)", period: { months: 1 }, extension: { months: 2 } },
  UK: { citation: "UK GDPR Art. 12(3)", period: { months: 1 }, extension: { months: 2 } },
  "US-CA": {
    citation: "Cal. Civ. Code §1798.130(a)(2)",
    period: { days: 45 },
    extension: { days: 45 },
  },
  BR: { citation: "LGPD Art. 19(II)", period: { days: 15 }, rights: ["access"] },
};
