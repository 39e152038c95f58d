/**
 * The "one of …" phrase of an error message, listing the allowed values as JSON joined by
 * `|`: the one way Rapport writes a choice.
 *
 * @example
 * ```ts
 * import { oneOf } from "@rapport/stats";
 * oneOf(["day", "week"]); // "one of \"day\" | \"week\""
 * ```
 */
export function oneOf(values: readonly unknown[]): string {
  if (values.length === 1) return JSON.stringify(values[0]);
  return `one of ${values.map((value) => JSON.stringify(value)).join(" | ")}`;
}
