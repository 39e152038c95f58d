/**
 * The npm name of this package, for log lines and error messages.
 *
 * @example
 * ```ts
 * import { packageName } from "@rapport/intercom";
 * console.log(packageName); // "@rapport/intercom"
 * ```
 */
export const packageName = "@rapport/intercom";
