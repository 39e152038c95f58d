/**
 * The four Pareto/NBD parameters (Schmittlein, Morrison & Colombo 1987): while alive a customer
 * buys at a Poisson rate λ ~ Gamma(r, α), and their lifetime is exponential with a drop-out
 * rate μ ~ Gamma(s, β).
 *
 * @example
 * ```ts
 * import type { ParetoNbdParams } from "@rapport/churn";
 * const cdnow: ParetoNbdParams = { r: 0.5533, alpha: 10.5776, s: 0.6061, beta: 11.665 };
 * ```
 */
export interface ParetoNbdParams {
  /** Shape of the gamma distribution of purchase rates λ. */
  readonly r: number;
  /** Rate of the gamma distribution of λ. */
  readonly alpha: number;
  /** Shape of the gamma distribution of drop-out rates μ. */
  readonly s: number;
  /** Rate of the gamma distribution of μ. */
  readonly beta: number;
}

export const PARETO_KEYS = ["r", "alpha", "s", "beta"] as const;
