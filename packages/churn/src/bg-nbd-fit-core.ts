import { minimizeBfgs, restartedNelderMead } from "@rapport/stats";
import type { GroupedCustomers } from "./bg-nbd-data";
import type { BgNbdFit } from "./bg-nbd-fit";
import { bgNbdLikelihood } from "./bg-nbd-likelihood";
import type { BgNbdParams } from "./bg-nbd-params";
import { bgNbdWarmStart, fromWarm, toWarmGradient, WARM_START_ROWS } from "./bg-nbd-warm-start";
import { fitUncertainty, informationAt } from "./fit-uncertainty";

const NAMES = ["r", "alpha", "a", "b"] as const;
const SCRATCH = [0, 0, 0, 0];

/**
 * Maximises the BG/NBD likelihood of grouped customers from log-parameters `start`: BFGS on
 * the mean negative log-likelihood (tolerance 1e-8 on each gradient component), with a
 * restarted Nelder-Mead search and a second BFGS run should the first stop short; internal.
 * `withUncertainty` adds the observed-information standard errors.
 */
export function fitGroupedBgNbd(
  data: GroupedCustomers,
  start: readonly number[],
  maxIterations: number,
  withUncertainty: boolean,
): BgNbdFit {
  const total = data.n;
  const likelihood = bgNbdLikelihood(data);
  const objective = (v: readonly number[], g: number[]): number => {
    const ll = likelihood(v, g);
    for (let i = 0; i < 4; i++) g[i] = -g[i]! / total;
    return -ll / total;
  };
  // On many distinct rows, a spread sample's optimum and curvature give the start, and the
  // full data's BFGS searches in coordinates where its Hessian is close to the identity.
  let from = start;
  let iterations = 0;
  let evaluations = 0;
  const warm =
    data.weight.length > WARM_START_ROWS ? bgNbdWarmStart(data, start, maxIterations) : null;
  if (warm !== null) {
    evaluations += warm.evaluations;
    from = warm.x;
    const lower = warm.lower;
    if (lower !== null) {
      const gx = [0, 0, 0, 0];
      const scaled = minimizeBfgs(
        (z: readonly number[], g: number[]): number => {
          const value = objective(fromWarm(warm.x, lower, z), gx);
          toWarmGradient(lower, gx, g);
          return value;
        },
        [0, 0, 0, 0],
        { maxIterations },
      );
      iterations += scaled.iterations;
      evaluations += scaled.evaluations;
      const x = fromWarm(warm.x, lower, scaled.x);
      if (x.every(Number.isFinite)) from = x;
    }
  }
  let result = minimizeBfgs(objective, from, { maxIterations });
  iterations += result.iterations;
  evaluations += result.evaluations;
  if (!result.converged) {
    const simplex = restartedNelderMead((v) => objective(v, SCRATCH), result.x, {
      firstStep: 0.1,
      restartStep: 0.05,
      maxRuns: 10,
      maxIterations,
    });
    iterations += simplex.iterations;
    const polish = minimizeBfgs(objective, simplex.x, { maxIterations });
    iterations += polish.iterations;
    evaluations += polish.evaluations;
    if (polish.value <= result.value || !Number.isFinite(result.value)) result = polish;
  }
  const x = result.x;
  const params: BgNbdParams = {
    r: Math.exp(x[0]!),
    alpha: Math.exp(x[1]!),
    a: Math.exp(x[2]!),
    b: Math.exp(x[3]!),
  };
  const logLikelihood = likelihood(x, [0, 0, 0, 0]);
  const warnings: string[] = result.converged
    ? []
    : [`the fit did not converge (${result.reason}): the estimates are the best point found`];
  const information = withUncertainty ? informationAt(likelihood, x) : null;
  if (withUncertainty && information === null) {
    warnings.push(
      "the observed information could not be computed at the optimum (a parameter at its limit)",
    );
  }
  const uncertainty = fitUncertainty<BgNbdParams>(NAMES, information, warnings);
  return {
    ...params,
    logLikelihood,
    iterations,
    evaluations,
    converged: result.converged,
    n: total,
    ...uncertainty,
  };
}
