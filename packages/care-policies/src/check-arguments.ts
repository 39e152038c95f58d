import { expectedMessage } from "@rapport/stats";
// Argument checks shared by the public functions; their messages name the function, the
// argument, what was expected and what was received.

/** A `TypeError` unless `value` is an object (the options argument of a function). */
export function checkOptions(fn: string, value: unknown, expected: string): void {
  if (typeof value !== "object" || value === null) {
    throw new TypeError(expectedMessage(`${fn}: options`, expected, value));
  }
}
