import {
  type CareStore,
  createRecordSealer,
  createSuppressionStore,
  type Repository,
  STORE_ENTITIES,
  type StoreEntity,
  type StoreIds,
  type StoreRecords,
} from "@rapport/store";
import { type Kysely, type MigrationProvider, Migrator, sql } from "kysely";
import { sqlErase } from "./sql-erasure";
import { sqlDataKeyTable, sqlSuppressionTable } from "./sql-key-tables";
import { sqlRepository } from "./sql-repository";
import { sqlScoreCounts } from "./sql-score-counts";
import { SQL_TABLES, type SqlDialectName, type SqlTables } from "./sql-tables";
import { storeMigrations } from "./store-migrations";

/**
 * A `CareStore` (from `@rapport/store`) kept in a SQL database, with its dialect.
 *
 * @example
 * ```ts
 * import { createSqliteStore, type SqlCareStore } from "@rapport/store-sql";
 * const store: SqlCareStore = await createSqliteStore({ filename: ":memory:" });
 * store.dialect; // "sqlite"
 * ```
 */
export interface SqlCareStore extends CareStore {
  /** The database's dialect. */
  readonly dialect: SqlDialectName;
  /**
   * Removes what erasures left in the database files: SQLite checkpoints and truncates its
   * write-ahead log (erasures already do; `full` also rebuilds the file with `VACUUM`);
   * PostgreSQL runs `VACUUM` on the store's tables (`full`: `VACUUM FULL`, which rewrites
   * them under an exclusive lock), so dead tuples are pruned. PostgreSQL's WAL, archives and
   * backups keep what was written until they expire: only an `encryptionKey` keeps personal
   * fields out of them.
   */
  vacuumAfterErasure(options?: { full?: boolean }): Promise<void>;
}

/**
 * Options of {@link createKyselyStore}; the file adapters take the same ones.
 *
 * @example
 * ```ts
 * import type { KyselyStoreOptions } from "@rapport/store-sql";
 * import { generateEncryptionKey } from "@rapport/store";
 * const options: KyselyStoreOptions = { dialect: "postgres", encryptionKey: generateEncryptionKey() };
 * ```
 */
export interface KyselyStoreOptions {
  /** The database's dialect. */
  dialect: SqlDialectName;
  /**
   * The master key (32 bytes) that wraps each customer's data key: personal fields are
   * stored encrypted, and erasing a customer destroys their key (see `PERSONAL_FIELDS` of
   * `@rapport/store`). Without it, records are stored as plain JSON.
   */
  encryptionKey?: Uint8Array;
  /** How often an erasure retries SQLite's write lock before it gives up (default 5). */
  erasureRetries?: number;
}

/**
 * A {@link SqlCareStore} over a Kysely instance you configured yourself (your own pool, a
 * plugin, logging). Brings the schema up to date with the Kysely migrator first (see
 * `storeMigrations`); closing the store destroys the Kysely instance.
 *
 * @example
 * ```ts
 * import { createKyselyStore } from "@rapport/store-sql";
 * import Database from "better-sqlite3";
 * import { Kysely, SqliteDialect } from "kysely";
 * const db = new Kysely<never>({ dialect: new SqliteDialect({ database: new Database(":memory:") }) });
 * const store = await createKyselyStore(db, { dialect: "sqlite" });
 * ```
 */
export async function createKyselyStore<Database>(
  db: Kysely<Database>,
  options: KyselyStoreOptions,
): Promise<SqlCareStore> {
  const typed = db as unknown as Kysely<SqlTables>;
  const migrations = storeMigrations(options.dialect);
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  // Kysely looks for its migration tables in any schema unless told which one: with another
  // schema of the database holding them (another Kysely app in `public`), it would skip
  // creating them here and then fail on them. Ours live where the store's tables do.
  const migrationTableSchema =
    options.dialect === "postgres"
      ? (await sql<{ schema: string | null }>`select current_schema() as schema`.execute(typed))
          .rows[0]?.schema
      : undefined;
  const { error, results } = await new Migrator({
    db: typed,
    provider,
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  }).migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === "Error")?.migrationName;
    throw new Error(`Rapport store migration ${failed ?? "(unknown)"} failed: ${String(error)}`, {
      cause: error,
    });
  }
  const sealer = createRecordSealer(sqlDataKeyTable(typed as never), {
    encryptionKey: options.encryptionKey,
  });
  const sealerFor = (executor: Kysely<SqlTables>) =>
    sealer.withTable(sqlDataKeyTable(executor as never));
  const repositories = Object.fromEntries(
    STORE_ENTITIES.map((entity) => [entity, sqlRepository(typed, entity, sealerFor)]),
  ) as { [E in StoreEntity]: Repository<StoreRecords[E], StoreIds[E]> };
  const locking = { retries: options.erasureRetries ?? 5, retryDelayMs: 20 };
  return {
    ...repositories,
    dialect: options.dialect,
    suppressions: createSuppressionStore(sqlSuppressionTable(typed as never), sealer),
    erase: (request) => sqlErase(typed, options.dialect, sealer, request, locking),
    async vacuumAfterErasure(vacuum = {}) {
      if (options.dialect === "sqlite") {
        await sql`pragma wal_checkpoint(TRUNCATE)`.execute(typed);
        if (vacuum.full) await sql`vacuum`.execute(typed);
        return;
      }
      const tables = [...STORE_ENTITIES.map((e) => SQL_TABLES[e]), "data_keys", "suppressions"];
      const list = sql.join(tables.map((t) => sql.table(t)));
      await (vacuum.full ? sql`vacuum (full) ${list}` : sql`vacuum ${list}`).execute(typed);
    },
    scoreCounts: (query) => sqlScoreCounts(typed, query),
    close: () => typed.destroy(),
  };
}
