import { choleskyDecomposition } from "./cholesky-decomposition";
import { invertPositiveDefinite } from "./invert-positive-definite";
import type { ObjectiveWithGradient } from "./minimize-bfgs";
import { type NumericalHessianOptions, numericalHessian } from "./numerical-hessian";

/**
 * What {@link logScaleCovariance} found at a maximum-likelihood optimum.
 *
 * @example
 * ```ts
 * import type { LogScaleCovariance } from "@rapport/stats";
 * const show = (c: LogScaleCovariance) => c.warning ?? `SE ${c.standardErrors!.join(", ")}`;
 * ```
 */
export interface LogScaleCovariance {
  /** The observed information −∇² ln L on the log-parameters. */
  readonly information: number[][];
  /** Its inverse: the asymptotic covariance of the log-parameters (`null` if not positive definite). */
  readonly logCovariance: number[][] | null;
  /** The covariance of the parameters θ = e^φ by the delta method, Cov θᵢθⱼ = θᵢθⱼ Cov φᵢφⱼ. */
  readonly covariance: number[][] | null;
  /** √ of the diagonal of `logCovariance`. */
  readonly logStandardErrors: number[] | null;
  /** √ of the diagonal of `covariance`: θᵢ times the log-scale standard error. */
  readonly standardErrors: number[] | null;
  /** Set (and the covariances `null`) when the information is not positive definite. */
  readonly warning: string | null;
}

/**
 * Standard errors of a maximum-likelihood fit made on log-parameters φ = ln θ: the observed
 * information I = −∇² ln L(φ̂) by central differences of the log-likelihood's gradient
 * ({@link numericalHessian}), its inverse as the asymptotic covariance of φ̂, and, by the delta
 * method, Cov(θ̂) = diag(θ̂) I⁻¹ diag(θ̂) (Casella & Berger 2002, "Statistical Inference",
 * §10.1; Pawitan 2001, "In All Likelihood", §8.3). `logLikelihood` returns ln L (to be
 * maximised) and writes its gradient in φ. When I is not positive definite (the optimum is not
 * a proper maximum, or the parameters are not identified) the covariances are `null` and
 * `warning` says so.
 *
 * @example
 * ```ts
 * import { logScaleCovariance } from "@rapport/stats";
 * // n = 50 exponential waiting times with mean 2 (sum 100): ln L(λ) = 50 ln λ − 100 λ, λ = e^φ.
 * const fit = logScaleCovariance(([phi], g) => {
 *   g[0] = 50 - 100 * Math.exp(phi!);
 *   return 50 * phi! - 100 * Math.exp(phi!);
 * }, [Math.log(0.5)]);
 * // fit.logStandardErrors ≈ [1/√50], fit.standardErrors ≈ [0.5/√50]
 * ```
 */
export function logScaleCovariance(
  logLikelihood: ObjectiveWithGradient,
  logOptimum: readonly number[],
  options: NumericalHessianOptions = {},
): LogScaleCovariance {
  const hessian = numericalHessian(logLikelihood, logOptimum, options);
  const information = hessian.map((row) => row.map((e) => -e));
  if (choleskyDecomposition(information) === null) {
    return {
      information,
      logCovariance: null,
      covariance: null,
      logStandardErrors: null,
      standardErrors: null,
      warning:
        "the observed information (minus the Hessian of the log-likelihood) is not positive definite at the optimum: no standard errors",
    };
  }
  const logCovariance = invertPositiveDefinite(information);
  const theta = logOptimum.map(Math.exp);
  const covariance = logCovariance.map((row, i) => row.map((e, j) => e * theta[i]! * theta[j]!));
  return {
    information,
    logCovariance,
    covariance,
    logStandardErrors: logCovariance.map((row, i) => Math.sqrt(row[i]!)),
    standardErrors: covariance.map((row, i) => Math.sqrt(row[i]!)),
    warning: null,
  };
}
