import { type Interval, regularizedIncompleteBeta } from "@rapport/stats";

/**
 * The distribution-free confidence interval for the median from order statistics; internal.
 *
 * The number of values below the true median is Binomial(n, ½), whatever the distribution, so
 * [x₍ₖ₎, x₍ₙ₊₁₋ₖ₎] (1-based order statistics) covers it with probability at least
 * 1 − 2·P(B ≤ k − 1), B ~ Bin(n, ½). k is the largest rank with 2·P(B ≤ k − 1) ≤ 1 − level:
 * the narrowest such interval whose coverage is at least the level. `null` when even the
 * range [x₍₁₎, x₍ₙ₎] falls short of it (2·½ⁿ > 1 − level: n ≤ 5 at 95 %).
 *
 * P(B ≤ j) = I_{1/2}(n − j, j + 1), the regularized incomplete beta function.
 *
 * Source: W. J. Conover (1999), Practical Nonparametric Statistics, 3rd ed., §3.2 (confidence
 * interval for a quantile); SciPy's `quantile_test(...).confidence_interval()` is the same.
 *
 * @param sorted Values sorted ascending.
 */
export function medianInterval(sorted: ArrayLike<number>, level: number): Interval | null {
  const n = sorted.length;
  const tail = (1 - level) / 2;
  // P(B ≤ j) for B ~ Bin(n, ½).
  const cdf = (j: number) => (j >= n ? 1 : regularizedIncompleteBeta(0.5, n - j, j + 1));
  if (n === 0 || cdf(0) > tail) return null;
  // Largest j (0 ≤ j < n/2) with P(B ≤ j) ≤ tail, by bisection: the cdf grows with j.
  let low = 0;
  let high = Math.floor((n - 1) / 2);
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (cdf(middle) <= tail) low = middle;
    else high = middle - 1;
  }
  const k = low + 1;
  return {
    lower: sorted[k - 1]!,
    upper: sorted[n - k]!,
    level,
    method: "order-statistics",
  };
}
