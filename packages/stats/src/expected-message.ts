import { describeValue } from "./describe-value";

/**
 * The one form of every Rapport error message about a value: where it was, what was expected
 * and what was received (`nps: scores[3]: expected an integer from 0 to 10, received 11`).
 * Throw it as a `TypeError` when the value has the wrong JavaScript type, as a `RangeError`
 * when the type is right but the value is outside its domain.
 *
 * @param where - The function and the argument or field, e.g. `"nps: scores[3]"`; empty for none.
 * @param expected - What was expected, without the word "expected".
 * @param received - The value received; it is described with {@link describeValue}.
 *
 * @example
 * ```ts
 * import { expectedMessage } from "@rapport/stats";
 * throw new RangeError(expectedMessage("wilsonInterval: level", "a number in (0, 1)", 95));
 * // RangeError: wilsonInterval: level: expected a number in (0, 1), received 95
 * ```
 */
export function expectedMessage(where: string, expected: string, received: unknown): string {
  const prefix = where === "" ? "" : `${where}: `;
  return `${prefix}expected ${expected}, received ${describeValue(received)}`;
}
