/**
 * The npm name of this package, for log lines and error messages.
 *
 * @example
 * ```ts
 * import { packageName } from "@rapport/service-levels";
 * console.log(packageName); // "@rapport/service-levels"
 * ```
 */
export const packageName = "@rapport/service-levels";
