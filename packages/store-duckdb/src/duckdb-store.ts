import { DuckDBInstance } from "@duckdb/node-api";
import { createKyselyStore, type SqlCareStore } from "@rapport/store-sql";
import { Kysely } from "kysely";
import { appenderStage } from "./appender-stage";
import { DuckDbDialect } from "./duckdb-dialect";

/**
 * Options of {@link createDuckDbStore}.
 *
 * @example
 * ```ts
 * import type { DuckDbStoreOptions } from "@rapport/store-duckdb";
 * const options: DuckDbStoreOptions = { path: "care.duckdb" };
 * ```
 */
export interface DuckDbStoreOptions {
  /** A database file (created if missing), or `":memory:"` (the default) for a private one. */
  readonly path?: string;
  /** DuckDB settings for the instance, e.g. `{ threads: "2", memory_limit: "2GB" }`. */
  readonly settings?: Readonly<Record<string, string>>;
  /**
   * The master key (32 bytes) that wraps each customer's data key, as in `@rapport/store-sql`:
   * personal fields are stored encrypted, so their plaintext never reaches the file or its
   * WAL, and erasing a customer destroys their key. Without it, records are stored as plain
   * JSON.
   */
  readonly encryptionKey?: Uint8Array;
}

/**
 * The embedded analytical store: a `SqlCareStore` (the tenant-scoped store port of
 * `@rapport/store`, with the tables and migrations of `@rapport/store-sql`: every row has a
 * `tenant` column leading its key and indexes) in a DuckDB file or in memory, on
 * `@duckdb/node-api`, whose npm package ships DuckDB's binary. Score histograms are counted
 * by DuckDB; `store.kysely` is the Kysely instance for `@rapport/sql-metrics` and for
 * reading Parquet and CSV exports in place (see `readExport`). Closing the store closes the
 * database.
 *
 * @example
 * ```ts
 * import { parseSurveyResponse } from "@rapport/core";
 * import { createDuckDbStore } from "@rapport/store-duckdb";
 * const store = await createDuckDbStore({ path: ":memory:" });
 * const acme = store.forTenant("acme");
 * await acme.surveyResponses.upsert(
 *   parseSurveyResponse({ kind: "nps", score: 9, id: "r1", customerId: "c1", respondedAt: "2024-03-01T10:00:00Z" }),
 * );
 * await acme.scoreCounts({ metric: "nps" }); // [{ scale: "zero_to_ten", counts: { "9": 1 }, n: 1, … }]
 * await store.close();
 * ```
 */
export async function createDuckDbStore(
  options: DuckDbStoreOptions = {},
): Promise<DuckDbCareStore> {
  const path = options.path ?? ":memory:";
  if (typeof path !== "string" || path.length === 0) {
    throw new TypeError(
      `createDuckDbStore: options.path: expected a file path or ":memory:", received ${JSON.stringify(path)}`,
    );
  }
  const instance = await DuckDBInstance.create(path, { ...options.settings });
  const connection = await instance.connect();
  const kysely = new Kysely<never>({
    dialect: new DuckDbDialect({
      connection,
      onDestroy: () => {
        connection.closeSync();
        instance.closeSync();
      },
    }),
  });
  try {
    const store = await createKyselyStore(kysely, {
      dialect: "duckdb",
      stageRows: appenderStage(connection),
      ...(options.encryptionKey ? { encryptionKey: options.encryptionKey } : {}),
    });
    return Object.assign(store, { kysely });
  } catch (error) {
    await kysely.destroy();
    throw error;
  }
}

/**
 * The store {@link createDuckDbStore} returns: a `SqlCareStore` with its Kysely instance.
 *
 * @example
 * ```ts
 * import { createDuckDbStore, type DuckDbCareStore } from "@rapport/store-duckdb";
 * const store: DuckDbCareStore = await createDuckDbStore();
 * store.dialect; // "duckdb"
 * ```
 */
export interface DuckDbCareStore extends SqlCareStore {
  /** The Kysely instance over the store's database (closed by `close()`). */
  readonly kysely: Kysely<never>;
}
