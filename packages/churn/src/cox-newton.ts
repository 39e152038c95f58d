import { choleskyDecomposition, solvePositiveDefinite } from "@rapport/stats";
import { type CoxData, type CoxLikelihood, coxPartialLikelihood } from "./cox-partial-likelihood";

/** Solves a positive-definite system, or `null` when the matrix is not positive definite. Internal. */
export const solveOrNull = (m: number[][], v: number[]): number[] | null => {
  try {
    return solvePositiveDefinite(m, v);
  } catch {
    return null;
  }
};

// R's coxph.control: toler.chol = eps^0.75 for eps = 1e-9 (relative pivot below which a
// column counts as a linear combination of earlier ones).
const ALIAS_TOLERANCE = 1.8e-7;

/** Columns with an estimate: not constant, not a linear combination of earlier kept ones. Internal. */
export function estimableColumns(rows: number[][], p: number, information: number[][]): number[] {
  const kept: number[] = [];
  for (let j = 0; j < p; j++) {
    const values = rows.map((r) => r[j]!);
    if (values.every((v) => v === values[0])) continue;
    const cols = [...kept, j];
    const sub = cols.map((a) => cols.map((b) => information[a]![b]!));
    const chol = choleskyDecomposition(sub);
    const pivot = chol?.[cols.length - 1]?.[cols.length - 1];
    const diagonal = information[j]![j]!;
    if (pivot !== undefined && diagonal > 0 && pivot * pivot > ALIAS_TOLERANCE * diagonal) {
      kept.push(j);
    }
  }
  return kept;
}

/** Where Newton-Raphson stopped. Internal. */
export interface CoxNewtonResult {
  readonly beta: number[];
  readonly like: CoxLikelihood;
  readonly initial: CoxLikelihood;
  readonly iterations: number;
  readonly converged: boolean;
}

/**
 * Maximises the partial likelihood from β = 0 by Newton-Raphson with step halving, as R's
 * `coxfit6`: a step that lowers the log-likelihood is halved towards the last β; convergence is
 * |ℓₖ − ℓₖ₋₁| ≤ tolerance·|ℓₖ| on a full step. Stops early when the information is no longer
 * positive definite (separation). Internal.
 */
export function coxNewton(
  data: CoxData,
  ties: "efron" | "breslow",
  maxIterations: number,
  tolerance: number,
  atZero?: CoxLikelihood,
): CoxNewtonResult {
  const q = data.p;
  let beta = new Array<number>(q).fill(0);
  let like: CoxLikelihood = atZero ?? coxPartialLikelihood(data, beta, ties);
  const initial = like;
  let iterations = 0;
  let converged = false;
  let step = q > 0 ? solveOrNull(like.information, like.score) : null;
  if (q > 0 && step !== null) {
    let candidate = beta.map((b, k) => b + step![k]!);
    let halving = 0;
    while (iterations < maxIterations) {
      iterations++;
      const next = coxPartialLikelihood(data, candidate, ties);
      const finite = Number.isFinite(next.logLik);
      if (
        finite &&
        halving === 0 &&
        Math.abs(next.logLik - like.logLik) <= tolerance * Math.abs(next.logLik)
      ) {
        beta = candidate;
        like = next;
        converged = true;
        break;
      }
      if (!finite || next.logLik < like.logLik) {
        halving++;
        candidate = candidate.map((c, k) => (c + beta[k]!) / 2);
        continue;
      }
      halving = 0;
      beta = candidate;
      like = next;
      step = solveOrNull(like.information, like.score);
      if (step === null) break;
      candidate = beta.map((b, k) => b + step![k]!);
    }
  }
  return { beta, like, initial, iterations, converged };
}
