import { checkLabels, indexLabels, logRankChiSquare, logRankSums } from "./log-rank-sums";
import { checkWeighting, type LogRankWeighting, type WeightingSpec } from "./log-rank-weighting";
import { checkSurvivalData, type SurvivalData, type SurvivalDataOptions } from "./survival-data";

/**
 * A group's label in {@link logRankTest}: a plan, a channel, a cohort.
 *
 * @example
 * ```ts
 * import type { GroupLabel } from "@rapport/churn";
 * const groups: GroupLabel[] = ["monthly", "annual", "monthly"];
 * ```
 */
export type GroupLabel = string | number;

/**
 * Options for {@link logRankTest} and {@link pairwiseLogRank}.
 *
 * @example
 * ```ts
 * import type { LogRankTestOptions } from "@rapport/churn";
 * const options: LogRankTestOptions = { weighting: "fleming-harrington", p: 0, q: 1 };
 * ```
 */
export interface LogRankTestOptions extends SurvivalDataOptions {
  /** The weight function (default `"log-rank"`); see {@link LogRankWeighting}. */
  readonly weighting?: LogRankWeighting;
  /** Fleming-Harrington's p, the exponent of Ŝ(t−); required with `"fleming-harrington"`. */
  readonly p?: number;
  /** Fleming-Harrington's q, the exponent of 1 − Ŝ(t−); required with `"fleming-harrington"`. */
  readonly q?: number;
  /**
   * A stratum label per subject (e.g. the customer's tier): the test compares groups within
   * each stratum and adds the strata's scores and variances (R's `+ strata(x)`). The weights
   * of the weighted tests use each stratum's own risk sets and Kaplan-Meier.
   */
  readonly strata?: readonly GroupLabel[];
}

/**
 * One group's line of a {@link LogRankTestResult}.
 *
 * @example
 * ```ts
 * import type { LogRankGroup } from "@rapport/churn";
 * const line = (g: LogRankGroup) => `${g.group}: ${g.observed} churned, ${g.expected.toFixed(1)} expected`;
 * ```
 */
export interface LogRankGroup {
  /** The group's label. */
  readonly group: GroupLabel;
  /** Subjects (records) in the group. */
  readonly n: number;
  /** Events observed in the group (weighted by the case weights, if any). */
  readonly observed: number;
  /** Events expected under the null hypothesis of equal hazards: Σ Yᵢg dᵢ / Yᵢ. */
  readonly expected: number;
  /** The weighted score Σ Wᵢ (dᵢg − Yᵢg dᵢ / Yᵢ); `observed − expected` for the log-rank test. */
  readonly score: number;
}

/**
 * The result of {@link logRankTest}.
 *
 * @example
 * ```ts
 * import type { LogRankTestResult } from "@rapport/churn";
 * const verdict = (t: LogRankTestResult) =>
 *   t.pValue === null ? "no test possible" : `χ²(${t.df}) = ${t.statistic!.toFixed(2)}, p = ${t.pValue.toFixed(3)}`;
 * ```
 */
export interface LogRankTestResult {
  /** One line per group, in order of first appearance. */
  readonly groups: LogRankGroup[];
  /** The covariance matrix of the groups' scores under the null hypothesis, k × k. */
  readonly variance: number[][];
  /**
   * The chi-square statistic, U′V⁻U over the groups with expected events > 0; `null` when
   * fewer than two groups have any (no events at all, a single group, a single subject).
   */
  readonly statistic: number | null;
  /** Degrees of freedom: groups with expected events > 0, minus 1 (the rank of V in general); 0 with no test. */
  readonly df: number;
  /** P(χ²_df ≥ statistic); `null` with no test. */
  readonly pValue: number | null;
  /** The weight function used. */
  readonly weighting: LogRankWeighting;
  /** Fleming-Harrington's p (0 for the other weightings). */
  readonly p: number;
  /** Fleming-Harrington's q (0 for the other weightings). */
  readonly q: number;
  /** Number of strata (1 without `options.strata`). */
  readonly strata: number;
}

