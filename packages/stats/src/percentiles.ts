import { expectedMessage } from "./expected-message";
import { percentile } from "./percentile";

/**
 * Several quantiles of numbers in any order: the values are copied and sorted numerically
 * once, then each `p` (0 ≤ p ≤ 1) is read as by {@link percentile} (Hyndman & Fan's definition
 * 7, the default of numpy and R). Each result is `null` for an empty list. A value that is
 * not a number, or `NaN`, is rejected; the input is not changed.
 *
 * @example
 * ```ts
 * import { percentiles } from "@rapport/stats";
 * percentiles([4, 1, 3, 2], [0.5, 0.9]); // [2.5, 3.7]
 * ```
 */
export function percentiles(values: readonly number[], ps: readonly number[]): (number | null)[] {
  if (!Array.isArray(values)) {
    throw new TypeError(expectedMessage("percentiles: values", "an array of numbers", values));
  }
  if (!Array.isArray(ps)) {
    throw new TypeError(expectedMessage("percentiles: ps", "an array of numbers", ps));
  }
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== "number") {
      throw new TypeError(expectedMessage(`percentiles: values[${i}]`, "a number", value));
    }
    if (Number.isNaN(value)) {
      throw new RangeError(expectedMessage(`percentiles: values[${i}]`, "a number", value));
    }
  }
  // A typed-array sort is numeric, which the default Array sort is not.
  const sorted = Array.from(Float64Array.from(values).sort());
  return ps.map((p) => percentile(sorted, p));
}
