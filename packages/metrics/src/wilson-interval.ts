import { normalQuantile } from "./normal-quantile";

/**
 * A confidence interval: bounds, the confidence level and the method that produced it.
 *
 * @example
 * ```ts
 * import type { Interval } from "@rapport/metrics";
 * const show = (i: Interval) => `${i.lower.toFixed(1)}–${i.upper.toFixed(1)} (${i.level * 100}% ${i.method})`;
 * ```
 */
export interface Interval {
  readonly lower: number;
  readonly upper: number;
  /** The confidence level, e.g. 0.95. */
  readonly level: number;
  /** How it was computed, e.g. `"wilson"`, `"adjusted-wald"`, `"student-t"`. */
  readonly method: string;
}

/**
 * The Wilson score interval for a proportion `successes / n`, on the 0..1 scale. Unlike the
 * plain Wald interval it stays inside [0, 1] and keeps its coverage for small samples and
 * proportions near 0 or 1. Returns `null` when `n` is 0.
 *
 * Source: E. B. Wilson (1927), "Probable inference, the law of succession, and statistical
 * inference", JASA 22(158); as in Agresti & Coull (1998), eq. 2.
 *
 * @example
 * ```ts
 * import { wilsonInterval } from "@rapport/metrics";
 * wilsonInterval(81, 263); // { lower: 0.2553…, upper: 0.3662…, level: 0.95, method: "wilson" }
 * ```
 */
export function wilsonInterval(
  successes: number,
  n: number,
  options: { readonly level?: number } = {},
): Interval | null {
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1)) {
    throw new RangeError(`wilsonInterval: expected level between 0 and 1, received ${level}`);
  }
  if (
    !Number.isInteger(n) ||
    n < 0 ||
    !Number.isInteger(successes) ||
    successes < 0 ||
    successes > n
  ) {
    throw new RangeError(
      `wilsonInterval: expected integers 0 ≤ successes ≤ n, received successes ${successes}, n ${n}`,
    );
  }
  if (n === 0) return null;
  const z = normalQuantile(1 - (1 - level) / 2);
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
