import {
  type Correlation,
  type CorrelationOptions,
  checkPairs,
  fisherInterval,
  pearsonValue,
} from "./correlation";

/**
 * Pearson's product-moment correlation of paired values (Pearson 1896), with the Fisher
 * z-transformation interval (Fisher 1921): tanh(atanh(r) ± z·√(1/(n − 3))). Lists of
 * different lengths, or holding a value that is not a finite number, are rejected.
 *
 * @example
 * ```ts
 * import { pearsonCorrelation } from "@rapport/stats";
 * const r = pearsonCorrelation([1, 2, 3, 4, 5, 6, 7, 8], [2, 1, 4, 3, 7, 8, 6, 9]);
 * r.value; // 0.8964… (scipy.stats.pearsonr)
 * r.interval; // { lower: 0.5206…, upper: 0.9812…, level: 0.95, method: "fisher-z" }
 * ```
 */
export function pearsonCorrelation(
  xs: readonly number[],
  ys: readonly number[],
  options: CorrelationOptions = {},
): Correlation {
  checkPairs("pearsonCorrelation", xs, ys);
  const value = pearsonValue(xs, ys);
  return {
    value,
    n: xs.length,
    interval: fisherInterval(value, xs.length, 1, options, "pearsonCorrelation"),
  };
}
