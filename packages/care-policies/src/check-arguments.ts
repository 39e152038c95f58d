import { isTimeZone } from "@rapport/core";
import { checkDate as checkDateOf, expectedMessage } from "@rapport/stats";
// Argument checks shared by the public functions; their messages name the function, the
// argument, what was expected and what was received.

/** A `TypeError` unless `value` is a `Date`, a `RangeError` if it is an invalid one. */
export function checkDate(fn: string, field: string, value: unknown): asserts value is Date {
  checkDateOf(`${fn}: ${field}`, value);
}

/** A `TypeError` unless `value` is a string, a `RangeError` unless it is a known IANA zone. */
export function checkTimeZone(fn: string, field: string, value: unknown): asserts value is string {
  const expected = 'an IANA time-zone name such as "Europe/Berlin"';
  if (typeof value !== "string") {
    throw new TypeError(expectedMessage(`${fn}: ${field}`, expected, value));
  }
  if (!isTimeZone(value)) throw new RangeError(expectedMessage(`${fn}: ${field}`, expected, value));
}

/** A `TypeError` unless `value` is an object (the options argument of a function). */
export function checkOptions(fn: string, value: unknown, expected: string): void {
  if (typeof value !== "object" || value === null) {
    throw new TypeError(expectedMessage(`${fn}: options`, expected, value));
  }
}
