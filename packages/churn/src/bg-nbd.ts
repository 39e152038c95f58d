import { expectedMessage } from "@rapport/stats";
import { groupCustomers } from "./bg-nbd-data";
import type { BgNbdFit } from "./bg-nbd-fit";
import { fitGroupedBgNbd } from "./bg-nbd-fit-core";
import { bgNbdLogLikelihoodWithGradient } from "./bg-nbd-likelihood";
import type { BgNbdParams, FrequencyRecency } from "./bg-nbd-params";
import { checkBgNbdParams } from "./check-bg-nbd";

/**
 * Options for {@link fitBgNbd}.
 *
 * @example
 * ```ts
 * import type { FitBgNbdOptions } from "@rapport/churn";
 * const options: FitBgNbdOptions = { start: { r: 0.5, alpha: 5, a: 1, b: 2 }, maxIterations: 2000 };
 * ```
 */
export interface FitBgNbdOptions {
  /** Start values (default r = α = a = b = 1). */
  readonly start?: BgNbdParams;
  /** Iteration cap of each search: BFGS, and each run of the Nelder-Mead fallback (default 500). */
  readonly maxIterations?: number;
}

/**
 * The BG/NBD log-likelihood of customers' (x, tₓ, T) under given parameters, Σ ln L, with
 * L(r, α, a, b | x, tₓ, T) = A₁·A₂·(A₃ + δₓ₍>₀₎A₄) as in Fader, Hardie & Lee (2005),
 * "Counting Your Customers the Easy Way", eq. 6, and their note "Implementing the BG/NBD
 * Model for Customer Base Analysis in Excel": ln A₁ = ln Γ(r+x) − ln Γ(r) + r ln α,
 * ln A₂ = ln Γ(a+b) + ln Γ(b+x) − ln Γ(b) − ln Γ(a+b+x), ln A₃ = −(r+x) ln(α+T),
 * ln A₄ = ln a − ln(b+x−1) − (r+x) ln(α+tₓ). The sum A₃ + A₄ is taken by log-sum-exp, so large
 * x neither overflows nor underflows.
 *
 * @example
 * ```ts
 * import { bgNbdLogLikelihood } from "@rapport/churn";
 * bgNbdLogLikelihood({ r: 0.24, alpha: 4.4, a: 0.79, b: 2.43 }, [
 *   { frequency: 2, recency: 30.43, T: 38.86 },
 *   { frequency: 0, recency: 0, T: 38.86 },
 * ]);
 * ```
 */
export function bgNbdLogLikelihood(
  params: BgNbdParams,
  customers: Iterable<FrequencyRecency>,
): number {
  checkBgNbdParams(params, "bgNbdLogLikelihood");
  const { r, alpha, a, b } = params;
  const data = groupCustomers(customers, "bgNbdLogLikelihood");
  const logParams = [Math.log(r), Math.log(alpha), Math.log(a), Math.log(b)];
  return bgNbdLogLikelihoodWithGradient(logParams, data, [0, 0, 0, 0]);
}

/**
 * Fits the BG/NBD model (Fader, Hardie & Lee 2005) by maximum likelihood: BFGS with a
 * strong-Wolfe line search (`minimizeBfgs` of @rapport/stats) on the logarithms of
 * (r, α, a, b), so every trial point is valid, with the analytic gradient, from
 * r = α = a = b = 1 unless `start` is given. Customers with identical (x, tₓ, T) are counted
 * once with a weight, and terms of x alone are computed once per distinct x (ln(α + t) once
 * per distinct tₓ or T). Should BFGS stop short of its tolerance, a restarted Nelder-Mead
 * search continues from its best point and BFGS polishes the result; `converged` says whether
 * the gradient test was finally met (the estimates are then still the best point found,
 * never `NaN`). Deterministic. Returns `null` for no customers; a bad customer is a
 * `RangeError` naming its index and field, as is a `start` value that is not a positive number.
 *
 * The fit carries `standardErrors` and `covariance` from the observed information (the
 * Hessian of ln L at the optimum by central differences of the analytic gradient), on the
 * log-parameters and, by the delta method, on the parameters; `warnings` says when that
 * Hessian is not positive definite (then both are `null`).
 *
 * On the CDNOW sample (2,357 customers, weeks) it gives r = 0.2426, α = 4.4135, a = 0.7929,
 * b = 2.4258, ln L = −9582.43, as published.
 *
 * @example
 * ```ts
 * import { fitBgNbd } from "@rapport/churn";
 * const fit = fitBgNbd([
 *   { frequency: 2, recency: 30.43, T: 38.86 },
 *   { frequency: 1, recency: 1.71, T: 38.86 },
 *   { frequency: 0, recency: 0, T: 38.86 },
 *   { frequency: 0, recency: 0, T: 38.86 },
 * ]);
 * ```
 */
export function fitBgNbd(
  customers: Iterable<FrequencyRecency>,
  options: FitBgNbdOptions = {},
): BgNbdFit | null {
  const data = groupCustomers(customers, "fitBgNbd");
  if (data.n === 0) return null;
  const s = options.start ?? { r: 1, alpha: 1, a: 1, b: 1 };
  checkBgNbdParams(s, "fitBgNbd", "start");
  const cap = options.maxIterations;
  if (cap !== undefined && !(Number.isSafeInteger(cap) && cap > 0)) {
    throw new RangeError(expectedMessage(`fitBgNbd: maxIterations`, `a whole number > 0`, cap));
  }
  const start = [Math.log(s.r), Math.log(s.alpha), Math.log(s.a), Math.log(s.b)];
  return fitGroupedBgNbd(data, start, cap ?? 500, true);
}
