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
    rejectInput(params, customer);
  }
  if (x === 0) return 1;
  // One log (of the ratio, a benign number ≥ 1) and one exp: a/(b+x−1) multiplies the power
  // instead of adding its log to the exponent, which saves a log per customer. Only when that
  // product overflows (a frequency in the hundreds) are the odds formed wholly in logs, where
  // a/(b+x−1) < 1 can bring them back into range.
  const logRatio = Math.log((alpha + T) / (alpha + recency));
  const odds = (a / (b + x - 1)) * Math.exp((r + x) * logRatio);
  return odds < Number.POSITIVE_INFINITY ? 1 / (1 + odds) : inLogs(params, x, logRatio);
}

// The rare paths live outside probabilityAlive, which stays small enough for the engine to
// inline into a caller's loop over millions of customers.

/** Throws the `RangeError` that names the bad parameter or field. */
function rejectInput(params: BgNbdParams, customer: FrequencyRecency): void {
  checkBgNbdParams(params, "probabilityAlive");
  checkFrequencyRecency(customer, "probabilityAlive: customer");
}

/** P(alive) with the odds formed wholly in logs, for odds beyond the largest double. */
function inLogs({ r, a, b }: BgNbdParams, x: number, logRatio: number): number {
  return 1 / (1 + Math.exp(Math.log(a / (b + x - 1)) + (r + x) * logRatio));
}
