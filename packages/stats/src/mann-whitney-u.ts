import { expectedMessage } from "./expected-message";
import { normalCdf } from "./normal-cdf";

/**
 * The result of {@link mannWhitneyU}: the statistic, the two sample sizes, the normal
 * deviate and the two-sided p-value.
 *
 * @example
 * ```ts
 * import type { MannWhitneyResult } from "@rapport/stats";
 * const verdict = (r: MannWhitneyResult) => (r.pValue !== null && r.pValue < 0.05 ? "differ" : "no evidence");
 * ```
 */
export interface MannWhitneyResult {
  /** U of the first sample (R's `W`): pairs (x, y) with x > y, ties counting ½. */
  readonly u: number;
  readonly n1: number;
  readonly n2: number;
  /** The continuity-corrected normal deviate; `null` when a sample is empty. */
  readonly z: number | null;
  /** Two-sided; `null` when a sample is empty, 1 when every value ties (U is its mean). */
  readonly pValue: number | null;
  readonly method: "normal approximation, tie and continuity corrected";
}

function checkSample(where: string, values: unknown): readonly number[] {
  if (!Array.isArray(values)) {
    throw new TypeError(expectedMessage(where, "an array of numbers", values));
  }
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== "number" || !Number.isFinite(value)) {
      const message = expectedMessage(`${where}[${i}]`, "a finite number", value);
      throw typeof value === "number" ? new RangeError(message) : new TypeError(message);
    }
  }
  return values as readonly number[];
}

/**
 * The Mann-Whitney U test (Wilcoxon rank-sum) of two independent samples: whether values of
 * one tend to be larger than the other's, without assuming a distribution. Mid-ranks for
 * ties; the two-sided p-value from the normal approximation with the tie correction of the
 * variance and a continuity correction of ½, as R's `wilcox.test(x, y, exact = FALSE,
 * correct = TRUE)` and SciPy's `mannwhitneyu(x, y, method="asymptotic")` give it
 * (Hollander, Wolfe & Chicken, Nonparametric Statistical Methods, 3rd ed., §4.1).
 *
 * @example
 * ```ts
 * import { mannWhitneyU } from "@rapport/stats";
 * const r = mannWhitneyU([10, 11, 12, 13, 14, 15], [1, 2, 3, 4, 5]);
 * r.u; // 30
 * r.pValue; // 0.00811 (SciPy's mannwhitneyu gives 0.008113117265565780)
 * ```
 */
export function mannWhitneyU(x: readonly number[], y: readonly number[]): MannWhitneyResult {
  const first = checkSample("mannWhitneyU: x", x);
  const second = checkSample("mannWhitneyU: y", y);
  const n1 = first.length;
  const n2 = second.length;
  const method = "normal approximation, tie and continuity corrected" as const;
  if (n1 === 0 || n2 === 0) return { u: 0, n1, n2, z: null, pValue: null, method };
  const all = [
    ...first.map((value) => ({ value, fromX: true })),
    ...second.map((value) => ({ value, fromX: false })),
  ];
  all.sort((a, b) => a.value - b.value);
  const n = n1 + n2;
  let rankSumX = 0;
  let ties = 0;
  for (let start = 0; start < n; ) {
    let end = start;
    while (end + 1 < n && all[end + 1]!.value === all[start]!.value) end++;
    const midRank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) if (all[k]!.fromX) rankSumX += midRank;
    const t = end - start + 1;
    ties += t * t * t - t;
    start = end + 1;
  }
  const u = rankSumX - (n1 * (n1 + 1)) / 2;
  const mean = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (n + 1 - ties / (n * (n - 1)));
  if (!(variance > 0)) return { u, n1, n2, z: 0, pValue: 1, method };
  const d = u - mean;
  const z = (d - Math.sign(d) * 0.5) / Math.sqrt(variance);
  const pValue = Math.min(1, 2 * normalCdf(-Math.abs(z)));
  return { u, n1, n2, z, pValue, method };
}
