import {
  applyErasure,
  createSuppressionStore,
  type ErasureReport,
  type ErasureRequest,
  type RecordSealer,
  type Repository,
  STORE_ENTITIES,
  type StoreEntity,
  type StoreIds,
  type StoreRecords,
} from "@rapport/store";
import { type Kysely, sql } from "kysely";
import { concurrent } from "./serial-queue";
import { sqlDataKeyTable, sqlSuppressionTable } from "./sql-key-tables";
import { sqlRepository } from "./sql-repository";
import type { SqlDialectName } from "./sql-tables";

/**
 * How an erasure waits for SQLite's write lock: each attempt waits up to `busyTimeoutMs`
 * (SQLite's busy handler), and a refused attempt is retried `retries` times with a doubling
 * pause from `retryDelayMs`.
 */
export interface ErasureLocking {
  readonly retries: number;
  readonly retryDelayMs: number;
}

const isBusy = (error: unknown): boolean =>
  typeof (error as { code?: unknown })?.code === "string" &&
  (error as { code: string }).code.startsWith("SQLITE_BUSY");

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One tenant's erasure on one executor already inside a transaction. Its repositories do not
 * queue: the caller holds the store's queue for the whole erasure, and a call queued behind
 * it from inside would never start.
 */
async function eraseWithin(
  trx: Kysely<unknown>,
  tenant: string,
  sealer: RecordSealer,
  request: ErasureRequest,
): Promise<ErasureReport> {
  const inside = (db: Kysely<unknown>) => sealer.withTable(sqlDataKeyTable(db as never, tenant));
  const scoped = inside(trx);
  const repositories = Object.fromEntries(
    STORE_ENTITIES.map((entity) => [
      entity,
      sqlRepository(trx, entity, tenant, new Map(), concurrent, inside, { inTransaction: true }),
    ]),
  ) as unknown as { [E in StoreEntity]: Repository<StoreRecords[E], StoreIds[E]> };
  return applyErasure(repositories, request, {
    forget: scoped.forget,
    suppressions: createSuppressionStore(sqlSuppressionTable(trx as never, tenant), scoped),
  });
}

/**
 * Carries out an erasure in one transaction: deletions, pseudonymisations, the suppression
 * record and the destruction of the data key commit together or not at all. On SQLite the
 * transaction is `BEGIN IMMEDIATE`, so it holds the write lock before it reads anything and
 * cannot fail half-way with `SQLITE_BUSY` next to another writer; a lock it cannot get is
 * retried, then reported. Afterwards SQLite checkpoints and truncates its write-ahead log, so
 * the old pages leave the log file. The store calls it inside its queue (`run`), so on SQLite
 * no other call of the store waits on the connection it holds. Internal.
 */
export async function sqlErase(
  db: Kysely<unknown>,
  dialect: SqlDialectName,
  tenant: string,
  sealer: RecordSealer,
  request: ErasureRequest,
  locking: ErasureLocking,
): Promise<ErasureReport> {
  // PostgreSQL and DuckDB take their locks row by row inside an ordinary transaction.
  if (dialect !== "sqlite") {
    return db.transaction().execute((trx) => eraseWithin(trx, tenant, sealer, request));
  }
  return db.connection().execute(async (conn) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await sql`begin immediate`.execute(conn);
        break;
      } catch (error) {
        if (!isBusy(error) || attempt >= locking.retries) {
          throw new Error(
            `erase: the database stayed locked by another writer after ${attempt + 1} attempts; nothing was erased, try again`,
            { cause: error },
          );
        }
        await pause(locking.retryDelayMs * 2 ** attempt);
      }
    }
    let report: ErasureReport;
    try {
      report = await eraseWithin(conn, tenant, sealer, request);
      await sql`commit`.execute(conn);
    } catch (error) {
      await sql`rollback`.execute(conn);
      throw error;
    }
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(conn);
    return report;
  });
}
