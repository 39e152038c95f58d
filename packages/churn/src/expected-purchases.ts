import { expectedMessage, hypergeometric2F1 } from "@rapport/stats";
import type { BgNbdParams, FrequencyRecency } from "./bg-nbd-params";
import { checkBgNbdParams, checkFrequencyRecency } from "./check-bg-nbd";
import { probabilityAlive } from "./probability-alive";

function checkArguments(params: BgNbdParams, t: number, fn: string): void {
  checkBgNbdParams(params, fn);
  // (a+b−1)/(a−1) · [1 − …] is 0/0 at a = 1 (the paper's formula has no value there).
  if (params.a === 1) {
    throw new RangeError(
      expectedMessage(
        `${fn}: params.a`,
        "a number other than 1 (the BG/NBD formula is undefined there)",
        1,
      ),
    );
  }
  if (!(Number.isFinite(t) && t >= 0)) {
    throw new RangeError(expectedMessage(`${fn}: t`, `a finite number ≥ 0`, t));
  }
}

/**
 * (1 − z)^(c − a' − b') · ... shortcut: returns (1 − z)^m · ₂F₁(m, n; c; z) after Euler's
 * transformation ₂F₁(A, B; C; z) = (1 − z)^(C−A−B) ₂F₁(C−A, C−B; C; z) (A&S 15.3.3), given
 * A, B, C and the power m of (1 − z) that multiplies the original series.
 */
function scaledEuler2F1(A: number, B: number, C: number, z: number, power: number): number {
  // (1−z)^power · ₂F₁(A,B;C;z) = (1−z)^(power + C−A−B) · ₂F₁(C−A, C−B; C; z)
  return Math.exp((power + C - A - B) * Math.log1p(-z)) * hypergeometric2F1(C - A, C - B, C, z);
}

/**
 * The expected number of purchases in the next `t` time units by a customer with history
 * (x, tₓ, T), under the BG/NBD model (Fader, Hardie & Lee 2005, eq. 10):
 *
 * E[Y(t) | x, tₓ, T] = (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; z)]
 * / [1 + δₓ₍>₀₎ a/(b+x−1) ((α+T)/(α+tₓ))^(r+x)], with z = t/(α+T+t).
 *
 * For stability the product ((α+T)/(α+T+t))^(r+x) ₂F₁(…) = (1−z)^(r+x) ₂F₁(…) is computed after
 * Euler's transformation as (1−z)^(a−1) ₂F₁(a+b−1−r, a−1; a+b+x−1; z), whose upper parameters
 * do not grow with x, so the series converges quickly even for x of 200 and more. The
 * denominator is 1/P(alive). Undefined at a = 1 exactly, as in the paper: a `RangeError`, as are
 * parameters that are not positive numbers and a history that is not one.
 *
 * @example
 * ```ts
 * import { expectedPurchases } from "@rapport/churn";
 * expectedPurchases(
 *   { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 },
 *   39,
 *   { frequency: 2, recency: 30.43, T: 38.86 },
 * ); // ≈ 1.226
 * ```
 */
export function expectedPurchases(
  params: BgNbdParams,
  t: number,
  customer: FrequencyRecency,
): number {
  checkArguments(params, t, "expectedPurchases");
  checkFrequencyRecency(customer, "expectedPurchases: customer");
  if (t === 0) return 0;
  const { r, alpha, a, b } = params;
  const x = customer.frequency;
  const z = t / (alpha + customer.T + t);
  const scaled = scaledEuler2F1(r + x, b + x, a + b + x - 1, z, r + x);
  return ((a + b + x - 1) / (a - 1)) * (1 - scaled) * probabilityAlive(params, customer);
}

/**
 * The expected number of purchases in a period of length `t` by a new (randomly chosen)
 * customer, under the BG/NBD model (Fader, Hardie & Lee 2005, eq. 9):
 * E[X(t)] = (a+b−1)/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))], with the same Euler
 * transformation as {@link expectedPurchases}.
 *
 * @example
 * ```ts
 * import { expectedPurchasesNewCustomer } from "@rapport/churn";
 * expectedPurchasesNewCustomer({ r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 }, 39);
 * // ≈ 1.195 repeat purchases in the first 39 weeks
 * ```
 */
export function expectedPurchasesNewCustomer(params: BgNbdParams, t: number): number {
  checkArguments(params, t, "expectedPurchasesNewCustomer");
  if (t === 0) return 0;
  const { r, alpha, a, b } = params;
  const z = t / (alpha + t);
  return ((a + b - 1) / (a - 1)) * (1 - scaledEuler2F1(r, b, a + b - 1, z, r));
}
