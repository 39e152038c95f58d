import { expectedMessage } from "@rapport/stats";
import type { ChurnTerm } from "./churn-model";

/**
 * A term's input x for a signal value (0 for `null`): transform(clamp(v, −cap, cap)) − center.
 * Shared by scoring and fitting so fitted weights mean the same in both. A `NaN` value is a
 * `RangeError` naming the signal (it would make the whole score `NaN`). Internal.
 */
export function termInput(term: ChurnTerm, value: number | null): number {
  if (value === null) return 0;
  if (Number.isNaN(value)) {
    throw new RangeError(expectedMessage(`signals.${term.signal}`, "a number or null", value));
  }
  const cap = term.cap ?? Number.POSITIVE_INFINITY;
  const v = Math.min(cap, Math.max(-cap, value));
  const t = term.transform === "log1p" ? Math.sign(v) * Math.log1p(Math.abs(v)) : v;
  return t - term.center;
}
