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

/** Epoch milliseconds of an instant; a `TypeError` naming the argument if it is not one. */
export function toMillis(value: Instant, name: string, fn: string): number {
  const ms =
    typeof value === "number" ? value : value instanceof Date ? value.getTime() : Number.NaN;
  if (!Number.isFinite(ms)) {
    throw new TypeError(
      `${fn}: expected ${name} to be a valid Date or epoch milliseconds, received ${String(value)}`,
    );
  }
  return ms;
}
