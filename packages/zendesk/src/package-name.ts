/**
 * The npm name of this package, for log lines and error messages.
 *
 * @example
 * ```ts
 * import { packageName } from "@rapport/zendesk";
 * console.log(packageName); // "@rapport/zendesk"
 * ```
 */
export const packageName = "@rapport/zendesk";
