import { fail } from "./check-arguments";

/**
 * Checks a count, a whole number ≥ 0 (a safe integer), and returns it. A non-number is a
 * `TypeError`, any other number a `RangeError`, with the message written by
 * {@link expectedMessage}.
 *
 * @param where - The function and the argument, e.g. `"npsFromCounts: promoters"`.
 *
 * @example
 * ```ts
 * import { checkCount } from "@rapport/stats";
 * checkCount("responseRate: sent", 400); // 400
 * checkCount("responseRate: sent", -1);
 * // RangeError: responseRate: sent: expected a whole number ≥ 0, received -1
 * ```
 */
export function checkCount(where: string, value: unknown): number {
  if (Number.isSafeInteger(value) && (value as number) >= 0) return value as number;
  return fail(where, "a whole number ≥ 0", value);
}
