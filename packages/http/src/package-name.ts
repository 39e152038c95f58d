/**
 * The npm name of this package, for log lines and error messages.
 *
 * @example
 * ```ts
 * import { packageName } from "@rapport/http";
 * console.log(packageName); // "@rapport/http"
 * ```
 */
export const packageName = "@rapport/http";
