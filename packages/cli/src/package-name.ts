/**
 * The npm name of this package, for log lines and error messages.
 *
 * @example
 * ```ts
 * import { packageName } from "@rapport/cli";
 * console.log(packageName); // "@rapport/cli"
 * ```
 */
export const packageName = "@rapport/cli";
