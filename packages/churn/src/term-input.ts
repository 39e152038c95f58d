import type { ChurnTerm } from "./churn-model";

/**
 * A term's input x for a signal value (0 for `null`): transform(clamp(v, −cap, cap)) − center.
 * Shared by scoring and fitting so fitted weights mean the same in both. A `NaN` value is a
 * `RangeError` naming the signal (it would make the whole score `NaN`).
 *
 * @example
 * ```ts
 * import { termInput } from "@rapport/churn";
 * termInput({ signal: "transfers", weight: 0.2, cap: 10, transform: "identity", center: 0 }, 12);
 * // 10
 * ```
 */
export function termInput(term: ChurnTerm, value: number | null): number {
  if (value === null) return 0;
  if (Number.isNaN(value)) {
    throw new RangeError(`termInput: expected ${term.signal} to be a number or null, received NaN`);
  }
  const cap = term.cap ?? Number.POSITIVE_INFINITY;
  const v = Math.min(cap, Math.max(-cap, value));
  const t = term.transform === "log1p" ? Math.sign(v) * Math.log1p(Math.abs(v)) : v;
  return t - term.center;
}
