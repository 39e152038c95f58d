/**
 * An id as a reader can take it when no name is known: without the system prefix an import
 * adds (`zendesk:9000` is `9000`). An id without a prefix is returned as it is.
 *
 * @example
 * ```ts
 * import { readableId } from "./readable-id"; // internal
 * readableId("zendesk:9000"); // "9000"
 * ```
 */
export function readableId(id: string): string {
  const match = /^[a-z][a-z0-9-]*:(.+)$/.exec(id);
  return match ? match[1]! : id;
}

/**
 * A person's name, or their id without the system prefix when the data has no name.
 *
 * @example
 * ```ts
 * import { displayName } from "./readable-id"; // internal
 * displayName(null, "zendesk:20014182"); // "20014182"
 * ```
 */
export function displayName(name: string | null | undefined, id: string): string {
  return name !== null && name !== undefined && name.trim() !== "" ? name : readableId(id);
}
