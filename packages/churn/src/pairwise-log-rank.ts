import { adjustPValues, expectedMessage, oneOf, type PValueAdjustment } from "@rapport/stats";
import { exitOrder } from "./exit-order";
import { logRankChiSquare, logRankSums } from "./log-rank-sums";
import { checkLogRankInput, type GroupLabel, type LogRankTestOptions } from "./log-rank-test";

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
 * The subjects are checked and sorted once; each pair then costs one sweep over its subjects.
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
  // Every argument is checked once, and the subjects put in exit order once: each pair's
  // subjects, taken from that order, reach the risk table already sorted, ties in subject
  // order as sorting the pair's own copy would leave them, so the figures are those of a
  // two-group logRankTest on the pair's subjects alone, to the last bit.
  const input = checkLogRankInput(fn, durations, observed, groups, options);
  const { data, spec } = input;
  const { names, index } = input.groups;
  const strataOf = input.strata.index;
  const n = data.durations.length;
  const byExit = exitOrder(data.durations);
  const pairGroup = new Int32Array(n);
  const stratumRank = new Int32Array(input.strata.names.length);
  const tests: Omit<PairwiseComparison, "adjustedPValue">[] = [];
  for (let a = 0; a < names.length; a++) {
    for (let b = a + 1; b < names.length; b++) {
      // The pair's strata in order of first appearance among its subjects, as a test on the
      // pair alone would number them (the strata are summed in that order).
      stratumRank.fill(-1);
      let strataSeen = 0;
      for (let i = 0; i < n; i++) {
        const g = index[i]!;
        if (g !== a && g !== b) continue;
        pairGroup[i] = g === a ? 0 : 1;
        if (stratumRank[strataOf[i]!] === -1) stratumRank[strataOf[i]!] = strataSeen++;
      }
      const members: number[][] = Array.from({ length: strataSeen }, () => []);
      for (const i of byExit) {
        const g = index[i]!;
        if (g === a || g === b) members[stratumRank[strataOf[i]!]!]!.push(i);
      }
      const sums = logRankSums(data, members, pairGroup, 2, spec, true);
      tests.push({
        groups: [names[a]!, names[b]!],
        ...logRankChiSquare(sums),
        observed: [sums.observed[0]!, sums.observed[1]!],
        expected: [sums.expected[0]!, sums.expected[1]!],
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
