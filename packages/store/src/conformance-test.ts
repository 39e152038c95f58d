import type { CareStore, TenantStore } from "./care-store";
import { repositoryOf } from "./care-store";
import { STORE_ENTITIES, type StoreEntity } from "./store-entity";

/** Declares one test on a fresh store: `body` gets tenant A's view and the store; internal. */
export type ConformanceTest = (
  name: string,
  body: (store: TenantStore, root: CareStore) => Promise<void>,
) => unknown;

/**
 * The {@link ConformanceTest} that runs each body on a fresh store from `factory`, as tenant
 * A, and closes the store after; internal.
 */
export function onFreshStores(
  factory: () => CareStore | Promise<CareStore>,
  it: (name: string, body: () => Promise<void>) => unknown,
): ConformanceTest {
  return (name, body) =>
    it(name, async () => {
      const root = await factory();
      try {
        await body(root.forTenant("tenant-a"), root);
      } finally {
        await root.close();
      }
    });
}

/** The assertions the suite uses; internal. */
export type ConformanceExpect = (actual: unknown) => {
  toEqual(expected: unknown): void;
  toBe(expected: unknown): void;
};

/** Every record of every entity a tenant's view streams; internal. */
export async function everything(store: TenantStore): Promise<Record<StoreEntity, unknown[]>> {
  const all = {} as Record<StoreEntity, unknown[]>;
  for (const entity of STORE_ENTITIES) {
    all[entity] = [];
    for await (const page of repositoryOf(store, entity).stream({ limit: 1000 })) {
      all[entity].push(...page);
    }
  }
  return all;
}

/** The error a call throws, as text, or `"no error"`; internal. */
export async function errorOf(run: () => unknown): Promise<string> {
  try {
    await run();
    return "no error";
  } catch (error) {
    return String(error);
  }
}
