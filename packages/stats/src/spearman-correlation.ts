import {
  type Correlation,
  type CorrelationOptions,
  checkPairs,
  fisherInterval,
  pearsonValue,
} from "./correlation";

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

/**
 * Spearman's rank correlation: Pearson's on the ranks, ties given their mean rank (Spearman
 * 1904), with the Fisher interval tanh(atanh(ρ) ± z·√(1.06/(n − 3))) (Fieller, Hartley &
 * Pearson 1957). Lists are checked as by {@link pearsonCorrelation}.
 *
 * @example
 * ```ts
 * import { spearmanCorrelation } from "@rapport/stats";
 * spearmanCorrelation([1, 2, 3, 4, 5, 6, 7, 8], [1, 1, 2, 3, 3, 3, 5, 4]).value; // 0.9452… (scipy.stats.spearmanr)
 * ```
 */
export function spearmanCorrelation(
  xs: readonly number[],
  ys: readonly number[],
  options: CorrelationOptions = {},
): Correlation {
  checkPairs("spearmanCorrelation", xs, ys);
  const value = pearsonValue(ranks(xs), ranks(ys));
  return {
    value,
    n: xs.length,
    interval: fisherInterval(value, xs.length, 1.06, options, "spearmanCorrelation"),
  };
}
