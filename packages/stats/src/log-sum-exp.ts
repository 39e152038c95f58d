/**
 * ln(eᵃ + eᵇ) without overflow or underflow: the larger term is factored out, so the
 * exponent left is never positive. `-Infinity` stands for a zero term.
 *
 * @example
 * ```ts
 * import { logSumExp } from "@rapport/stats";
 * logSumExp(-1000, -1000); // -1000 + ln 2
 * ```
 */
export function logSumExp(a: number, b: number): number {
  if (a === Number.NEGATIVE_INFINITY) return b;
  if (b === Number.NEGATIVE_INFINITY) return a;
  // Equal terms (+∞ included, where b − a would be NaN): ln(2eᵃ) = a + ln 2.
  if (a === b) return a + Math.LN2;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}
