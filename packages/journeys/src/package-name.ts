/**
 * The npm name of this package, for log lines and error messages.
 *
 * @example
 * ```ts
 * import { packageName } from "@rapport/journeys";
 * console.log(packageName); // "@rapport/journeys"
 * ```
 */
export const packageName = "@rapport/journeys";
