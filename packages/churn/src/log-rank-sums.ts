// The pieces of the log-rank test that logRankTest and pairwiseLogRank share: the group and
// stratum labels indexed once, the sums over the risk tables of each stratum, and the
// chi-square of those sums. Internal.
import {
  chiSquareSurvival,
  expectedMessage,
  solvePositiveDefinite,
  symmetricEigen,
} from "@rapport/stats";
import { type WeightingSpec, weightsOf } from "./log-rank-weighting";
import { riskTable } from "./risk-table";
import type { SurvivalData } from "./survival-data";

/** Checks group or stratum labels: strings or finite numbers, one per duration; internal. */
export function checkLabels(
  where: string,
  labels: unknown,
  n: number,
): readonly (string | number)[] {
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
export function indexLabels<L extends string | number>(
  labels: readonly L[],
): { names: L[]; index: Int32Array } {
  const positions = new Map<L, number>();
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

/** Observed and expected events, scores and their covariance, per group; internal. */
export interface LogRankSums {
  readonly observed: number[];
  readonly expected: number[];
  readonly score: number[];
  readonly variance: number[][];
}

/**
 * Sums O, E, U and V over the strata, each stratum the subjects of one `members` list (sorted
 * by exit in its risk table, unless `inExitOrder` says they already are), in `k` groups by
 * `groupOf[i]`. Internal.
 */
export function logRankSums(
  data: SurvivalData,
  members: readonly (readonly number[])[],
  groupOf: ArrayLike<number>,
  k: number,
  spec: WeightingSpec,
  inExitOrder = false,
): LogRankSums {
  const observedSum = new Array<number>(k).fill(0);
  const expected = new Array<number>(k).fill(0);
  const score = new Array<number>(k).fill(0);
  const variance = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (const stratum of members) {
    const rows = riskTable(data, stratum, groupOf, k, inExitOrder);
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
  return { observed: observedSum, expected, score, variance };
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
 * The chi-square test of the sums: U′V⁻¹U over the groups with expected events > 0, less the
 * first of them, as R's `survdiff`; `null` fields when fewer than two groups have any.
 * Internal.
 */
export function logRankChiSquare(sums: LogRankSums): {
  statistic: number | null;
  df: number;
  pValue: number | null;
} {
  const { expected, score, variance } = sums;
  const kept = expected.map((_, g) => g).filter((g) => expected[g]! > 0);
  const form =
    kept.length < 2
      ? null
      : quadraticForm(
          kept.slice(1).map((g) => score[g]!),
          kept.slice(1).map((g) => kept.slice(1).map((h) => variance[g]![h]!)),
        );
  if (form === null) return { statistic: null, df: 0, pValue: null };
  const pValue = Math.min(1, Math.max(0, chiSquareSurvival(form.statistic, form.df)));
  return { statistic: form.statistic, df: form.df, pValue };
}