/**
 * The log-rank test and its weighted relatives, for two or more groups, optionally stratified
 * (Klein & Moeschberger, "Survival Analysis", 2nd ed., §7.3 and §7.5): do the groups' hazards
 * differ? At each distinct event time tᵢ of a stratum, with Yᵢ at risk and dᵢ events in all,
 * Yᵢg and dᵢg in group g, and the weight Wᵢ of {@link LogRankWeighting}:
 *
 *   Ug = Σᵢ Wᵢ (dᵢg − Yᵢg dᵢ/Yᵢ),
 *   Vgh = Σᵢ Wᵢ² dᵢ (Yᵢ − dᵢ)/(Yᵢ − 1) · (Yᵢg/Yᵢ)(δgh − Yᵢh/Yᵢ)   (0 where Yᵢ ≤ 1),
 *
 * summed over strata. The statistic is U′V⁻¹U over the groups with expected events > 0, less
 * one of them (as R's `survdiff` does), chi-square with that many − 1 degrees of freedom
 * (p-value by `chiSquareSurvival` of `@rapport/stats`). With `weighting: "fleming-harrington"`,
 * `p: ρ, q: 0` it is R's `survdiff(…, rho = ρ)`. Case weights act as frequency weights and late
 * entry shrinks the risk sets (see {@link SurvivalDataOptions}).
 *
 * Degenerate data never give NaN: a group with no events still has its expected count and
 * takes part; tied times across groups share one risk set; with no events at all, a single
 * group or a single subject, `statistic` and `pValue` are `null` and `df` is 0.
 *
 * @example
 * ```ts
 * import { logRankTest } from "@rapport/churn";
 * const test = logRankTest(
 *   [3, 5, 7, 9, 2, 4, 4, 6],
 *   [true, true, false, true, true, true, true, false],
 *   ["annual", "annual", "annual", "annual", "monthly", "monthly", "monthly", "monthly"],
 * );
 * test.groups[1]!.observed; // 3 (monthly cancellations)
 * test.pValue! < 0.05; // false: 8 customers are too few to tell
 * ```
 */
export function logRankTest(
  durations: readonly number[],
  observed: readonly boolean[],
  groups: readonly GroupLabel[],
  options: LogRankTestOptions = {},
): LogRankTestResult {
  return runLogRank("logRankTest", durations, observed, groups, options);
}

/** The checked arguments of a log-rank test, groups and strata indexed; internal. */
export interface LogRankInput {
  readonly data: SurvivalData;
  /** The groups in order of first appearance, and each subject's position among them. */
  readonly groups: { names: GroupLabel[]; index: Int32Array };
  /** The strata likewise (one stratum, 0, without `options.strata`). */
  readonly strata: { names: GroupLabel[]; index: Int32Array };
  readonly spec: WeightingSpec;
}

/** Checks every argument of a log-rank test, naming `fn` in its messages; internal. */
export function checkLogRankInput(
  fn: string,
  durations: readonly number[],
  observed: readonly boolean[],
  groups: readonly GroupLabel[],
  options: LogRankTestOptions,
): LogRankInput {
  const data = checkSurvivalData(fn, durations, observed, options);
  const n = data.durations.length;
  const groupIndex = indexLabels(checkLabels(`${fn}: groups`, groups, n));
  const spec = checkWeighting(fn, options);
  const strata = indexLabels(
    options.strata === undefined
      ? new Array<number>(n).fill(0)
      : checkLabels(`${fn}: options.strata`, options.strata, n),
  );
  return { data, groups: groupIndex, strata, spec };
}

/** {@link logRankTest}, its messages naming `fn`; internal. */
export function runLogRank(
  fn: string,
  durations: readonly number[],
  observed: readonly boolean[],
  groups: readonly GroupLabel[],
  options: LogRankTestOptions,
): LogRankTestResult {
  const {
    data,
    groups: labels,
    strata,
    spec,
  } = checkLogRankInput(fn, durations, observed, groups, options);
  const { names, index } = labels;
  const n = data.durations.length;
  const k = names.length;
  const members: number[][] = strata.names.map(() => []);
  for (let i = 0; i < n; i++) members[strata.index[i]!]!.push(i);
  const sums = logRankSums(data, members, index, k, spec);
  const counts = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) counts[index[i]!]!++;
  return {
    groups: names.map((group, g) => ({
      group,
      n: counts[g]!,
      observed: sums.observed[g]!,
      expected: sums.expected[g]!,
      score: sums.score[g]!,
    })),
    variance: sums.variance,
    weighting: spec.weighting,
    p: spec.p,
    q: spec.q,
    strata: strata.names.length,
    ...logRankChiSquare(sums),
  };
}
