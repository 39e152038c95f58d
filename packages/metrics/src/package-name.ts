/**
 * The npm name of this package, for log lines and error messages.
 *
 * @example
 * ```ts
 * import { packageName } from "@rapport/metrics";
 * console.log(packageName); // "@rapport/metrics"
 * ```
 */
export const packageName = "@rapport/metrics";
