/**
 * The npm name of this package, for log lines and error messages.
 *
 * @example
 * ```ts
 * import { packageName } from "@rapport/store";
 * console.log(packageName); // "@rapport/store"
 * ```
 */
export const packageName = "@rapport/store";
