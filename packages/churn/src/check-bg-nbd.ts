import { expectedMessage } from "@rapport/stats";
import type { BgNbdParams, FrequencyRecency } from "./bg-nbd-params";

/**
 * Throws a `RangeError` naming the parameter unless r, α, a and b are all finite and > 0
 * (`label` is how the message names the object, e.g. "params" or "start").
 *
 * @example
 * ```ts
 * checkBgNbdParams({ r: 0, alpha: 1, a: 1, b: 1 }, "simulateBgNbd");
 * // RangeError: simulateBgNbd: expected params.r > 0, received 0
 * ```
 */
export function checkBgNbdParams(params: BgNbdParams, fn: string, label = "params"): void {
  // Fast path first: probabilityAlive runs this per customer, millions of times.
  const { r, alpha, a, b } = params ?? {};
  if (r > 0 && alpha > 0 && a > 0 && b > 0 && r + alpha + a + b < Number.POSITIVE_INFINITY) return;
  for (const key of ["r", "alpha", "a", "b"] as const) {
    const value = params?.[key];
    if (!(Number.isFinite(value) && value > 0)) {
      throw new RangeError(expectedMessage(`${fn}: ${label}.${key}`, "a finite number > 0", value));
    }
  }
}

/**
 * Throws a `RangeError` naming the field unless x is a whole number ≥ 0, tₓ a finite number
 * ≥ 0 and T a finite number ≥ tₓ. `where` prefixes the field, e.g. "fitBgNbd: customer [3]".
 *
 * @example
 * ```ts
 * checkFrequencyRecency({ frequency: 1, recency: 20, T: 10 }, "probabilityAlive: customer");
 * // RangeError: probabilityAlive: customer.T: expected a finite number ≥ recency (20), received 10
 * ```
 */
export function checkFrequencyRecency(c: FrequencyRecency, where: string): void {
  // Fast path first (T ≥ tₓ ≥ 0 with T finite makes tₓ finite too).
  if (
    Number.isInteger(c.frequency) &&
    c.frequency >= 0 &&
    c.recency >= 0 &&
    c.T >= c.recency &&
    c.T < Number.POSITIVE_INFINITY
  ) {
    return;
  }
  if (!(Number.isInteger(c.frequency) && c.frequency >= 0)) {
    throw new RangeError(expectedMessage(`${where}.frequency`, `a whole number ≥ 0`, c.frequency));
  }
  if (!(Number.isFinite(c.recency) && c.recency >= 0)) {
    throw new RangeError(expectedMessage(`${where}.recency`, `a finite number ≥ 0`, c.recency));
  }
  if (!(Number.isFinite(c.T) && c.T >= c.recency)) {
    throw new RangeError(
      expectedMessage(`${where}.T`, `a finite number ≥ recency (${c.recency})`, c.T),
    );
  }
}
