import { expectedMessage } from "@rapport/stats";

/**
 * Checks an id argument: a `TypeError` unless it is a string, a `RangeError` when empty; the
 * message says how to make one (`customerId("…")`). Internal.
 */
export function checkId(where: string, entity: "customer" | "case" | "record", id: unknown): void {
  const expected = `a ${entity} id (a non-empty string; make one with ${entity}Id("…"))`;
  if (typeof id !== "string") throw new TypeError(expectedMessage(where, expected, id));
  if (id.length === 0) throw new RangeError(expectedMessage(where, expected, id));
}
