/**
 * The npm name of this package, for log lines and error messages.
 *
 * @example
 * ```ts
 * import { packageName } from "@rapport/store-sql";
 * console.log(packageName); // "@rapport/store-sql"
 * ```
 */
export const packageName = "@rapport/store-sql";
