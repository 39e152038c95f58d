/**
 * The npm name of this package, for log lines and error messages.
 *
 * @example
 * ```ts
 * import { packageName } from "@rapport/freshdesk";
 * console.log(packageName); // "@rapport/freshdesk"
 * ```
 */
export const packageName = "@rapport/freshdesk";
