import { expectedMessage, newcombeInterval } from "@rapport/stats";
import { type CompareOptions, type Comparison, emptyComparison, zComparison } from "./comparison";
import type { CsatScore } from "./csat";
import { checkLevel } from "./score-options";

/**
 * Compares two CSAT scores of the same scale: `difference` = CSAT(a) − CSAT(b) in percentage
 * points, Newcombe's hybrid score interval of the difference (built from the two Wilson
 * intervals; Newcombe 1998, Statistics in Medicine 17, method 10), and the pooled two-sample
 * z test of equal proportions with its two-sided p-value (e.g. Agresti, "Categorical Data
 * Analysis", §2.2 / 3.1). Throws a `RangeError` for scores of different scales.
 *
 * @example
 * ```ts
 * import { compareCsat, csatFromCounts } from "@rapport/metrics";
 * const change = compareCsat(
 *   csatFromCounts({ good: 90, bad: 10 }, { scale: "binary" }),
 *   csatFromCounts({ good: 75, bad: 25 }, { scale: "binary" }),
 * );
 * change.difference; // 15
 * change.pValue; // 0.0052…
 * ```
 */
export function compareCsat(a: CsatScore, b: CsatScore, options: CompareOptions = {}): Comparison {
  const level = checkLevel("compareCsat", options.level ?? 0.95);
  if (a.scale !== b.scale) {
    throw new RangeError(
      expectedMessage(
        "compareCsat: b.scale",
        `the scale of a (${JSON.stringify(a.scale)})`,
        b.scale,
      ),
    );
  }
  if (a.n === 0 || b.n === 0) return emptyComparison(null, "z", level);
  const d = a.successes / a.n - b.successes / b.n;
  const difference = (a.successes * 100) / a.n - (b.successes * 100) / b.n;
  const newcombe = newcombeInterval(a.successes, a.n, b.successes, b.n, { level })!;
  const interval = { ...newcombe, lower: newcombe.lower * 100, upper: newcombe.upper * 100 };
  const pooled = (a.successes + b.successes) / (a.n + b.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
  if (se === 0) return { ...emptyComparison(difference, "z", level), interval };
  return zComparison(difference, interval, d / se, level);
}
