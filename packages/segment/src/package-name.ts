/**
 * The npm name of this package, for log lines and error messages.
 *
 * @example
 * ```ts
 * import { packageName } from "@rapport/segment";
 * console.log(packageName); // "@rapport/segment"
 * ```
 */
export const packageName = "@rapport/segment";
