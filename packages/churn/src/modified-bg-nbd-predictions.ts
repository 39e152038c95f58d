import { expectedMessage, hypergeometric2F1 } from "@rapport/stats";
import type { BgNbdParams, FrequencyRecency } from "./bg-nbd-params";
import { checkBgNbdParams, checkFrequencyRecency } from "./check-bg-nbd";
import {
  gamma as gammaVariate,
  type SimulateBgNbdOptions,
  simulateHistories,
} from "./simulate-bg-nbd";

function checkHorizon(params: BgNbdParams, t: number, fn: string): void {
  checkBgNbdParams(params, fn);
  // (a+b+x)/(a−1) · [1 − …] is 0/0 at a = 1 (the formula has no value there).
  if (params.a === 1) {
    throw new RangeError(
      expectedMessage(
        `${fn}: params.a`,
        "a number other than 1 (the formula is undefined there)",
        1,
      ),
    );
  }
  if (!(Number.isFinite(t) && t >= 0)) {
    throw new RangeError(expectedMessage(`${fn}: t`, "a finite number ≥ 0", t));
  }
}

/**
 * The probability that a customer with history (x, tₓ, T) is still alive under the MBG/NBD
 * model (Batislam, Denizel & Filiztekin 2007): P = 1 / (1 + a/(b+x) · ((α+T)/(α+tₓ))^(r+x)).
 * Below 1 for every customer, x = 0 included (where it is 1/(1 + a/b · ((α+T)/α)^r)): a customer
 * may drop out right after the first purchase. Formed in logs, so large x is safe. Invalid
 * parameters or histories are a `RangeError` naming the field.
 *
 * @example
 * ```ts
 * import { modifiedBgNbdProbabilityAlive } from "@rapport/churn";
 * const cdnow = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };
 * modifiedBgNbdProbabilityAlive(cdnow, { frequency: 0, recency: 0, T: 38.86 }); // ≈ 0.39
 * ```
 */
export function modifiedBgNbdProbabilityAlive(
  params: BgNbdParams,
  customer: FrequencyRecency,
): number {
  const fn = "modifiedBgNbdProbabilityAlive";
  checkBgNbdParams(params, fn);
  checkFrequencyRecency(customer, `${fn}: customer`);
  const { r, alpha, a, b } = params;
  const { frequency: x, recency, T } = customer;
  const logOdds = Math.log(a / (b + x)) + (r + x) * Math.log((alpha + T) / (alpha + recency));
  return 1 / (1 + Math.exp(logOdds));
}

/**
 * The expected number of purchases in the next `t` time units by a customer with history
 * (x, tₓ, T) under the MBG/NBD model (Batislam, Denizel & Filiztekin 2007, eq. 8):
 * (a+b+x)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x+1; a+b+x; z)] · P(alive), with
 * z = t/(α+T+t). The product of the power and ₂F₁ is taken after Euler's transformation as
 * (1−z)^(a−1) ₂F₁(a+b−r, a−1; a+b+x; z), whose upper parameters do not grow with x. Undefined
 * at a = 1 exactly: a `RangeError`, as are invalid parameters and histories.
 *
 * @example
 * ```ts
 * import { modifiedBgNbdExpectedPurchases } from "@rapport/churn";
 * modifiedBgNbdExpectedPurchases(
 *   { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 },
 *   39,
 *   { frequency: 2, recency: 30.43, T: 38.86 },
 * ); // ≈ 1.263
 * ```
 */
export function modifiedBgNbdExpectedPurchases(
  params: BgNbdParams,
  t: number,
  customer: FrequencyRecency,
): number {
  const fn = "modifiedBgNbdExpectedPurchases";
  checkHorizon(params, t, fn);
  checkFrequencyRecency(customer, `${fn}: customer`);
  if (t === 0) return 0;
  const { r, alpha, a, b } = params;
  const x = customer.frequency;
  const z = t / (alpha + customer.T + t);
  const scaled =
    Math.exp((a - 1) * Math.log1p(-z)) * hypergeometric2F1(a + b - r, a - 1, a + b + x, z);
  return ((a + b + x) / (a - 1)) * (1 - scaled) * modifiedBgNbdProbabilityAlive(params, customer);
}

/**
 * The expected number of repeat purchases in a period of length `t` by a new customer under
 * the MBG/NBD model (Batislam, Denizel & Filiztekin 2007, eq. 7):
 * b/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b+1; a+b; t/(α+t))], with the same Euler transformation as
 * {@link modifiedBgNbdExpectedPurchases}.
 *
 * @example
 * ```ts
 * import { modifiedBgNbdExpectedPurchasesNewCustomer } from "@rapport/churn";
 * modifiedBgNbdExpectedPurchasesNewCustomer({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, 39);
 * ```
 */
export function modifiedBgNbdExpectedPurchasesNewCustomer(params: BgNbdParams, t: number): number {
  checkHorizon(params, t, "modifiedBgNbdExpectedPurchasesNewCustomer");
  if (t === 0) return 0;
  const { r, alpha, a, b } = params;
  const z = t / (alpha + t);
  const scaled = Math.exp((a - 1) * Math.log1p(-z)) * hypergeometric2F1(a + b - r, a - 1, a + b, z);
  return (b / (a - 1)) * (1 - scaled);
}

/**
 * Draws customers from the MBG/NBD story: as {@link simulateBgNbd}, except that a customer may
 * also drop out at time 0, right after the first purchase, with the same probability p as
 * after each repeat purchase. Takes the same options; deterministic for a seed.
 *
 * @example
 * ```ts
 * import { fitModifiedBgNbd, simulateModifiedBgNbd } from "@rapport/churn";
 * const customers = simulateModifiedBgNbd(
 *   { r: 0.5, alpha: 6, a: 0.9, b: 1.6 },
 *   { customers: 1000, seed: 7, T: [27, 39] },
 * );
 * fitModifiedBgNbd(customers);
 * ```
 */
export function simulateModifiedBgNbd(
  params: BgNbdParams,
  options: SimulateBgNbdOptions,
): FrequencyRecency[] {
  const fn = "simulateModifiedBgNbd";
  checkBgNbdParams(params, fn);
  const { r, alpha, a, b } = params;
  return simulateHistories(options, fn, (next, T) => {
    const lambda = gammaVariate(r, next) / alpha;
    const g = gammaVariate(a, next);
    const p = g / (g + gammaVariate(b, next));
    let t = 0;
    let x = 0;
    let recency = 0;
    // The first drop-out opportunity is at time 0, right after the first purchase.
    while (next() >= p) {
      t += -Math.log(1 - next()) / lambda;
      if (t > T) break;
      x++;
      recency = t;
    }
    return [x, recency];
  });
}
