/**
 * The npm name of this package, for log lines and error messages.
 *
 * @example
 * ```ts
 * import { packageName } from "@rapport/core";
 * console.log(packageName); // "@rapport/core"
 * ```
 */
export const packageName = "@rapport/core";
