import { expectedMessage } from "./expected-message";

// Argument checks shared by the functions of this package; internal. A value of the wrong
// JavaScript type is a TypeError, a number outside its domain a RangeError.

/** Checks that `value` is a number (any number, NaN included); internal. */
export function checkNumber(where: string, value: unknown): number {
  if (typeof value !== "number") throw new TypeError(expectedMessage(where, "a number", value));
  return value;
}

/** Checks a confidence level, a number strictly between 0 and 1; internal. */
export function checkLevel(where: string, level: unknown): number {
  if (typeof level === "number" && level > 0 && level < 1) return level;
  const expected = "a confidence level strictly between 0 and 1, e.g. 0.95";
  if (typeof level !== "number") throw new TypeError(expectedMessage(where, expected, level));
  throw new RangeError(expectedMessage(where, expected, level));
}

/** Checks a count, a safe integer ≥ 0; internal. */
export function checkCount(where: string, value: unknown): number {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return value;
  const expected = "a whole number ≥ 0";
  if (typeof value !== "number") throw new TypeError(expectedMessage(where, expected, value));
  throw new RangeError(expectedMessage(where, expected, value));
}

/** Checks that `value` is a number and not NaN; internal. */
export function checkNotNaN(where: string, value: unknown): number {
  const x = checkNumber(where, value);
  if (Number.isNaN(x)) throw new RangeError(expectedMessage(where, "a number", x));
  return x;
}
