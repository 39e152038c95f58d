import type { BgNbdParams, FrequencyRecency } from "./bg-nbd-params";
import { checkBgNbdParams, checkFrequencyRecency } from "./check-bg-nbd";

/**
 * The probability that a customer with history (x, tₓ, T) is still "alive" (has not dropped
 * out) under the BG/NBD model: P = 1 / (1 + δₓ₍>₀₎ · a/(b+x−1) · ((α+T)/(α+tₓ))^(r+x))
 * (Fader, Hardie & Lee 2005, eq. 13; equals 1 when x = 0). The odds are formed in logs, so a
 * frequency of 200 or more neither overflows nor loses precision. Parameters that are not
 * positive numbers, or a history that is not one (x not a whole number ≥ 0, tₓ < 0, T < tₓ),
 * are a `RangeError` naming the field.
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
  const { r, alpha, a, b } = params;
  const { frequency: x, recency, T } = customer;
  // One inline test on values already read (this runs per customer, millions of times); the
  // checks that name the bad field run only when it fails.
  if (
    !(
      r > 0 &&
      alpha > 0 &&
      a > 0 &&
      b > 0 &&
      r + alpha + a + b < Number.POSITIVE_INFINITY &&
      Number.isInteger(x) &&
      x >= 0 &&
      recency >= 0 &&
      T >= recency &&
      T < Number.POSITIVE_INFINITY
    )
  ) {
    checkBgNbdParams(params, "probabilityAlive");
    checkFrequencyRecency(customer, "probabilityAlive: customer");
  }
  if (x === 0) return 1;
  // One log of the ratio (a benign number ≥ 1) instead of two logs: same accuracy, half the work.
  const logOdds = Math.log(a / (b + x - 1)) + (r + x) * Math.log((alpha + T) / (alpha + recency));
  return 1 / (1 + Math.exp(logOdds));
}
