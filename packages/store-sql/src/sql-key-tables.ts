import type { DataKeyTable, SuppressionTable } from "@rapport/store";
import type { Kysely } from "kysely";

/** The two tables of the store's personal-data keys; internal. */
interface KeyTables {
  data_keys: { tenant: string; customer_id: string; wrapped: string };
  suppressions: { tenant: string; key: string; data: string };
}

const CHUNK = 5_000;

/** The `data_keys` table as a {@link DataKeyTable}; internal. */
export function sqlDataKeyTable(database: Kysely<never>, tenant: string): DataKeyTable {
  const db = database as unknown as Kysely<KeyTables>;
  return {
    async get(customerIds) {
      const found = new Map<string, string>();
      for (let start = 0; start < customerIds.length; start += CHUNK) {
        const rows = await db
          .selectFrom("data_keys")
          .select(["customer_id", "wrapped"])
          .where("tenant", "=", tenant)
          .where("customer_id", "in", customerIds.slice(start, start + CHUNK))
          .execute();
        for (const row of rows) found.set(row.customer_id, row.wrapped);
      }
      return found;
    },
    async add(keys) {
      for (let start = 0; start < keys.length; start += CHUNK) {
        const chunk = keys.slice(start, start + CHUNK);
        await db
          .insertInto("data_keys")
          .values(chunk.map(([customer_id, wrapped]) => ({ tenant, customer_id, wrapped })))
          .onConflict((conflict) => conflict.columns(["tenant", "customer_id"]).doNothing())
          .execute();
      }
    },
    async destroy(customerIds) {
      if (customerIds.length === 0) return 0;
      const result = await db
        .deleteFrom("data_keys")
        .where("tenant", "=", tenant)
        .where("customer_id", "in", [...customerIds])
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

/** The `suppressions` table as a {@link SuppressionTable}; internal. */
export function sqlSuppressionTable(database: Kysely<never>, tenant: string): SuppressionTable {
  const db = database as unknown as Kysely<KeyTables>;
  return {
    async write(key, data) {
      await db
        .insertInto("suppressions")
        .values({ tenant, key, data })
        .onConflict((conflict) => conflict.columns(["tenant", "key"]).doUpdateSet({ data }))
        .execute();
    },
    async read(key) {
      const row = await db
        .selectFrom("suppressions")
        .select("data")
        .where("tenant", "=", tenant)
        .where("key", "=", key)
        .executeTakeFirst();
      return row?.data;
    },
  };
}
