import { checkDate } from "@rapport/stats";

/**
 * Checks a `Date` argument and returns its time in milliseconds: not a `Date` is a
 * `TypeError`, an invalid one a `RangeError`; `where` names it, e.g. `"dropOff: options.asOf"`.
 * Internal.
 */
export function checkInstant(where: string, value: unknown): number {
  return checkDate(where, value).getTime();
}
