import type { BgNbdParams, FrequencyRecency } from "./bg-nbd";

/**
 * The probability that a customer with history (x, tₓ, T) is still "alive" (has not dropped
 * out) under the BG/NBD model: P = 1 / (1 + δₓ₍>₀₎ · a/(b+x−1) · ((α+T)/(α+tₓ))^(r+x))
 * (Fader, Hardie & Lee 2005, eq. 13; equals 1 when x = 0). The odds are formed in logs, so a
 * frequency of 200 or more neither overflows nor loses precision.
 *
 * @example
 * ```ts
 * import { probabilityAlive } from "@rapport/churn";
 * probabilityAlive(
 *   { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 },
 *   { frequency: 2, recency: 30.43, T: 38.86 },
 * ); // ≈ 0.727
 * ```
 */
export function probabilityAlive(params: BgNbdParams, customer: FrequencyRecency): number {
  const x = customer.frequency;
  if (x === 0) return 1;
  const { r, alpha, a, b } = params;
  // One log of the ratio (a benign number ≥ 1) instead of two logs: same accuracy, half the work.
  const logOdds =
    Math.log(a / (b + x - 1)) +
    (r + x) * Math.log((alpha + customer.T) / (alpha + customer.recency));
  return 1 / (1 + Math.exp(logOdds));
}
