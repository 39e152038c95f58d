import {
  chiSquareSurvival,
  expectedMessage,
  solvePositiveDefinite,
  symmetricEigen,
} from "@rapport/stats";
import { checkWeighting, type LogRankWeighting, weightsOf } from "./log-rank-weighting";
import { riskTable } from "./risk-table";
import { checkSurvivalData, type SurvivalDataOptions } from "./survival-data";

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
  /** Fleming-Harrington's p and q (0 and 0 for the other weightings). */
  readonly p: number;
  readonly q: number;
  /** Number of strata (1 without `options.strata`). */
  readonly strata: number;
}

function checkLabels(where: string, labels: unknown, n: number): GroupLabel[] {
  if (!Array.isArray(labels)) {
    throw new TypeError(expectedMessage(where, "an array of strings or numbers", labels));
  }
  if (labels.length !== n) {
    throw new RangeError(
      expectedMessage(where, `an array of ${n}, one entry per duration`, labels),
    );
  }
  labels.forEach((label, i) => {
    if (typeof label === "string") return;
    if (typeof label === "number" && Number.isFinite(label)) return;
    const message = expectedMessage(`${where}[${i}]`, "a string or a finite number", label);
    throw typeof label === "number" ? new RangeError(message) : new TypeError(message);
  });
  return labels;
}

/** Index of each label in order of first appearance; internal. */
function indexLabels(labels: readonly GroupLabel[]): { names: GroupLabel[]; index: Int32Array } {
  const positions = new Map<GroupLabel, number>();
  const index = new Int32Array(labels.length);
  labels.forEach((label, i) => {
    let at = positions.get(label);
    if (at === undefined) {
      at = positions.size;
      positions.set(label, at);
    }
    index[i] = at;
  });
  return { names: [...positions.keys()], index };
}

/** U′V⁻U and its degrees of freedom, by Cholesky, or by eigenvalues where V is singular. */
function quadraticForm(u: number[], v: number[][]): { statistic: number; df: number } | null {
  try {
    const x = solvePositiveDefinite(v, u);
    return {
      statistic: Math.max(
        0,
        u.reduce((sum, ui, i) => sum + ui * x[i]!, 0),
      ),
      df: u.length,
    };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  const { values, vectors } = symmetricEigen(v);
  const tolerance = 1e-10 * Math.max(0, ...values);
  let statistic = 0;
  let df = 0;
  values.forEach((lambda, k) => {
    if (!(lambda > tolerance)) return;
    const projection = vectors[k]!.reduce((sum, vk, i) => sum + vk * u[i]!, 0);
    statistic += (projection * projection) / lambda;
    df++;
  });
  return df === 0 ? null : { statistic, df };
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
  const fn = "logRankTest";
  const data = checkSurvivalData(fn, durations, observed, options);
  const n = data.durations.length;
  const { names, index } = indexLabels(checkLabels(`${fn}: groups`, groups, n));
  const spec = checkWeighting(fn, options);
  const strata = indexLabels(
    options.strata === undefined
      ? new Array<number>(n).fill(0)
      : checkLabels(`${fn}: options.strata`, options.strata, n),
  );
  const k = names.length;
  const members: number[][] = strata.names.map(() => []);
  for (let i = 0; i < n; i++) members[strata.index[i]!]!.push(i);
  const observedSum = new Array<number>(k).fill(0);
  const expected = new Array<number>(k).fill(0);
  const score = new Array<number>(k).fill(0);
  const variance = names.map(() => new Array<number>(k).fill(0));
  for (const stratum of members) {
    const rows = riskTable(data, stratum, index, k);
    const w = weightsOf(rows, spec);
    rows.forEach((row, r) => {
      const { totalAtRisk: y, totalEvents: d } = row;
      const spread = y > 1 ? (w[r]! * w[r]! * d * (y - d)) / (y - 1) : 0;
      for (let g = 0; g < k; g++) {
        const share = row.atRisk[g]! / y;
        observedSum[g]! += row.events[g]!;
        expected[g]! += share * d;
        score[g]! += w[r]! * (row.events[g]! - share * d);
        if (spread === 0 || share === 0) continue;
        for (let h = 0; h < k; h++) {
          variance[g]![h]! += spread * share * ((g === h ? 1 : 0) - row.atRisk[h]! / y);
        }
      }
    });
  }
  const counts = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) counts[index[i]!]!++;
  const result = {
    groups: names.map((group, g) => ({
      group,
      n: counts[g]!,
      observed: observedSum[g]!,
      expected: expected[g]!,
      score: score[g]!,
    })),
    variance,
    weighting: spec.weighting,
    p: spec.p,
    q: spec.q,
    strata: strata.names.length,
  };
  const kept = names.map((_, g) => g).filter((g) => expected[g]! > 0);
  const form =
    kept.length < 2
      ? null
      : quadraticForm(
          kept.slice(1).map((g) => score[g]!),
          kept.slice(1).map((g) => kept.slice(1).map((h) => variance[g]![h]!)),
        );
  if (form === null) return { ...result, statistic: null, df: 0, pValue: null };
  const pValue = Math.min(1, Math.max(0, chiSquareSurvival(form.statistic, form.df)));
  return { ...result, statistic: form.statistic, df: form.df, pValue };
}
