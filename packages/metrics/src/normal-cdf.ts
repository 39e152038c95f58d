import { erfc } from "./normal-quantile";

/**
 * The cumulative distribution function of the standard normal distribution,
 * Φ(x) = P(Z ≤ x) = erfc(−x/√2) / 2. Written with `erfc` so that both tails keep their
 * relative precision (Φ(−10) ≈ 7.6e-24 is not rounded to 0).
 *
 * Source: Abramowitz & Stegun (1964), 26.2.29 (Φ in terms of erfc).
 *
 * @example
 * ```ts
 * import { normalCdf } from "@rapport/metrics";
 * normalCdf(1.959963984540054); // 0.975
 * ```
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) throw new RangeError(`normalCdf: expected a number for x, received NaN`);
  return 0.5 * erfc(-x / Math.SQRT2);
}
