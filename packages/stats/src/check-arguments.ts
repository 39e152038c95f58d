import { expectedMessage } from "./expected-message";

// Argument checks. A value of the wrong JavaScript type is a TypeError, a number outside its
// domain a RangeError.

/** Checks that `value` is a number (any number, NaN included); internal. */
export function checkNumber(where: string, value: unknown): number {
  if (typeof value !== "number") throw new TypeError(expectedMessage(where, "a number", value));
  return value;
}

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
 * // RangeError: nps: options.level: expected a confidence level strictly between 0 and 1, received 95
 * ```
 */
export function checkLevel(where: string, level: unknown): number {
  if (typeof level === "number" && level > 0 && level < 1) return level;
  return fail(where, "a confidence level strictly between 0 and 1", level);
}

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

// A number that fails a check is out of its domain; anything else has the wrong type.
function fail(where: string, expected: string, value: unknown): never {
  throw new (typeof value === "number" ? RangeError : TypeError)(
    expectedMessage(where, expected, value),
  );
}

/** Checks that `value` is a number and not NaN; internal. */
export function checkNotNaN(where: string, value: unknown): number {
  const x = checkNumber(where, value);
  if (Number.isNaN(x)) throw new RangeError(expectedMessage(where, "a number", x));
  return x;
}
