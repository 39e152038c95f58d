import { checkDate } from "@rapport/stats";

/**
 * Checks the moment of an import or a verification, `options.asOf`: a `TypeError` when it is
 * not a `Date` (or is missing), a `RangeError` when it is an invalid one. Every importer and
 * verifier requires it, so that no answer silently depends on the machine's clock.
 *
 * @param where - The caller, for the message: `"importZendesk"`.
 * @param asOf - The value given as `options.asOf`.
 * @returns The same `Date`.
 *
 * @example
 * ```ts
 * import { requireAsOf } from "@rapport/source-kit";
 * requireAsOf("importExample", new Date("2024-06-01T00:00:00Z")).toISOString(); // "2024-06-01T00:00:00.000Z"
 * // requireAsOf("importExample", "2024-06-01") throws
 * // TypeError: importExample: options.asOf: expected a Date, received "2024-06-01"
 * ```
 */
export function requireAsOf(where: string, asOf: unknown): Date {
  return checkDate(`${where}: options.asOf`, asOf);
}
