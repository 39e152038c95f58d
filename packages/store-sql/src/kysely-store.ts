import {
  type CareStore,
  checkDeliveryId,
  createRecordSealer,
  createSuppressionStore,
  defineCareStore,
  emptyReports,
  prepareUpsert,
  STORE_ENTITIES,
  type StoreEntity,
  type TenantStore,
} from "@rapport/store";
import { type Kysely, sql } from "kysely";
import { migrateStore } from "./migrate-store";
import { concurrent, type Serial, serialQueue } from "./serial-queue";
import { type ErasureLocking, sqlErase } from "./sql-erasure";
import { sqlDataKeyTable, sqlSuppressionTable } from "./sql-key-tables";
import { type AnyTable, type SqlRepository, sqlRepository } from "./sql-repository";
import { sqlScoreCounts } from "./sql-score-counts";
import { SQL_TABLES, type SqlDialectName, type SqlTables } from "./sql-tables";
import type { StageRows } from "./stage-rows";

/**
 * A `CareStore` (from `@rapport/store`) kept in a SQL database, with its dialect.
 *
 * @example
 * ```ts
 * import { createSqliteStore, type SqlCareStore } from "@rapport/store-sql";
 * const store: SqlCareStore = await createSqliteStore({ filename: ":memory:" });
 * store.dialect; // "sqlite"
 * await store.forTenant("acme").cases.query();
 * ```
 */
export interface SqlCareStore extends CareStore {
  /** The database's dialect. */
  readonly dialect: SqlDialectName;
  /**
   * Removes what erasures left in the database files: SQLite checkpoints and truncates its
   * write-ahead log (erasures already do; `full` also rebuilds the file with `VACUUM`);
   * DuckDB checkpoints (its WAL goes into the file and is emptied; freed blocks keep their
   * bytes until reused, so only an `encryptionKey` keeps personal fields out of them);
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
  /**
   * The engine's bulk loader (see {@link StageRows}): upserts of more than 500 records in a
   * transaction stage their rows with it and merge them in one statement.
   * `createDuckDbStore` passes DuckDB's appender.
   */
  stageRows?: StageRows;
}

/** One tenant's view of the SQL store; internal. */
function sqlTenant(
  db: Kysely<unknown>,
  tenant: string,
  statements: ReadonlyMap<StoreEntity, Map<number, string>>,
  options: KyselyStoreOptions,
  locking: ErasureLocking,
  run: Serial,
): TenantStore {
  // Each tenant has its own data keys: the same customer id in two tenants is two people.
  const sealer = createRecordSealer(sqlDataKeyTable(db as never, tenant), {
    encryptionKey: options.encryptionKey,
  });
  const sealerFor = (executor: Kysely<unknown>) =>
    sealer.withTable(sqlDataKeyTable(executor as never, tenant));
  const repositories = Object.fromEntries(
    STORE_ENTITIES.map((entity) => [
      entity,
      sqlRepository(db, entity, tenant, statements.get(entity)!, run, sealerFor, {
        stageRows: options.stageRows,
      }),
    ]),
  ) as { [E in StoreEntity]: SqlRepository<E> };
  const suppressionStore = createSuppressionStore(sqlSuppressionTable(db as never, tenant), sealer);
  const typed = db as Kysely<AnyTable & { deliveries: { tenant: string; id: string } }>;
  return {
    ...repositories,
    tenant,
    async upsertAll(batch, options = {}) {
      const deliveryId = checkDeliveryId(options.deliveryId);
      const prepared = STORE_ENTITIES.map(
        (entity) => [entity, prepareUpsert(entity, batch[entity] ?? [])] as const,
      );
      // One transaction: the delivery id and every entity's rows commit together or not at
      // all, and a concurrent delivery of the same id waits on the key, then finds it.
      return run(() =>
        typed.transaction().execute(async (trx) => {
          const reports = emptyReports();
          if (deliveryId !== undefined) {
            const claimed = await trx
              .insertInto("deliveries")
              .values({ tenant, id: deliveryId })
              .onConflict((conflict) => conflict.columns(["tenant", "id"]).doNothing())
              .returning("id")
              .execute();
            if (claimed.length === 0) return { duplicate: true, reports };
          }
          for (const [entity, batchOf] of prepared) {
            reports[entity] = await (repositories[entity] as SqlRepository<StoreEntity>).write(
              trx as unknown as Kysely<AnyTable>,
              batchOf as ReturnType<typeof prepareUpsert<StoreEntity>>,
            );
          }
          return { duplicate: false, reports };
        }),
      );
    },
    suppressions: {
      put: (suppression) => run(() => suppressionStore.put(suppression)),
      get: (customerId) => run(() => suppressionStore.get(customerId)),
    },
    // The erasure takes the queue's turn for its whole transaction; inside, it runs on its
    // own connection or transaction with repositories that do not queue again.
    erase: (request) => run(() => sqlErase(db, options.dialect, tenant, sealer, request, locking)),
    scoreCounts: (query) => run(() => sqlScoreCounts(db as Kysely<SqlTables>, query, { tenant })),
  };
}

/**
 * A {@link SqlCareStore} over a Kysely instance you configured yourself (your own pool, a
 * plugin, logging). Brings the schema up to date with the Kysely migrator first (see
 * `storeMigrations`); closing the store destroys the Kysely instance. Every call goes
 * through `forTenant(tenant)`, and every statement it runs names that tenant; `upsertAll`
 * is one transaction.
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
  await migrateStore(typed, options.dialect);
  // One queue per store: every tenant's view shares the database's one SQLite connection.
  const run = options.dialect === "sqlite" ? serialQueue() : concurrent;
  const statements = new Map(STORE_ENTITIES.map((entity) => [entity, new Map<number, string>()]));
  const locking = { retries: options.erasureRetries ?? 5, retryDelayMs: 20 };
  return defineCareStore({
    dialect: options.dialect,
    forTenant: (tenant) =>
      sqlTenant(typed as Kysely<unknown>, tenant, statements, options, locking, run),
    vacuumAfterErasure: (vacuum: { full?: boolean } = {}) =>
      run(async () => {
        if (options.dialect === "sqlite") {
          await sql`pragma wal_checkpoint(TRUNCATE)`.execute(typed);
          if (vacuum.full) await sql`vacuum`.execute(typed);
          return;
        }
        if (options.dialect === "duckdb") {
          // The WAL is written into the file and emptied; freed blocks are reused, not wiped.
          await sql`checkpoint`.execute(typed);
          return;
        }
        const tables = [...STORE_ENTITIES.map((e) => SQL_TABLES[e]), "data_keys", "suppressions"];
        const list = sql.join(tables.map((t) => sql.table(t)));
        await (vacuum.full ? sql`vacuum (full) ${list}` : sql`vacuum ${list}`).execute(typed);
      }),
    close: () => typed.destroy(),
  });
}
