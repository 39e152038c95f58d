import type { SurveyResponse } from "@rapport/core";
import {
  applyErasure,
  type CareStore,
  checkRecordQuery,
  decodeStoreRecord,
  encodeCursor,
  encodeStoreRecord,
  NO_TIME,
  type Page,
  type PreparedRecord,
  pagesOf,
  prepareUpsert,
  pseudonymiseRecord,
  type Repository,
  STORE_ENTITIES,
  type StoreEntity,
  type StoreIds,
  type StoreRecords,
} from "@rapport/store";
import {
  CompiledQuery,
  type Kysely,
  type MigrationProvider,
  Migrator,
  type RawBuilder,
  sql,
} from "kysely";
import { sqlScoreCounts } from "./sql-score-counts";
import {
  type RecordRow,
  SQL_TABLES,
  type SqlDialectName,
  type SqlTables,
  type SurveyResponseRow,
} from "./sql-tables";
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
}

// Bound parameters per statement stay well under SQLite's 32766 and PostgreSQL's 65535.
const MAX_PARAMETERS = 30_000;
const MAX_ROWS_PER_INSERT = 2_000;

function rowOf(entity: StoreEntity, prepared: PreparedRecord<StoreEntity>): RecordRow {
  const row: RecordRow = {
    id: prepared.id,
    customer_id: prepared.customerId,
    at_ms: prepared.atMs,
    data: encodeStoreRecord(entity, prepared.record),
  };
  if (entity !== "surveyResponses") return row;
  const response = prepared.record as SurveyResponse;
  return Object.assign(row, {
    kind: response.kind,
    scale: response.scale,
    score: String(response.score),
    channel: response.channel ?? null,
    agent_id: response.agentId ?? null,
    team_id: response.teamId ?? null,
    survey_id: response.surveyId ?? null,
  });
}

/** Every table seen through one row type, so one generic repository serves them all. */
type AnyTable = { records: RecordRow & Partial<Omit<SurveyResponseRow, keyof RecordRow>> };

function sqlRepository<E extends StoreEntity>(
  database: Kysely<SqlTables>,
  entity: E,
): Repository<StoreRecords[E], StoreIds[E]> {
  const db = database as unknown as Kysely<AnyTable>;
  // The real table name at run time; typed as the generic table.
  const table = SQL_TABLES[entity] as "records";
  const read = (row: { data: string }) => decodeStoreRecord(entity, row.data);
  const statements = new Map<number, string>();
  const repository: Repository<StoreRecords[E], StoreIds[E]> = {
    async upsert(input) {
      const { records, rejected } = prepareUpsert(entity, input);
      if (records.length === 0) return { stored: 0, rejected };
      const rows = records.map((record) => rowOf(entity, record));
      const columns = Object.keys(rows[0]!);
      const perInsert = Math.min(MAX_ROWS_PER_INSERT, Math.floor(MAX_PARAMETERS / columns.length));
      const updates = Object.fromEntries(
        columns.filter((c) => c !== "id").map((c) => [c, sql.ref(`excluded.${c}`)]),
      ) as Partial<Record<keyof AnyTable["records"], RawBuilder<never>>>;
      // Kysely builds each statement's SQL once per row count; the rows only bind parameters,
      // which keeps bulk upserts close to a raw prepared-statement loop.
      const statementFor = (chunk: RecordRow[]): string => {
        let text = statements.get(chunk.length);
        if (text === undefined) {
          const compiled = db
            .insertInto(table)
            .values(chunk)
            .onConflict((conflict) => conflict.column("id").doUpdateSet(updates))
            .compile();
          text = compiled.sql;
          statements.set(chunk.length, text);
        }
        return text;
      };
      await db.transaction().execute(async (trx) => {
        for (let start = 0; start < rows.length; start += perInsert) {
          const chunk = rows.slice(start, start + perInsert);
          const parameters: unknown[] = [];
          for (const row of chunk) {
            for (const column of columns) parameters.push(row[column as keyof RecordRow]);
          }
          await trx.executeQuery(CompiledQuery.raw(statementFor(chunk), parameters));
        }
      });
      return { stored: records.length, rejected };
    },
    async get(id) {
      const row = await db.selectFrom(table).select("data").where("id", "=", id).executeTakeFirst();
      return row && read(row);
    },
    async query(query) {
      const q = checkRecordQuery(query);
      let select = db
        .selectFrom(table)
        .select(["id", "at_ms", "data"])
        .orderBy("at_ms")
        .orderBy("id")
        .limit(q.limit + 1);
      if (q.customerId !== undefined) select = select.where("customer_id", "=", q.customerId);
      if (q.fromMs !== undefined || q.toMs !== undefined) {
        select = select.where("at_ms", ">", NO_TIME);
      }
      if (q.fromMs !== undefined) select = select.where("at_ms", ">=", q.fromMs);
      if (q.toMs !== undefined) select = select.where("at_ms", "<", q.toMs);
      const after = q.after;
      if (after) {
        select = select.where((eb) =>
          eb.or([
            eb("at_ms", ">", after.atMs),
            eb.and([eb("at_ms", "=", after.atMs), eb("id", ">", after.id)]),
          ]),
        );
      }
      const rows = await select.execute();
      const more = rows.length > q.limit;
      const items = more ? rows.slice(0, q.limit) : rows;
      const last = items[items.length - 1];
      const page: Page<StoreRecords[E]> = {
        items: items.map(read),
        nextCursor: more && last ? encodeCursor(Number(last.at_ms), last.id) : null,
      };
      return page;
    },
    stream(query = {}) {
      return pagesOf((q) => repository.query(q), query);
    },
    async delete(ids) {
      if (ids.length === 0) return 0;
      const result = await db
        .deleteFrom(table)
        .where("id", "in", [...ids])
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async pseudonymise(ids, pseudonym) {
      if (ids.length === 0) return 0;
      return db.transaction().execute(async (trx) => {
        const rows = await trx
          .selectFrom(table)
          .select(["id", "data"])
          .where("id", "in", [...ids])
          .execute();
        for (const row of rows) {
          const record = pseudonymiseRecord(entity, read(row), pseudonym);
          const customerId =
            entity === "customers" ? row.id : (record as { customerId: string }).customerId;
          await trx
            .updateTable(table)
            .set({ customer_id: customerId, data: encodeStoreRecord(entity, record) })
            .where("id", "=", row.id)
            .execute();
        }
        return rows.length;
      });
    },
  };
  return repository;
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
  options: { dialect: SqlDialectName },
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
  const repositories = Object.fromEntries(
    STORE_ENTITIES.map((entity) => [entity, sqlRepository(typed, entity)]),
  ) as { [E in StoreEntity]: Repository<StoreRecords[E], StoreIds[E]> };
  return {
    ...repositories,
    dialect: options.dialect,
    erase: (request) => applyErasure(repositories, request),
    scoreCounts: (query) => sqlScoreCounts(typed, query),
    close: () => typed.destroy(),
  };
}
