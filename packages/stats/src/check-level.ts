import { fail } from "./check-arguments";

/**
 * Checks a confidence level, a number strictly between 0 and 1, and returns it: the one check
 * every function with a `level` option makes. A non-number is a `TypeError`, a number
 * outside (0, 1) a `RangeError`, with the message written by {@link expectedMessage}.
 *
 * @param where - The function and the option, e.g. `"nps: options.level"`.
 *
 * @example
 * ```ts
 * import { checkLevel } from "@rapport/stats";
 * checkLevel("nps: options.level", 0.9); // 0.9
 * checkLevel("nps: options.level", 95);
 * // RangeError: nps: options.level: expected a confidence level in (0, 1), received 95
 * ```
 */
export function checkLevel(where: string, level: unknown): number {
  if (typeof level === "number" && level > 0 && level < 1) return level;
  return fail(where, "a confidence level in (0, 1)", level);
}
