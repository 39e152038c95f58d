/**
 * The npm name of this package, for log lines and error messages.
 *
 * @example
 * ```ts
 * import { packageName } from "@rapport/sql-metrics";
 * console.log(packageName); // "@rapport/sql-metrics"
 * ```
 */
export const packageName = "@rapport/sql-metrics";
