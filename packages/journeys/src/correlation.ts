import type { Interval } from "@rapport/metrics";

/** The 0.975 quantile of the standard normal distribution (two-sided 95 %). */
const Z_975 = 1.959963984540054;

/**
 * A correlation coefficient with its sample: `value` from -1 to 1 and a 95 % interval from
 * the Fisher z-transformation; `value` is `null` when it is undefined (fewer than 2 pairs, or
 * one side constant) and `interval` is `null` also when there are fewer than 4 pairs or the
 * value is exactly ±1 (where atanh is infinite).
 *
 * @example
 * ```ts
 * import type { Correlation } from "@rapport/journeys";
 * const strong = (c: Correlation) => c.value !== null && Math.abs(c.value) >= 0.5;
 * ```
 */
export interface Correlation {
  /** The coefficient, or `null`. */
  readonly value: number | null;
  /** The number of pairs. */
  readonly n: number;
  /** The 95 % interval, or `null`. */
  readonly interval: Interval | null;
}

function pearsonValue(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 2) return null;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i++) {
    meanX += xs[i]!;
    meanY += ys[i]!;
  }
  meanX /= n;
  meanY /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - meanX;
    const dy = ys[i]! - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

// Fisher (1921): atanh(r) is about normal with standard error 1/√(n−3); Spearman's ρ uses
// √(1.06/(n−3)) (Fieller, Hartley & Pearson 1957).
function fisherInterval(
  value: number | null,
  n: number,
  variance: number,
  method: string,
): Interval | null {
  if (value === null || n < 4 || Math.abs(value) === 1) return null;
  const centre = Math.atanh(value);
  const half = Z_975 * Math.sqrt(variance / (n - 3));
  return { lower: Math.tanh(centre - half), upper: Math.tanh(centre + half), level: 0.95, method };
}

/** Ranks from 1, ties sharing the mean of their ranks. */
function ranks(values: readonly number[]): number[] {
  const order = values.map((_, index) => index).sort((a, b) => values[a]! - values[b]!);
  const result = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && values[order[end + 1]!] === values[order[start]!]) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) result[order[k]!] = rank;
    start = end + 1;
  }
  return result;
}

/** Pearson's product-moment correlation of paired values (Pearson 1896). */
export function pearson(xs: readonly number[], ys: readonly number[]): Correlation {
  const value = pearsonValue(xs, ys);
  return { value, n: xs.length, interval: fisherInterval(value, xs.length, 1, "fisher-z") };
}

/** Spearman's rank correlation: Pearson's on the ranks, ties given their mean rank (Spearman 1904). */
export function spearman(xs: readonly number[], ys: readonly number[]): Correlation {
  const value = pearsonValue(ranks(xs), ranks(ys));
  return { value, n: xs.length, interval: fisherInterval(value, xs.length, 1.06, "fisher-z") };
}
