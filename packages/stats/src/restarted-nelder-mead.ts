import { expectedMessage } from "./expected-message";
import { nelderMead } from "./nelder-mead";

/**
 * Options of {@link restartedNelderMead}.
 *
 * @example
 * ```ts
 * import type { RestartOptions } from "@rapport/stats";
 * const options: RestartOptions = { firstStep: 0.5, restartStep: 0.1, maxRuns: 10 };
 * ```
 */
export interface RestartOptions {
  /** Simplex step of the first run. */
  readonly firstStep: number;
  /** Simplex step of every restart, around the best point so far. */
  readonly restartStep: number;
  /** Most runs, the first included. */
  readonly maxRuns: number;
  /** Iteration cap per run (default 5,000). */
  readonly maxIterations?: number;
}

/**
 * {@link nelderMead} restarted from its best point until a restart improves the minimum by
 * less than 1e-10 (a standard guard against a simplex that collapsed before the minimum).
 * Each run uses fTolerance 1e-12 and xTolerance 1e-7. The BG/NBD and Gamma-Gamma fits of
 * @rapport/churn minimise their mean negative log-likelihood on log-parameters with it.
 * Options are checked as by {@link nelderMead}; `maxRuns` must be a whole number ≥ 1.
 *
 * @example
 * ```ts
 * import { restartedNelderMead } from "@rapport/stats";
 * restartedNelderMead(([x]) => (x! - 2) ** 2, [0], { firstStep: 0.5, restartStep: 0.1, maxRuns: 10 });
 * // { x: [≈2], iterations: …, converged: true }
 * ```
 */
export function restartedNelderMead(
  objective: (x: readonly number[]) => number,
  from: number[],
  options: RestartOptions,
): { x: number[]; iterations: number; converged: boolean } {
  if (!(Number.isSafeInteger(options?.maxRuns) && options.maxRuns >= 1)) {
    throw new RangeError(
      expectedMessage(
        "restartedNelderMead: options.maxRuns",
        "a whole number ≥ 1",
        options?.maxRuns,
      ),
    );
  }
  let start = from;
  let iterations = 0;
  let best = Number.POSITIVE_INFINITY;
  let converged = false;
  for (let run = 0; run < options.maxRuns; run++) {
    const result = nelderMead(objective, start, {
      step: run === 0 ? options.firstStep : options.restartStep,
      maxIterations: options.maxIterations ?? 5000,
      fTolerance: 1e-12,
      xTolerance: 1e-7,
    });
    iterations += result.iterations;
    converged = result.converged;
    const improved = best - result.value;
    start = result.x;
    best = Math.min(best, result.value);
    if (improved < 1e-10) break;
  }
  return { x: start, iterations, converged };
}
