import { checkNumber } from "./check-arguments";
import { expectedMessage } from "./expected-message";

/**
 * The `p`-th quantile (0 ≤ p ≤ 1) of numbers sorted ascending, by linear interpolation
 * between order statistics: h = (n − 1)·p, result = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
 * This is Hyndman & Fan's (1996) definition 7, the default of numpy (`method="linear"`), R
 * (`type = 7`) and Excel's PERCENTILE.INC. Returns `null` for an empty list. The input must
 * already be sorted (a list out of order, or holding `NaN`, is a `RangeError` naming the first
 * misplaced position); it is not changed.
 *
 * Source: R. J. Hyndman, Y. Fan (1996), "Sample quantiles in statistical packages", The
 * American Statistician 50(4).
 *
 * @example
 * ```ts
 * import { percentile } from "@rapport/stats";
 * percentile([1, 2, 3, 4], 0.9); // 3.7  (h = 2.7: 3 + 0.7 × (4 − 3))
 * percentile([1, 2, 3, 4], 0.5); // 2.5
 * ```
 */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (!Array.isArray(sorted)) {
    throw new TypeError(expectedMessage("percentile: sorted", "an array of numbers", sorted));
  }
  if (!(checkNumber("percentile: p", p) >= 0 && p <= 1)) {
    throw new RangeError(expectedMessage("percentile: p", "a number from 0 to 1", p));
  }
  const n = sorted.length;
  if (n === 0) return null;
  // An unsorted list would give a plausible but wrong number: check in one pass.
  for (let i = 0; i < n; i++) {
    const value = sorted[i]!;
    if (Number.isNaN(value) || (i > 0 && value < sorted[i - 1]!)) {
      throw new RangeError(
        expectedMessage(
          `percentile: sorted[${i}]`,
          i > 0 ? `a number ≥ sorted[${i - 1}] (${sorted[i - 1]}), sorted ascending` : "a number",
          value,
        ),
      );
    }
  }
  const h = (n - 1) * p;
  const lower = Math.floor(h);
  const below = sorted[lower]!;
  if (lower === n - 1) return below;
  return below + (h - lower) * (sorted[lower + 1]! - below);
}
