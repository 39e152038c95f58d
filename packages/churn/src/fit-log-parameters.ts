import { expectedMessage, minimizeBfgs, restartedNelderMead } from "@rapport/stats";
import { type FitUncertainty, fitUncertainty, informationAt } from "./fit-uncertainty";

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

/**
 * A fit of positive parameters `P` as the MBG/NBD, Pareto/NBD, BG/BB and sBG fits report it:
 * the estimates, ln L at them, how the search went and the uncertainty. Internal.
 */
export type PositiveParameterFit<P> = P &
  FitUncertainty<P> & {
    readonly logLikelihood: number;
    readonly iterations: number;
    readonly evaluations: number;
    readonly converged: boolean;
    readonly n: number;
  };

/**
 * Fits positive parameters named `names` by {@link fitLogParameters} from `start`, with
 * `logLikelihoodOf(params, gradient)` returning ln L and writing its gradient on the log scale
 * (∂ ln L/∂ ln θ, in the order of `names`) when `gradient` is given. A step whose parameters
 * are not all finite and > 0 has ln L = −∞. `n` is the number of customers. Internal.
 */
export function fitPositiveParameters<P extends { readonly [K in keyof P]: number }>(
  logLikelihoodOf: (params: P, gradient: number[] | null) => number,
  n: number,
  start: P,
  names: readonly (keyof P & string)[],
  maxIterations: number | undefined,
): PositiveParameterFit<P> {
  const named = (v: readonly number[]): P => {
    const params = {} as Record<string, number>;
    for (let i = 0; i < names.length; i++) params[names[i]!] = Math.exp(v[i]!);
    return params as P;
  };
  const logLikelihood = (v: readonly number[], g: number[] | null): number => {
    const params = named(v);
    let positive = true;
    let sum = 0;
    for (const name of names) {
      const value: number = params[name];
      positive &&= value > 0;
      sum += value;
    }
    if (!(positive && sum < Number.POSITIVE_INFINITY)) return Number.NEGATIVE_INFINITY;
    return logLikelihoodOf(params, g);
  };
  const fit = fitLogParameters<P>(
    logLikelihood,
    n,
    names.map((name) => Math.log(start[name])),
    names,
    maxIterations,
  );
  return {
    ...named(fit.x),
    logLikelihood: fit.logLikelihood,
    iterations: fit.iterations,
    evaluations: fit.evaluations,
    converged: fit.converged,
    n,
    ...fit.uncertainty,
  };
}
