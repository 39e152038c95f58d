import { expectedMessage } from "@rapport/stats";

/**
 * An instant as a `Date` or epoch milliseconds.
 *
 * @example
 * ```ts
 * import type { Instant } from "@rapport/service-levels";
 * const a: Instant = new Date("2026-03-09T14:00:00Z");
 * const b: Instant = Date.UTC(2026, 2, 9, 14);
 * ```
 */
export type Instant = Date | number;

/**
 * Epoch milliseconds of an instant: a `TypeError` naming the argument if it is neither a
 * `Date` nor a number, a `RangeError` if it is an invalid `Date` or a number that is not finite.
 */
export function toMillis(value: unknown, name: string, fn: string): number {
  const where = `${fn}: ${name}`;
  const expected = "a valid Date or epoch milliseconds";
  if (!(value instanceof Date) && typeof value !== "number") {
    throw new TypeError(expectedMessage(where, expected, value));
  }
  const ms = typeof value === "number" ? value : value.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(expectedMessage(where, expected, value));
  return ms;
}
