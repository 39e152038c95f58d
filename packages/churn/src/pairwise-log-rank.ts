import { adjustPValues, expectedMessage, oneOf, type PValueAdjustment } from "@rapport/stats";
import { type GroupLabel, type LogRankTestOptions, runLogRank } from "./log-rank-test";

/**
 * Options for {@link pairwiseLogRank}: those of {@link logRankTest} and the adjustment.
 *
 * @example
 * ```ts
 * import type { PairwiseLogRankOptions } from "@rapport/churn";
 * const options: PairwiseLogRankOptions = { adjust: "benjamini-hochberg", weighting: "peto-peto" };
 * ```
 */
export interface PairwiseLogRankOptions extends LogRankTestOptions {
  /** The multiple-comparison adjustment (default `"holm"`); see `adjustPValues` of `@rapport/stats`. */
  readonly adjust?: PValueAdjustment;
}

/**
 * One pair of groups compared by {@link pairwiseLogRank}.
 *
 * @example
 * ```ts
 * import type { PairwiseComparison } from "@rapport/churn";
 * const show = (c: PairwiseComparison) => `${c.groups.join(" vs ")}: p = ${c.adjustedPValue}`;
 * ```
 */
export interface PairwiseComparison {
  /** The two groups, in their order of first appearance. */
  readonly groups: readonly [GroupLabel, GroupLabel];
  /** The two-group test's chi-square statistic (`null` if there is no test). */
  readonly statistic: number | null;
  /** Its degrees of freedom (1, or 0 with no test). */
  readonly df: number;
  /** Its unadjusted p-value (`null` if there is no test). */
  readonly pValue: number | null;
  /** The adjusted p-value (`null` if there is no test). */
  readonly adjustedPValue: number | null;
  /** Events observed in each of the two groups (weighted). */
  readonly observed: readonly [number, number];
  /** Events expected in each under equal hazards. */
  readonly expected: readonly [number, number];
}

/**
 * The result of {@link pairwiseLogRank}.
 *
 * @example
 * ```ts
 * import type { PairwiseLogRank } from "@rapport/churn";
 * const significant = (r: PairwiseLogRank) =>
 *   r.comparisons.filter((c) => (c.adjustedPValue ?? 1) < 0.05);
 * ```
 */
export interface PairwiseLogRank {
  /** One comparison per pair: (g₁, g₂), (g₁, g₃), …, (g₂, g₃), … in order of first appearance. */
  readonly comparisons: PairwiseComparison[];
  /** The adjustment applied. */
  readonly adjust: PValueAdjustment;
}

const ADJUSTMENTS: readonly PValueAdjustment[] = [
  "holm",
  "benjamini-hochberg",
  "bonferroni",
  "none",
];

/**
 * Every pair of groups compared by its own {@link logRankTest} (on the two groups' subjects
 * only, with the same weighting, strata, weights and entry times), and the p-values adjusted
 * for multiple comparisons: Holm (default; controls the chance of any false positive) or
 * Benjamini-Hochberg (controls the expected share of false positives among the pairs called
 * different), as R's `survminer::pairwise_survdiff` (survdiff per pair, then `p.adjust`).
 * Its cost is one two-group test per pair: k(k − 1)/2 of them.
 * Run it after an overall k-group test, to say which groups differ. A pair without a test
 * (no events, say) keeps `null` p-values and does not count in the adjustment.
 *
 * @example
 * ```ts
 * import { pairwiseLogRank } from "@rapport/churn";
 * const result = pairwiseLogRank(
 *   [2, 3, 4, 5, 8, 9, 10, 12, 20, 25, 30, 40],
 *   [true, true, true, true, true, false, true, true, false, true, false, false],
 *   ["chat", "chat", "chat", "chat", "email", "email", "email", "email", "phone", "phone", "phone", "phone"],
 *   { adjust: "holm" },
 * );
 * result.comparisons.map((c) => c.groups); // [["chat", "email"], ["chat", "phone"], ["email", "phone"]]
 * ```
 */
export function pairwiseLogRank(
  durations: readonly number[],
  observed: readonly boolean[],
  groups: readonly GroupLabel[],
  options: PairwiseLogRankOptions = {},
): PairwiseLogRank {
  const fn = "pairwiseLogRank";
  const adjust = options.adjust ?? "holm";
  if (!ADJUSTMENTS.includes(adjust)) {
    throw new RangeError(expectedMessage(`${fn}: options.adjust`, oneOf(ADJUSTMENTS), adjust));
  }
  // The overall call checks every argument once and gives the groups in order.
  const overall = runLogRank(fn, durations, observed, groups, options);
  const names = overall.groups.map((g) => g.group);
  const pick = <T>(values: readonly T[] | undefined, at: number[]) =>
    values === undefined ? undefined : at.map((i) => values[i]!);
  const tests: Omit<PairwiseComparison, "adjustedPValue">[] = [];
  for (let a = 0; a < names.length; a++) {
    for (let b = a + 1; b < names.length; b++) {
      const at = groups.flatMap((g, i) => (g === names[a] || g === names[b] ? [i] : []));
      const subset: { -readonly [K in keyof LogRankTestOptions]: LogRankTestOptions[K] } = {
        ...options,
      };
      if (options.weights) subset.weights = pick(options.weights, at)!;
      if (options.entry) subset.entry = pick(options.entry, at)!;
      if (options.strata) subset.strata = pick(options.strata, at)!;
      const test = runLogRank(
        fn,
        pick(durations, at)!,
        pick(observed, at)!,
        pick(groups, at)!,
        subset,
      );
      const [first, second] = test.groups;
      tests.push({
        groups: [names[a]!, names[b]!],
        statistic: test.statistic,
        df: test.df,
        pValue: test.pValue,
        observed: [first!.observed, second!.observed],
        expected: [first!.expected, second!.expected],
      });
    }
  }
  const adjusted = adjustPValues(
    tests.map((t) => t.pValue),
    adjust,
  );
  return {
    comparisons: tests.map((t, i) => ({ ...t, adjustedPValue: adjusted[i]! })),
    adjust,
  };
}
