/**
 * One customer's purchase history as the customer-alive models see it (the "RFM" summary
 * without the money): all times in the same unit (e.g. weeks), measured from the first purchase.
 *
 * @example
 * ```ts
 * import type { FrequencyRecency } from "@rapport/churn";
 * const customer: FrequencyRecency = { frequency: 2, recency: 30.43, T: 38.86 };
 * ```
 */
export interface FrequencyRecency {
  /** Number of repeat purchases x (purchases after the first), a whole number ≥ 0. */
  readonly frequency: number;
  /** Time of the last repeat purchase, tₓ (0 when `frequency` is 0). */
  readonly recency: number;
  /** The customer's age T: time from the first purchase to the end of observation, T ≥ tₓ. */
  readonly T: number;
}

/**
 * The four BG/NBD parameters (Fader, Hardie & Lee 2005).
 *
 * @example
 * ```ts
 * import type { BgNbdParams } from "@rapport/churn";
 * const cdnow: BgNbdParams = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };
 * ```
 */
export interface BgNbdParams {
  /** Shape of the gamma distribution of purchase rates λ. */
  readonly r: number;
  /** Rate (scale parameter in the paper's notation) of the gamma distribution of λ. */
  readonly alpha: number;
  /** First shape of the beta distribution of drop-out probabilities p. */
  readonly a: number;
  /** Second shape of the beta distribution of p. */
  readonly b: number;
}
