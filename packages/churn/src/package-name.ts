/**
 * The npm name of this package, for log lines and error messages.
 *
 * @example
 * ```ts
 * import { packageName } from "@rapport/churn";
 * console.log(packageName); // "@rapport/churn"
 * ```
 */
export const packageName = "@rapport/churn";
