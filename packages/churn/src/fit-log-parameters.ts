import { expectedMessage, minimizeBfgs, type ObjectiveWithGradient } from "@rapport/stats";

/** What {@link fitLogParameters} found: the optimum on the log scale and how the search went. */
export interface LogParameterFit {
  /** The log-parameters at the optimum. */
  readonly x: number[];
  /** The mean negative log-likelihood there. */
  readonly value: number;
  /** BFGS iterations. */
  readonly iterations: number;
  /** Likelihood evaluations (each with its gradient). */
  readonly evaluations: number;
  /** Whether the gradient tolerance was met. */
  readonly converged: boolean;
}

/**
 * Checks a `maxIterations` option of the customer-alive fits: a whole number > 0 (or absent).
 * Internal.
 */
export function checkMaxIterations(value: number | undefined, fn: string): void {
  if (value !== undefined && !(Number.isSafeInteger(value) && value > 0)) {
    throw new RangeError(expectedMessage(`${fn}: maxIterations`, "a whole number > 0", value));
  }
}

/**
 * Minimises a mean negative log-likelihood over log-parameters by BFGS with its analytic
 * gradient (stats' `minimizeBfgs`), the fitting step shared by the MBG/NBD, Pareto/NBD, BG/BB
 * and sBG fits. The mean keeps the gradient tolerance (1e-9) independent of the sample size.
 * A line search that can make no further progress counts as converged when the gradient is
 * already below 1e-6: rounding in the likelihood then stops BFGS short of 1e-9, at a point
 * whose log-likelihood is within about 1e-9 of the maximum. Internal.
 */
export function fitLogParameters(
  meanNegativeLogLikelihood: ObjectiveWithGradient,
  start: readonly number[],
  maxIterations = 500,
): LogParameterFit {
  const result = minimizeBfgs(meanNegativeLogLikelihood, [...start], {
    gradientTolerance: 1e-9,
    maxIterations,
  });
  return {
    x: result.x,
    value: result.value,
    iterations: result.iterations,
    evaluations: result.evaluations,
    converged:
      Number.isFinite(result.value) &&
      (result.converged ||
        (result.reason === "no-progress" && result.gradient.every((g) => Math.abs(g) < 1e-6))),
  };
}
