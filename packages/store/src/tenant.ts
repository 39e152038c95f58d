import { expectedMessage } from "@rapport/stats";

/**
 * The tenant a store's records belong to when nothing else names one: the tenant the CLI
 * writes to, and the tenant the SQL store's tenancy migration gives the rows it finds.
 *
 * @example
 * ```ts
 * import { createMemoryStore, DEFAULT_TENANT } from "@rapport/store";
 * const records = createMemoryStore().forTenant(DEFAULT_TENANT);
 * ```
 */
export const DEFAULT_TENANT = "default";

/**
 * The longest tenant id a store accepts, in UTF-16 code units.
 *
 * @example
 * ```ts
 * import { MAX_TENANT_LENGTH } from "@rapport/store";
 * MAX_TENANT_LENGTH; // 256
 * ```
 */
export const MAX_TENANT_LENGTH = 256;

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Checks a tenant id and returns it: a `TypeError` unless it is a string, a `RangeError` when
 * it is empty, longer than {@link MAX_TENANT_LENGTH}, holds a NUL or a lone surrogate (so every
 * database keeps exactly the tenant it was given).
 *
 * @example
 * ```ts
 * import { checkTenant } from "@rapport/store";
 * checkTenant("forTenant: tenant", "acme"); // "acme"
 * checkTenant("forTenant: tenant", ""); // throws RangeError
 * ```
 */
export function checkTenant(where: string, tenant: unknown): string {
  return checkKey(where, "a tenant id", tenant);
}

/** Checks a tenant or delivery id (1 to 256 characters of well-formed Unicode, no NUL); internal. */
export function checkKey(where: string, what: string, tenant: unknown): string {
  const expected = `${what} (a string of 1 to ${MAX_TENANT_LENGTH} characters, no NUL)`;
  if (typeof tenant !== "string") throw new TypeError(expectedMessage(where, expected, tenant));
  if (
    tenant.length === 0 ||
    tenant.length > MAX_TENANT_LENGTH ||
    tenant.includes("\u0000") ||
    LONE_SURROGATE.test(tenant)
  ) {
    throw new RangeError(expectedMessage(where, expected, tenant.slice(0, 300)));
  }
  return tenant;
}
