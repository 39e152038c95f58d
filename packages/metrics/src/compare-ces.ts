import { expectedMessage, studentTCdf, studentTQuantile } from "@rapport/stats";
import type { CesScore } from "./ces";
import { type CompareOptions, type Comparison, emptyComparison } from "./comparison";
import { checkLevel } from "./score-options";

/**
 * Compares two CES scores of the same scale with Welch's t test: `difference` = mean(a) −
 * mean(b) in scale points (positive: a found it easier), se = √(s²a/na + s²b/nb), degrees of
 * freedom by Welch–Satterthwaite, interval = difference ± t(1 − α/2, df)·se, two-sided
 * p-value from Student's t. Needs at least two answers on each side. Throws a `RangeError` for
 * scores of different scales.
 *
 * Source: B. L. Welch (1947), "The generalization of 'Student's' problem when several
 * different population variances are involved", Biometrika 34; F. E. Satterthwaite (1946).
 *
 * @example
 * ```ts
 * import { ces, compareCes } from "@rapport/metrics";
 * const change = compareCes(ces([7, 6, 6, 5, 7, 6]), ces([4, 5, 3, 6, 4, 5]));
 * change.difference; // 1.666… (6.17 − 4.5)
 * change.statisticName; // "t"
 * ```
 */
export function compareCes(a: CesScore, b: CesScore, options: CompareOptions = {}): Comparison {
  const level = checkLevel("compareCes", options.level ?? 0.95);
  if (a.scale !== b.scale) {
    throw new RangeError(
      expectedMessage(
        "compareCes: b.scale",
        `the scale of a (${JSON.stringify(a.scale)})`,
        b.scale,
      ),
    );
  }
  const difference = a.value !== null && b.value !== null ? a.value - b.value : null;
  if (difference === null || a.sd === null || b.sd === null) {
    return emptyComparison(difference, "t", level);
  }
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  const se = Math.sqrt(va + vb);
  if (se === 0) return emptyComparison(difference, "t", level);
  const df = (va + vb) ** 2 / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  const half = studentTQuantile(1 - (1 - level) / 2, df) * se;
  const statistic = difference / se;
  const pValue = 2 * studentTCdf(-Math.abs(statistic), df);
  return {
    difference,
    interval: { lower: difference - half, upper: difference + half, level, method: "welch-t" },
    statistic,
    statisticName: "t",
    degreesOfFreedom: df,
    pValue,
    significant: pValue < 1 - level,
    level,
  };
}
