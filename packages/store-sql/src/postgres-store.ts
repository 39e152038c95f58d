import { Kysely, PostgresDialect } from "kysely";
import { createKyselyStore, type SqlCareStore } from "./kysely-store";
import { loadDriver } from "./load-driver";

/**
 * Options of {@link createPostgresStore}.
 *
 * @example
 * ```ts
 * import type { PostgresStoreOptions } from "@rapport/store-sql";
 * const options: PostgresStoreOptions = {
 *   connectionString: "postgres://rapport:rapport@127.0.0.1:5432/rapport",
 *   schema: "care",
 * };
 * ```
 */
export interface PostgresStoreOptions {
  /** A libpq connection URI: `postgres://user:password@host:port/database`. */
  connectionString: string;
  /** The schema holding the store's tables (created if missing; default: the search path). */
  schema?: string;
  /** The most connections the pool opens (default 10). */
  maxConnections?: number;
  /** The master key that encrypts personal fields (see `KyselyStoreOptions.encryptionKey`). */
  encryptionKey?: Uint8Array;
}

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/**
 * A {@link SqlCareStore} in PostgreSQL through a `pg` pool, migrated to the latest schema.
 * `pg` is an optional peer dependency, loaded when the first PostgreSQL store is opened:
 * without it, this rejects with `PostgreSQL stores need pg: npm install pg`.
 *
 * @example
 * ```ts
 * import { createPostgresStore } from "@rapport/store-sql";
 * const store = await createPostgresStore({
 *   connectionString: "postgres://rapport:rapport@127.0.0.1:5432/rapport",
 * });
 * await store.scoreCounts({ metric: "nps", period: "month", timeZone: "Europe/Berlin" });
 * await store.close();
 * ```
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<SqlCareStore> {
  if (typeof options?.connectionString !== "string" || options.connectionString.length === 0) {
    throw new TypeError(
      `connectionString: expected a URI such as postgres://user:password@host:5432/database, received ${JSON.stringify(options?.connectionString)}`,
    );
  }
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new RangeError(
      `schema: expected a plain SQL identifier (letters, digits, underscores), received ${JSON.stringify(schema)}`,
    );
  }
  const { default: pg } = await loadDriver("pg", "PostgreSQL stores", () => import("pg"));
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle connection the server drops (a restart, a failover, an idle timeout) is reported
  // here; the pool discards it and opens a new one on the next query. Without a listener,
  // Node would end the whole process on that 'error' event.
  pool.on("error", () => {});
  try {
    if (schema !== undefined) await pool.query(`create schema if not exists "${schema}"`);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const db = new Kysely<never>({ dialect: new PostgresDialect({ pool }) });
  return createKyselyStore(db, {
    dialect: "postgres",
    ...(options.encryptionKey ? { encryptionKey: options.encryptionKey } : {}),
  });
}
