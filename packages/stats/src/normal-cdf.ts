import { checkNotNaN } from "./check-arguments";
import { erfc } from "./erfc";

/**
 * The cumulative distribution function of the standard normal distribution,
 * Φ(x) = P(Z ≤ x) = erfc(−x/√2) / 2. Written with `erfc` so that both tails keep their
 * relative precision (Φ(−10) ≈ 7.6e-24 is not rounded to 0).
 *
 * Source: Abramowitz & Stegun (1964), 26.2.29 (Φ in terms of erfc).
 *
 * @example
 * ```ts
 * import { normalCdf } from "@rapport/stats";
 * normalCdf(1.959963984540054); // 0.975
 * ```
 */
export function normalCdf(x: number): number {
  checkNotNaN("normalCdf: x", x);
  return 0.5 * erfc(-x / Math.SQRT2);
}
