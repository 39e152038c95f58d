import { expectedMessage } from "@rapport/stats";

/**
 * Checks a `Date` argument and returns its time in milliseconds: not a `Date` is a
 * `TypeError`, an invalid one a `RangeError`; `where` names it, e.g. `"dropOff: options.asOf"`.
 * Internal.
 */
export function checkInstant(where: string, value: unknown): number {
  if (!(value instanceof Date)) throw new TypeError(expectedMessage(where, "a Date", value));
  const time = value.getTime();
  if (Number.isNaN(time)) throw new RangeError(expectedMessage(where, "a valid Date", value));
  return time;
}
