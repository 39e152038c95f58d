import {
  choleskyDecomposition,
  expectedMessage,
  invertPositiveDefinite,
  numericalHessian,
} from "@rapport/stats";

/**
 * Throws a `RangeError` naming the parameter unless each of `keys` is a finite number > 0
 * (`label` is how the message names the object, e.g. "params" or "start"). Internal.
 */
export function checkPositiveParams<K extends string>(
  params: Readonly<Record<K, number>>,
  keys: readonly K[],
  fn: string,
  label = "params",
): void {
  for (const key of keys) {
    const value = params?.[key];
    if (!(Number.isFinite(value) && value > 0)) {
      throw new RangeError(expectedMessage(`${fn}: ${label}.${key}`, "a finite number > 0", value));
    }
  }
}

/**
 * Standard errors of the parameters θ = exp(v) of a fit on log-parameters v: the observed
 * information is the Hessian of −ln L at the optimum (by central differences of the analytic
 * gradient), its inverse the covariance of v, and the delta method gives
 * se(θᵢ) = θᵢ · se(vᵢ). `null` when the information matrix is not positive definite (the
 * optimum is not a strict maximum). `logLikelihood(v, gradient)` returns ln L and writes
 * ∂ ln L/∂v into `gradient`. Internal.
 */
export function standardErrorsOf(
  logLikelihood: (v: readonly number[], gradient: number[]) => number,
  at: readonly number[],
): number[] | null {
  let information: number[][];
  try {
    information = numericalHessian((v, g) => {
      const ll = logLikelihood(v, g);
      for (let i = 0; i < g.length; i++) g[i] = -g[i]!;
      return -ll;
    }, at);
  } catch {
    return null;
  }
  if (choleskyDecomposition(information) === null) return null;
  const covariance = invertPositiveDefinite(information);
  return at.map((v, i) => Math.exp(v) * Math.sqrt(covariance[i]![i]!));
}
