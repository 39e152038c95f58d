import type { CareStore, TenantStore } from "./care-store";
import { STORE_ENTITIES } from "./store-entity";
import { checkTenant } from "./tenant";

const TENANT_MEMBERS = [
  ...STORE_ENTITIES,
  "suppressions",
  "upsertAll",
  "erase",
  "scoreCounts",
] as const;

/**
 * Builds an adapter's {@link CareStore} from its parts: `forTenant` gets a checked tenant id
 * (a `TypeError` or `RangeError` for a bad one, before the adapter sees it), and every member
 * of a tenant's view read on the store itself (`store.customers`, `store.erase`) throws a
 * `TypeError` saying to call `forTenant` first, so an unscoped call fails loudly in
 * JavaScript too. Extra properties (a SQL store's `dialect`) are kept.
 *
 * @example
 * ```ts
 * import { createMemoryStore, defineCareStore } from "@rapport/store";
 * const inner = createMemoryStore();
 * const store = defineCareStore({
 *   forTenant: (tenant) => inner.forTenant(tenant),
 *   close: () => inner.close(),
 *   name: "wrapped",
 * });
 * store.forTenant("acme");
 * ```
 */
export function defineCareStore<Extra extends object>(
  parts: Extra & {
    forTenant(tenant: string): TenantStore;
    close(): Promise<void>;
  },
): CareStore & Omit<Extra, "forTenant" | "close"> {
  const { forTenant, close, ...extra } = parts;
  const store = {
    ...extra,
    forTenant: (tenant: string) => forTenant(checkTenant("forTenant: tenant", tenant)),
    close: () => close(),
  };
  for (const member of TENANT_MEMBERS) {
    Object.defineProperty(store, member, {
      enumerable: false,
      get() {
        throw new TypeError(
          `store.${member}: every store call is scoped to one tenant; call store.forTenant(tenant).${member} instead`,
        );
      },
    });
  }
  return store as unknown as CareStore & Omit<Extra, "forTenant" | "close">;
}
