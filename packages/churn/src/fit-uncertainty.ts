import { type LogScaleCovariance, logScaleCovariance } from "@rapport/stats";

/**
 * The covariance of a fit's parameters, on the log scale it was fitted on and, by the delta
 * method, on the parameters themselves; rows and columns in the order of `names`.
 *
 * @example
 * ```ts
 * import type { ParameterCovariance } from "@rapport/churn";
 * const correlation = (c: ParameterCovariance, i: number, j: number) =>
 *   c.parameters[i]![j]! / Math.sqrt(c.parameters[i]![i]! * c.parameters[j]![j]!);
 * ```
 */
export interface ParameterCovariance {
  /** The parameters, in row order. */
  readonly names: readonly string[];
  /** Asymptotic covariance of the log-parameters: the inverse observed information. */
  readonly logScale: readonly (readonly number[])[];
  /** Asymptotic covariance of the parameters (delta method). */
  readonly parameters: readonly (readonly number[])[];
}

/**
 * What every customer-value fit reports about its own uncertainty.
 *
 * @example
 * ```ts
 * import { fitBgNbd } from "@rapport/churn";
 * const fit = fitBgNbd([
 *   { frequency: 2, recency: 30.43, T: 38.86 },
 *   { frequency: 0, recency: 0, T: 38.86 },
 * ]);
 * if (fit?.standardErrors === null) console.warn(fit.warnings.join("; "));
 * ```
 */
export interface FitUncertainty<P> {
  /** Standard error of each parameter (delta method from the log scale); `null` when not available. */
  readonly standardErrors: { readonly [K in keyof P]: number } | null;
  /** The covariance matrices; `null` when not available. */
  readonly covariance: ParameterCovariance | null;
  /** Why something is missing or doubtful (no convergence, information not positive definite). */
  readonly warnings: readonly string[];
}

/** Turns stats' log-scale covariance into a fit's `standardErrors` and `covariance`; internal. */
export function fitUncertainty<P>(
  names: readonly (keyof P & string)[],
  result: LogScaleCovariance | null,
  warnings: readonly string[],
): FitUncertainty<P> {
  const all = [...warnings];
  if (result === null || result.standardErrors === null) {
    if (result?.warning) all.push(result.warning);
    return { standardErrors: null, covariance: null, warnings: all };
  }
  const standardErrors = Object.fromEntries(
    names.map((name, i) => [name, result.standardErrors![i]!]),
  ) as { [K in keyof P]: number };
  return {
    standardErrors,
    covariance: { names, logScale: result.logCovariance!, parameters: result.covariance! },
    warnings: all,
  };
}

/** The observed information at `x`, or `null` if a difference step leaves the domain; internal. */
export function informationAt(
  likelihood: (v: readonly number[], g: number[]) => number,
  x: readonly number[],
): LogScaleCovariance | null {
  try {
    return logScaleCovariance(likelihood, x);
  } catch {
    return null;
  }
}
