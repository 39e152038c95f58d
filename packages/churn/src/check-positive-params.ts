import { expectedMessage } from "@rapport/stats";

/**
 * Throws a `RangeError` naming the parameter unless each of `keys` is a finite number > 0
 * (`label` is how the message names the object, e.g. "params" or "start"). Internal.
 */
export function checkPositiveParams<K extends string>(
  params: Readonly<Record<K, number>>,
  keys: readonly K[],
  fn: string,
  label = "params",
): void {
  for (const key of keys) {
    const value = params?.[key];
    if (!(Number.isFinite(value) && value > 0)) {
      throw new RangeError(expectedMessage(`${fn}: ${label}.${key}`, "a finite number > 0", value));
    }
  }
}
