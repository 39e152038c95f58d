import { expectedMessage } from "./expected-message";

/**
 * Checks a `Date` argument and returns it: anything but a `Date` (a string, a number, nothing)
 * is a `TypeError`, an invalid `Date` a `RangeError`, with the message written by
 * {@link expectedMessage}. The one check of every `options.asOf` and every instant argument.
 *
 * @param where - The function and the argument, e.g. `"importZendesk: options.asOf"`.
 *
 * @example
 * ```ts
 * import { checkDate } from "@rapport/stats";
 * checkDate("dropOff: options.asOf", new Date("2026-01-01T00:00:00Z")).getTime(); // 1767225600000
 * checkDate("dropOff: options.asOf", "2026-01-01");
 * // TypeError: dropOff: options.asOf: expected a Date, received "2026-01-01"
 * ```
 */
export function checkDate(where: string, value: unknown): Date {
  if (!(value instanceof Date)) throw new TypeError(expectedMessage(where, "a Date", value));
  if (Number.isNaN(value.getTime())) {
    throw new RangeError(expectedMessage(where, "a valid Date", value));
  }
  return value;
}
