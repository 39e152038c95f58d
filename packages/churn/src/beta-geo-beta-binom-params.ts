import { expectedMessage } from "@rapport/stats";
import { checkPositiveParams } from "./check-positive-params";

/**
 * One customer's history over discrete transaction opportunities (a yearly event, a weekly
 * issue, a monthly draw), as the BG/BB model sees it.
 *
 * @example
 * ```ts
 * import type { DiscreteHistory } from "@rapport/churn";
 * // Gave in 3 of the 6 years after the first gift, the last time in year 5.
 * const donor: DiscreteHistory = { frequency: 3, recency: 5, periods: 6 };
 * ```
 */
export interface DiscreteHistory {
  /** Repeat transactions x: opportunities with a transaction, a whole number from 0 to `periods`. */
  readonly frequency: number;
  /** The opportunity of the last repeat transaction, tₓ (x ≤ tₓ ≤ n; 0 when x = 0). */
  readonly recency: number;
  /** Opportunities observed after the first transaction, n ≥ 1. */
  readonly periods: number;
}

/**
 * The four BG/BB parameters (Fader, Hardie & Shang 2010): while alive a customer transacts at
 * each opportunity with probability p ~ Beta(α, β), and drops out before each opportunity with
 * probability θ ~ Beta(γ, δ).
 *
 * @example
 * ```ts
 * import type { BetaGeoBetaBinomParams } from "@rapport/churn";
 * const donations: BetaGeoBetaBinomParams = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
 * ```
 */
export interface BetaGeoBetaBinomParams {
  /** First shape of the beta distribution of transaction probabilities p. */
  readonly alpha: number;
  /** Second shape of the beta distribution of p. */
  readonly beta: number;
  /** First shape of the beta distribution of drop-out probabilities θ. */
  readonly gamma: number;
  /** Second shape of the beta distribution of θ. */
  readonly delta: number;
}

export const BGBB_KEYS = ["alpha", "beta", "gamma", "delta"] as const;

/** RangeError naming the parameter unless α, β, γ, δ are finite and > 0. Internal. */
export function checkBetaGeoBetaBinomParams(
  params: BetaGeoBetaBinomParams,
  fn: string,
  label = "params",
): void {
  checkPositiveParams(params, BGBB_KEYS, fn, label);
}

/**
 * RangeError naming the field unless n is a whole number ≥ 1, x a whole number from 0 to n and
 * tₓ a whole number from x to n (0 when x = 0). `where` prefixes the field. Internal.
 */
export function checkDiscreteHistory(c: DiscreteHistory, where: string): void {
  const { frequency: x, recency: tx, periods: n } = c;
  if (!(Number.isSafeInteger(n) && n >= 1)) {
    throw new RangeError(expectedMessage(`${where}.periods`, "a whole number ≥ 1", n));
  }
  if (!(Number.isSafeInteger(x) && x >= 0 && x <= n)) {
    throw new RangeError(
      expectedMessage(`${where}.frequency`, `a whole number from 0 to periods (${n})`, x),
    );
  }
  const low = x === 0 ? 0 : x;
  const high = x === 0 ? 0 : n;
  if (!(Number.isSafeInteger(tx) && tx >= low && tx <= high)) {
    const expected =
      x === 0
        ? "0 (no repeat transaction)"
        : `a whole number from frequency (${x}) to periods (${n})`;
    throw new RangeError(expectedMessage(`${where}.recency`, expected, tx));
  }
}
