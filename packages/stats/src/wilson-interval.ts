import { checkCount } from "./check-count";
import { checkLevel } from "./check-level";
import { criticalZ } from "./critical-z";
import { expectedMessage } from "./expected-message";
import type { Interval } from "./interval";

/**
 * The Wilson score interval for a proportion `successes / n`, on the 0..1 scale. Unlike the
 * plain Wald interval it stays inside [0, 1] and keeps its coverage for small samples and
 * proportions near 0 or 1. Returns `null` when `n` is 0. Counts must be whole numbers with
 * `successes ≤ n` (a `RangeError` otherwise); `level` defaults to 0.95. For a share in percent
 * with its counts, use {@link proportion}.
 *
 * Source: E. B. Wilson (1927), "Probable inference, the law of succession, and statistical
 * inference", JASA 22(158); as in Agresti & Coull (1998), eq. 2.
 *
 * @example
 * ```ts
 * import { wilsonInterval } from "@rapport/stats";
 * wilsonInterval(81, 263); // { lower: 0.2553…, upper: 0.3662…, level: 0.95, method: "wilson" }
 * ```
 */
export function wilsonInterval(
  successes: number,
  n: number,
  options: { readonly level?: number } = {},
): Interval | null {
  const level = checkLevel("wilsonInterval: options.level", options?.level ?? 0.95);
  checkCount("wilsonInterval: n", n);
  checkCount("wilsonInterval: successes", successes);
  if (successes > n) {
    throw new RangeError(
      expectedMessage("wilsonInterval: successes", `a whole number from 0 to n (${n})`, successes),
    );
  }
  if (n === 0) return null;
  const z = criticalZ(level);
  const p = successes / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n));
  // At 0 and n successes the bounds are exactly 0 and 1; rounding would leave 1 − 1e-16.
  return {
    lower: successes === 0 ? 0 : Math.max(0, centre - half),
    upper: successes === n ? 1 : Math.min(1, centre + half),
    level,
    method: "wilson",
  };
}
