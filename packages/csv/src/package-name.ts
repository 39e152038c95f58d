/**
 * The npm name of this package, for log lines and error messages.
 *
 * @example
 * ```ts
 * import { packageName } from "@rapport/csv";
 * console.log(packageName); // "@rapport/csv"
 * ```
 */
export const packageName = "@rapport/csv";
