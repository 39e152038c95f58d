import { expectedMessage } from "./expected-message";

// Argument checks. A value of the wrong JavaScript type is a TypeError, a number outside its
// domain a RangeError.

/** Checks that `value` is a number (any number, NaN included); internal. */
export function checkNumber(where: string, value: unknown): number {
  if (typeof value !== "number") throw new TypeError(expectedMessage(where, "a number", value));
  return value;
}

/** Checks that `value` is a number and not NaN; internal. */
export function checkNotNaN(where: string, value: unknown): number {
  const x = checkNumber(where, value);
  if (Number.isNaN(x)) throw new RangeError(expectedMessage(where, "a number", x));
  return x;
}

/** Throws a RangeError for a number, a TypeError for anything else; internal. */
export function fail(where: string, expected: string, value: unknown): never {
  throw new (typeof value === "number" ? RangeError : TypeError)(
    expectedMessage(where, expected, value),
  );
}
