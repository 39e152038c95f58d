import { expectedMessage, hypergeometric2F1, seededRandom } from "@rapport/stats";
import { checkPositiveParams } from "./check-positive-params";
import type { ShiftedBetaGeometricParams, SubscriberHistory } from "./shifted-beta-geometric";
import { gamma as gammaVariate } from "./simulate-bg-nbd";

const KEYS = ["gamma", "delta"] as const;

function checkPeriod(t: number, fn: string, name: string, min: number): void {
  if (!(Number.isSafeInteger(t) && t >= min)) {
    throw new RangeError(expectedMessage(`${fn}: ${name}`, `a whole number ≥ ${min}`, t));
  }
}

/**
 * The sBG survival function S(t) = B(γ, δ+t)/B(γ, δ) = Πₖ₌₀^{t−1} (δ+k)/(γ+δ+k): the share of
 * a cohort still subscribed after t renewals (Fader & Hardie 2007, eq. 3). S(0) = 1. `t` not a
 * whole number ≥ 0, or parameters that are not positive numbers, are a `RangeError`.
 *
 * @example
 * ```ts
 * import { shiftedBetaGeometricSurvival } from "@rapport/churn";
 * shiftedBetaGeometricSurvival({ gamma: 0.704, delta: 1.182 }, 7); // ≈ 0.244 (observed 0.241)
 * ```
 */
export function shiftedBetaGeometricSurvival(
  params: ShiftedBetaGeometricParams,
  t: number,
): number {
  const fn = "shiftedBetaGeometricSurvival";
  checkPositiveParams(params, KEYS, fn);
  checkPeriod(t, fn, "t", 0);
  const { gamma, delta } = params;
  let lnS = 0;
  for (let k = 0; k < t; k++) lnS += Math.log((delta + k) / (gamma + delta + k));
  return Math.exp(lnS);
}

/**
 * The sBG retention rate in period t, r_t = S(t)/S(t−1) = (δ+t−1)/(γ+δ+t−1): the share of those
 * still subscribed after t − 1 renewals who renew once more (Fader & Hardie 2007, eq. 4). It
 * rises with t, because the subscribers most prone to leave leave first. `t` not a whole
 * number ≥ 1 is a `RangeError`.
 *
 * @example
 * ```ts
 * import { shiftedBetaGeometricRetention } from "@rapport/churn";
 * shiftedBetaGeometricRetention({ gamma: 0.704, delta: 1.182 }, 1); // ≈ 0.627
 * ```
 */
export function shiftedBetaGeometricRetention(
  params: ShiftedBetaGeometricParams,
  t: number,
): number {
  const fn = "shiftedBetaGeometricRetention";
  checkPositiveParams(params, KEYS, fn);
  checkPeriod(t, fn, "t", 1);
  return (params.delta + t - 1) / (params.gamma + params.delta + t - 1);
}

/**
 * Options for {@link discountedExpectedResidualLifetime}.
 *
 * @example
 * ```ts
 * import type { ResidualLifetimeOptions } from "@rapport/churn";
 * const options: ResidualLifetimeOptions = { discountRate: 0.1, periods: 1 };
 * ```
 */
export interface ResidualLifetimeOptions {
  /** Discount rate d per period, > 0 (e.g. 0.1). */
  readonly discountRate: number;
  /**
   * The subscriber's current period n ≥ 1: they have paid for n periods (renewed n − 1 times)
   * and face their next renewal decision. Default 1 (a new subscriber).
   */
  readonly periods?: number;
}

/**
 * The discounted expected residual lifetime of a subscriber under the sBG model: the expected
 * number of further payments, each discounted by 1/(1+d) per period, for a subscriber in their
 * n-th period (Fader & Hardie 2010, "Customer-Base Valuation in a Contractual Setting: The
 * Perils of Ignoring Heterogeneity", Marketing Science 29(1), eq. 6):
 * DERL(d | γ, δ, n − 1 renewals) = (δ+n−1)/(γ+δ+n−1) · ₂F₁(1, δ+n; γ+δ+n; 1/(1+d)).
 * Multiply by the margin per period for the residual value of a subscriber. A discount rate
 * that is not > 0 (where the sum may diverge) or `periods` not a whole number ≥ 1 are a
 * `RangeError`.
 *
 * @example
 * ```ts
 * import { discountedExpectedResidualLifetime } from "@rapport/churn";
 * discountedExpectedResidualLifetime({ gamma: 3.8, delta: 15.2 }, { discountRate: 0.1 }); // ≈ 3.31
 * ```
 */
export function discountedExpectedResidualLifetime(
  params: ShiftedBetaGeometricParams,
  options: ResidualLifetimeOptions,
): number {
  const fn = "discountedExpectedResidualLifetime";
  checkPositiveParams(params, KEYS, fn);
  const d = options?.discountRate;
  if (!(Number.isFinite(d) && d > 0)) {
    throw new RangeError(expectedMessage(`${fn}: options.discountRate`, "a finite number > 0", d));
  }
  const n = options.periods ?? 1;
  checkPeriod(n, fn, "options.periods", 1);
  const { gamma, delta } = params;
  const retention = (delta + n - 1) / (gamma + delta + n - 1);
  return retention * hypergeometric2F1(1, delta + n, gamma + delta + n, 1 / (1 + d));
}

/**
 * Options for {@link simulateShiftedBetaGeometric}.
 *
 * @example
 * ```ts
 * import type { SimulateShiftedBetaGeometricOptions } from "@rapport/churn";
 * const options: SimulateShiftedBetaGeometricOptions = { customers: 1000, seed: 1, periods: 7 };
 * ```
 */
export interface SimulateShiftedBetaGeometricOptions {
  /** Subscribers to generate. */
  readonly customers: number;
  /** Seed of the random stream (same seed, same subscribers). */
  readonly seed: number;
  /** Renewal opportunities observed: subscribers still in after this many are censored. */
  readonly periods: number;
}

/**
 * Draws subscribers from the sBG story (Fader & Hardie 2007, §2): each has a churn probability
 * θ ~ Beta(γ, δ) and, at each renewal, cancels with probability θ. A subscriber who cancels at
 * renewal t is `{ periods: t, churned: true }`; one still in after `periods` renewals is
 * `{ periods, churned: false }`. Deterministic for a seed: for tests and benchmarks of
 * {@link fitShiftedBetaGeometric}.
 *
 * @example
 * ```ts
 * import { fitShiftedBetaGeometric, simulateShiftedBetaGeometric } from "@rapport/churn";
 * const cohort = simulateShiftedBetaGeometric(
 *   { gamma: 0.7, delta: 1.2 },
 *   { customers: 1000, seed: 7, periods: 7 },
 * );
 * fitShiftedBetaGeometric(cohort);
 * ```
 */
export function simulateShiftedBetaGeometric(
  params: ShiftedBetaGeometricParams,
  options: SimulateShiftedBetaGeometricOptions,
): SubscriberHistory[] {
  const fn = "simulateShiftedBetaGeometric";
  checkPositiveParams(params, KEYS, fn);
  checkPeriod(options?.customers, fn, "options.customers", 0);
  checkPeriod(options.periods, fn, "options.periods", 0);
  const next = seededRandom(options.seed);
  const out: SubscriberHistory[] = new Array(options.customers);
  for (let i = 0; i < options.customers; i++) {
    const g = gammaVariate(params.gamma, next);
    const theta = g / (g + gammaVariate(params.delta, next));
    let t = 1;
    while (t <= options.periods && next() >= theta) t++;
    out[i] =
      t <= options.periods
        ? { periods: t, churned: true }
        : { periods: options.periods, churned: false };
  }
  return out;
}
