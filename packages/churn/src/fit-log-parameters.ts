import {
  expectedMessage,
  type LogScaleCovariance,
  logScaleCovariance,
  minimizeBfgs,
  restartedNelderMead,
} from "@rapport/stats";
import { type FitUncertainty, fitUncertainty } from "./fit-uncertainty";

/** What {@link fitLogParameters} found: the optimum on the log scale and how the search went. */
export interface LogParameterFit<P> {
  /** The log-parameters at the optimum. */
  readonly x: number[];
  /** ln L there. */
  readonly logLikelihood: number;
  /** BFGS iterations (plus Nelder-Mead iterations if the fallback ran). */
  readonly iterations: number;
  /** Likelihood evaluations (each with its gradient). */
  readonly evaluations: number;
  /** Whether the gradient tolerance was met. */
  readonly converged: boolean;
  /** Standard errors, covariance and warnings. */
  readonly uncertainty: FitUncertainty<P>;
}

/**
 * Checks a `maxIterations` option of the customer-value fits: a whole number > 0 (or absent).
 * Internal.
 */
export function checkMaxIterations(value: number | undefined, fn: string): void {
  if (value !== undefined && !(Number.isSafeInteger(value) && value > 0)) {
    throw new RangeError(expectedMessage(`${fn}: maxIterations`, "a whole number > 0", value));
  }
}

/** The observed information at `x`, or `null` if a difference step leaves the domain. */
function informationAt(
  logLikelihood: (v: readonly number[], gradient: number[]) => number,
  x: readonly number[],
): LogScaleCovariance | null {
  try {
    return logScaleCovariance(logLikelihood, x);
  } catch {
    return null;
  }
}

const TOLERANCE = 1e-9;
/** A log-scale standard error above this (a factor e^±20 at 95 %) means "not determined". */
const LOOSE = 10;

/**
 * Maximises a log-likelihood over log-parameters, the fitting step shared by the MBG/NBD,
 * Pareto/NBD, BG/BB and sBG fits: BFGS with the analytic gradient (stats' `minimizeBfgs`) on
 * the mean negative log-likelihood, so that the gradient tolerance (1e-9) does not depend on
 * the sample size; should it stop short, a restarted Nelder-Mead search and a second BFGS run.
 * A line search that can make no further progress counts as converged when every gradient
 * component is already below 1e-6: rounding in the likelihood then stops BFGS short of 1e-9,
 * at a point whose log-likelihood is within about 1e-9 of the maximum. Then the observed
 * information at the optimum gives the standard errors (stats' `logScaleCovariance`), with a
 * warning when one on the log scale exceeds 10 (the data do not determine that parameter).
 * `logLikelihood(v, gradient)` returns ln L and writes ∂ ln L/∂v. Internal.
 */
export function fitLogParameters<P>(
  logLikelihood: (v: readonly number[], gradient: number[]) => number,
  n: number,
  start: readonly number[],
  names: readonly (keyof P & string)[],
  maxIterations = 500,
): LogParameterFit<P> {
  const objective = (v: readonly number[], g: number[]): number => {
    const ll = logLikelihood(v, g);
    for (let i = 0; i < g.length; i++) g[i] = -g[i]! / n;
    return -ll / n;
  };
  const options = { gradientTolerance: TOLERANCE, maxIterations };
  const settled = (r: ReturnType<typeof minimizeBfgs>): boolean =>
    Number.isFinite(r.value) &&
    (r.converged || (r.reason === "no-progress" && r.gradient.every((g) => Math.abs(g) < 1e-6)));
  let result = minimizeBfgs(objective, [...start], options);
  let iterations = result.iterations;
  let evaluations = result.evaluations;
  if (!settled(result)) {
    const scratch = start.map(() => 0);
    const simplex = restartedNelderMead(
      (v) => objective(v, scratch),
      Number.isFinite(result.value) ? result.x : [...start],
      { firstStep: 0.1, restartStep: 0.05, maxRuns: 10, maxIterations },
    );
    iterations += simplex.iterations;
    const polish = minimizeBfgs(objective, simplex.x, options);
    iterations += polish.iterations;
    evaluations += polish.evaluations;
    if (polish.value <= result.value || !Number.isFinite(result.value)) result = polish;
  }
  const converged = settled(result);
  const warnings = converged
    ? []
    : [`the fit did not converge (${result.reason}): the estimates are the best point found`];
  const information = Number.isFinite(result.value) ? informationAt(logLikelihood, result.x) : null;
  if (information === null) {
    warnings.push(
      "the observed information could not be computed at the optimum (a parameter at its limit)",
    );
  }
  const uncertainty = fitUncertainty<P>(names, information, warnings);
  // A flat likelihood towards a limit of the parameter space (say δ → 0) can meet the gradient
  // tolerance there: the huge log-scale standard error is the sign that the data do not
  // determine the parameter.
  const logScale = uncertainty.covariance?.logScale;
  const loose = names.filter((_, i) => logScale && Math.sqrt(logScale[i]![i]!) > LOOSE);
  const all =
    loose.length === 0
      ? uncertainty.warnings
      : [
          ...uncertainty.warnings,
          `the data do not determine ${loose.join(", ")} (log-scale standard error above ${LOOSE}): the estimate may sit at a limit of the parameter space`,
        ];
  return {
    x: result.x,
    logLikelihood: logLikelihood(
      result.x,
      start.map(() => 0),
    ),
    iterations,
    evaluations,
    converged,
    uncertainty: { ...uncertainty, warnings: all },
  };
}
