/**
 * The npm name of this package, for log lines and error messages.
 *
 * @example
 * ```ts
 * import { packageName } from "@rapport/consent";
 * console.log(packageName); // "@rapport/consent"
 * ```
 */
export const packageName = "@rapport/consent";
