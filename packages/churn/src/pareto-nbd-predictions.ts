import { expectedMessage } from "@rapport/stats";
import type { FrequencyRecency } from "./bg-nbd-params";
import { checkFrequencyRecency } from "./check-bg-nbd";
import { checkPositiveParams } from "./check-positive-params";
import { PARETO_KEYS, type ParetoNbdParams } from "./pareto-nbd-params";
import { logBracket } from "./pareto-nbd-terms";
import {
  gamma as gammaVariate,
  type SimulateBgNbdOptions,
  simulateHistories,
} from "./simulate-bg-nbd";

function checkTime(t: number, fn: string): void {
  if (!(Number.isFinite(t) && t >= 0)) {
    throw new RangeError(expectedMessage(`${fn}: t`, "a finite number ≥ 0", t));
  }
}

/** (1 − q^m)/m for q in (0, 1], continuous at m = 0 (where it is −ln q). */
function powerGap(logQ: number, m: number): number {
  return m === 0 ? -logQ : -Math.expm1(m * logQ) / m;
}

/**
 * The probability that a customer with history (x, tₓ, T) is still alive under the Pareto/NBD
 * model (Fader, Hardie & Lee 2005, "A Note on Deriving the Pareto/NBD Model and Related
 * Expressions", eq. 18): P = 1 / (1 + s/(r+s+x) · (α+T)^(r+x) (β+T)^s · A₀), with A₀ summed as
 * in {@link paretoNbdLogLikelihood}. Below 1 for x = 0 too. Invalid parameters or histories
 * are a `RangeError` naming the field.
 *
 * @example
 * ```ts
 * import { paretoNbdProbabilityAlive } from "@rapport/churn";
 * paretoNbdProbabilityAlive(
 *   { r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562 },
 *   { frequency: 26, recency: 30.86, T: 31 },
 * ); // ≈ 0.9979
 * ```
 */
export function paretoNbdProbabilityAlive(
  params: ParetoNbdParams,
  customer: FrequencyRecency,
): number {
  const fn = "paretoNbdProbabilityAlive";
  checkPositiveParams(params, PARETO_KEYS, fn);
  checkFrequencyRecency(customer, `${fn}: customer`);
  const { frequency: x, recency, T } = customer;
  const { bracket, first } = logBracket(params, x, recency, T);
  return Math.min(1, Math.exp(first - bracket));
}

/**
 * The expected number of purchases in the next `t` time units by a customer with history
 * (x, tₓ, T) under the Pareto/NBD model (Fader, Hardie & Lee's note, eq. 27, after Schmittlein,
 * Morrison & Colombo 1987): (r+x)(β+T)/((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)] · P(alive),
 * evaluated through expm1 so that it stays exact near s = 1 and takes its limit
 * (r+x)(β+T)/(α+T) · ln((β+T+t)/(β+T)) at s = 1. Invalid parameters, histories or `t` are a
 * `RangeError`.
 *
 * @example
 * ```ts
 * import { paretoNbdExpectedPurchases } from "@rapport/churn";
 * paretoNbdExpectedPurchases(
 *   { r: 0.5533, alpha: 10.5776, s: 0.6062, beta: 11.668 },
 *   52,
 *   { frequency: 26, recency: 30.86, T: 31 },
 * ); // ≈ 25.46
 * ```
 */
export function paretoNbdExpectedPurchases(
  params: ParetoNbdParams,
  t: number,
  customer: FrequencyRecency,
): number {
  const fn = "paretoNbdExpectedPurchases";
  checkPositiveParams(params, PARETO_KEYS, fn);
  checkTime(t, fn);
  checkFrequencyRecency(customer, `${fn}: customer`);
  const { r, alpha, s, beta } = params;
  const { frequency: x, T } = customer;
  const gap = powerGap(Math.log((beta + T) / (beta + T + t)), s - 1);
  return (((r + x) * (beta + T)) / (alpha + T)) * gap * paretoNbdProbabilityAlive(params, customer);
}

/**
 * The expected number of repeat purchases in a period of length `t` by a new customer under
 * the Pareto/NBD model (Fader, Hardie & Lee's note, eq. 17): rβ/(α(s−1)) · [1 − (β/(β+t))^(s−1)],
 * exact near and at s = 1 as in {@link paretoNbdExpectedPurchases}.
 *
 * @example
 * ```ts
 * import { paretoNbdExpectedPurchasesNewCustomer } from "@rapport/churn";
 * paretoNbdExpectedPurchasesNewCustomer({ r: 0.5533, alpha: 10.5776, s: 0.6062, beta: 11.668 }, 1);
 * // ≈ 0.051 repeat purchases in the first week
 * ```
 */
export function paretoNbdExpectedPurchasesNewCustomer(params: ParetoNbdParams, t: number): number {
  const fn = "paretoNbdExpectedPurchasesNewCustomer";
  checkPositiveParams(params, PARETO_KEYS, fn);
  checkTime(t, fn);
  const { r, alpha, s, beta } = params;
  return ((r * beta) / alpha) * powerGap(Math.log(beta / (beta + t)), s - 1);
}

/**
 * Draws customers from the Pareto/NBD story (Schmittlein, Morrison & Colombo 1987): each has a
 * purchase rate λ ~ Gamma(r, α) and a drop-out rate μ ~ Gamma(s, β); the lifetime is
 * exponential with rate μ, and while alive purchases follow a Poisson process with rate λ.
 * Takes the options of {@link simulateBgNbd}; deterministic for a seed.
 *
 * @example
 * ```ts
 * import { fitParetoNbd, simulateParetoNbd } from "@rapport/churn";
 * const customers = simulateParetoNbd(
 *   { r: 0.55, alpha: 10.6, s: 0.6, beta: 11.7 },
 *   { customers: 1000, seed: 7, T: [27, 39] },
 * );
 * fitParetoNbd(customers);
 * ```
 */
export function simulateParetoNbd(
  params: ParetoNbdParams,
  options: SimulateBgNbdOptions,
): FrequencyRecency[] {
  const fn = "simulateParetoNbd";
  checkPositiveParams(params, PARETO_KEYS, fn);
  return simulateHistories(options, fn, (next, T) => {
    const lambda = gammaVariate(params.r, next) / params.alpha;
    const mu = gammaVariate(params.s, next) / params.beta;
    const end = Math.min(T, -Math.log(1 - next()) / mu);
    let t = 0;
    let x = 0;
    let recency = 0;
    for (;;) {
      t += -Math.log(1 - next()) / lambda;
      if (t > end) break;
      x++;
      recency = t;
    }
    return [x, recency];
  });
}
