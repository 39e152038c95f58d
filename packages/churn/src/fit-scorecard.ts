import { type AucResult, expectedMessage, rocAuc, seededRandom } from "@rapport/stats";

/**
 * Options of {@link fitScorecard}.
 *
 * @example
 * ```ts
 * import type { FitScorecardOptions } from "@rapport/churn";
 * const options: FitScorecardOptions = { l2: 1, holdout: 0.25, seed: 7 };
 * ```
 */
export interface FitScorecardOptions {
  /** L2 penalty λ on the weights; default 1. The intercept only carries a 1e-6 ridge, which keeps one-class data finite. */
  readonly l2?: number;
  /** Share of examples held out to measure the AUC (default 0.25). */
  readonly holdout?: number;
  /** Seed of the deterministic split (default 1). */
  readonly seed?: number;
}

/**
 * A fitted logistic scorecard: an intercept and one weight per input column, with the
 * held-out examples and the AUC on them.
 *
 * @example
 * ```ts
 * import { fitScorecard, type ScorecardFit } from "@rapport/churn";
 * const fit: ScorecardFit | null = fitScorecard([[0], [1], [2], [3]], [false, false, true, true]);
 * fit?.weights.length; // 1
 * ```
 */
export interface ScorecardFit {
  /** The fitted intercept (log-odds at all inputs 0). */
  readonly intercept: number;
  /** One weight per input column, in the order of the columns. */
  readonly weights: readonly number[];
  /** AUC on the held-out examples. */
  readonly auc: AucResult;
  /** Indices of the examples used to fit. */
  readonly train: readonly number[];
  /** Indices of the examples held out, in the order of the seeded shuffle. */
  readonly test: readonly number[];
  /** Newton iterations. */
  readonly iterations: number;
  /** Whether the Newton steps became negligible. */
  readonly converged: boolean;
}

// Solves A·x = y for a symmetric positive-definite A by Gaussian elimination with partial pivots.
function solve(A: number[][], y: number[]): number[] {
  const n = y.length;
  const M = A.map((row, i) => [...row, y[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[pivot]![c]!)) pivot = r;
    [M[c], M[pivot]] = [M[pivot]!, M[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = M[r]![c]! / M[c]![c]!;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= M[r]![k]! * x[k]!;
    x[r] = s / M[r]![r]!;
  }
  return x;
}

/**
 * Fits a logistic scorecard, p = 1 / (1 + e^−(b₀ + Σ wⱼ·xⱼ)), by Newton's method on the
 * L2-penalised log-likelihood, Σ [y ln p + (1−y) ln(1−p)] − λ/2 Σ wⱼ², after a seeded
 * shuffle that holds out a share of the examples to measure the AUC. The fitting behind
 * {@link fitChurnModel}, for any numeric inputs (the caller centres and caps them). Returns
 * `null` for no examples.
 *
 * @example
 * ```ts
 * import { fitScorecard } from "@rapport/churn";
 * const rows = [[0], [1], [2], [3], [4], [5], [6], [7]];
 * const bad = [false, false, true, false, true, true, true, true];
 * const fit = fitScorecard(rows, bad, { holdout: 0.25, seed: 3 });
 * fit && fit.weights[0]! > 0; // true
 * ```
 */
export function fitScorecard(
  rows: readonly (readonly number[])[],
  outcomes: readonly boolean[],
  options: FitScorecardOptions = {},
  fn = "fitScorecard",
): ScorecardFit | null {
  const l2 = options.l2 ?? 1;
  const holdout = options.holdout ?? 0.25;
  if (!(Number.isFinite(l2) && l2 >= 0)) {
    throw new RangeError(expectedMessage(`${fn}: options.l2`, "a number ≥ 0", l2));
  }
  if (!(holdout >= 0 && holdout < 1)) {
    throw new RangeError(expectedMessage(`${fn}: options.holdout`, "a number in [0, 1)", holdout));
  }
  if (rows.length !== outcomes.length) {
    throw new RangeError(
      expectedMessage(`${fn}: outcomes`, `${rows.length} outcomes, one per row`, outcomes.length),
    );
  }
  if (rows.length === 0) return null;
  const order = rows.map((_, i) => i);
  const next = seededRandom(options.seed ?? 1);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const testN = Math.floor(rows.length * holdout);
  const test = order.slice(0, testN);
  const train = order.slice(testN);

  const k = rows[0]!.length + 1;
  let beta = new Array<number>(k).fill(0);
  const features = (i: number) => [1, ...rows[i]!];
  let iterations = 0;
  let converged = false;
  while (iterations < 100) {
    iterations++;
    const gradient = new Array<number>(k).fill(0);
    const hessian = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    for (const i of train) {
      const x = features(i);
      let eta = 0;
      for (let j = 0; j < k; j++) eta += beta[j]! * x[j]!;
      const p = 1 / (1 + Math.exp(-eta));
      const y = outcomes[i] ? 1 : 0;
      const w = p * (1 - p);
      for (let j = 0; j < k; j++) {
        gradient[j]! += (y - p) * x[j]!;
        for (let m = 0; m < k; m++) hessian[j]![m]! += w * x[j]! * x[m]!;
      }
    }
    // Penalise weights; a tiny ridge on the intercept keeps one-class data finite.
    for (let j = 0; j < k; j++) {
      const lambda = j === 0 ? 1e-6 : l2;
      gradient[j]! -= lambda * beta[j]!;
      hessian[j]![j]! += lambda;
    }
    const step = solve(hessian, gradient);
    beta = beta.map((b, j) => b + step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-10) {
      converged = true;
      break;
    }
  }
  const score = (i: number) => features(i).reduce((s, x, j) => s + beta[j]! * x, 0);
  return {
    intercept: beta[0]!,
    weights: beta.slice(1),
    auc: rocAuc(
      test.map(score),
      test.map((i) => outcomes[i]!),
    ),
    train,
    test,
    iterations,
    converged,
  };
}
