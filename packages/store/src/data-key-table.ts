/**
 * Where a store keeps its customers' data keys, each wrapped (encrypted) by the store's
 * master key: a table of the same database, so that a backup of the database never holds a
 * usable key. Adapters implement it; {@link createRecordSealer} uses it.
 *
 * @example
 * ```ts
 * import { memoryDataKeyTable, type DataKeyTable } from "@rapport/store";
 * const table: DataKeyTable = memoryDataKeyTable();
 * await table.add([["c1", "v1.…"]]);
 * ```
 */
export interface DataKeyTable {
  /** The wrapped keys of these customers that exist, by customer id. */
  get(customerIds: readonly string[]): Promise<Map<string, string>>;
  /** Stores each `[customerId, wrappedKey]` whose customer has no key yet; an existing key stays. */
  add(keys: readonly (readonly [string, string])[]): Promise<void>;
  /** Destroys the keys of these customers; resolves to how many there were. */
  destroy(customerIds: readonly string[]): Promise<number>;
}

/**
 * A {@link DataKeyTable} held in a `Map`, for the in-memory store.
 *
 * @example
 * ```ts
 * import { memoryDataKeyTable } from "@rapport/store";
 * const table = memoryDataKeyTable();
 * await table.destroy(["c1"]); // 0
 * ```
 */
export function memoryDataKeyTable(): DataKeyTable {
  const keys = new Map<string, string>();
  return {
    async get(customerIds) {
      const found = new Map<string, string>();
      for (const id of customerIds) {
        const key = keys.get(id);
        if (key !== undefined) found.set(id, key);
      }
      return found;
    },
    async add(entries) {
      for (const [id, key] of entries) if (!keys.has(id)) keys.set(id, key);
    },
    async destroy(customerIds) {
      let count = 0;
      for (const id of customerIds) if (keys.delete(id)) count++;
      return count;
    },
  };
}
