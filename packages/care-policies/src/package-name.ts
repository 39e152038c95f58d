/**
 * The npm name of this package, for log lines and error messages.
 *
 * @example
 * ```ts
 * import { packageName } from "@rapport/care-policies";
 * console.log(packageName); // "@rapport/care-policies"
 * ```
 */
export const packageName = "@rapport/care-policies";
