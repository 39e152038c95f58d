import type { SurveyResponse } from "@rapport/core";
import {
  checkRecordQuery,
  encodeCursor,
  NO_TIME,
  type Page,
  type PreparedRecord,
  pagesOf,
  prepareUpsert,
  pseudonymiseRecord,
  type RecordSealer,
  type Repository,
  type StoreEntity,
  type StoreIds,
  type StoreRecords,
} from "@rapport/store";
import { CompiledQuery, type Kysely, type RawBuilder, sql } from "kysely";
import { type RecordRow, SQL_TABLES, type SqlTables, type SurveyResponseRow } from "./sql-tables";

// Bound parameters per statement stay well under SQLite's 32766 and PostgreSQL's 65535.
const MAX_PARAMETERS = 30_000;
const MAX_ROWS_PER_INSERT = 2_000;

function rowOf(
  entity: StoreEntity,
  prepared: PreparedRecord<StoreEntity>,
  data: string,
): RecordRow {
  const row: RecordRow = {
    id: prepared.id,
    customer_id: prepared.customerId,
    at_ms: prepared.atMs,
    data,
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

/**
 * One repository of the SQL store over a Kysely instance (or one already inside a
 * transaction: `inTransaction` makes it open none of its own); internal.
 */
export function sqlRepository<E extends StoreEntity>(
  database: Kysely<SqlTables>,
  entity: E,
  sealerFor: (db: Kysely<SqlTables>) => RecordSealer,
  options: { inTransaction?: boolean } = {},
): Repository<StoreRecords[E], StoreIds[E]> {
  const db = database as unknown as Kysely<AnyTable>;
  const sealer = sealerFor(database);
  // The real table name at run time; typed as the generic table.
  const table = SQL_TABLES[entity] as "records";
  const read = (rows: readonly { data: string }[], using = sealer) =>
    using.open(
      entity,
      rows.map((row) => row.data),
    );
  const statements = new Map<number, string>();
  const repository: Repository<StoreRecords[E], StoreIds[E]> = {
    async upsert(input) {
      const { records, rejected } = prepareUpsert(entity, input);
      if (records.length === 0) return { stored: 0, rejected };
      const texts = await sealer.seal(entity, records);
      const rows = records.map((record, index) => rowOf(entity, record, texts[index]!));
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
      const write = async (trx: Kysely<AnyTable>) => {
        for (let start = 0; start < rows.length; start += perInsert) {
          const chunk = rows.slice(start, start + perInsert);
          const parameters: unknown[] = [];
          for (const row of chunk) {
            for (const column of columns) parameters.push(row[column as keyof RecordRow]);
          }
          await trx.executeQuery(CompiledQuery.raw(statementFor(chunk), parameters));
        }
      };
      await (options.inTransaction ? write(db) : db.transaction().execute(write));
      return { stored: records.length, rejected };
    },
    async get(id) {
      const row = await db.selectFrom(table).select("data").where("id", "=", id).executeTakeFirst();
      return row && (await read([row]))[0];
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
        items: await read(items),
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
      const run = async (trx: Kysely<AnyTable>) => {
        // Key lookups go through the transaction too (SQLite has one connection).
        const inside = sealerFor(trx as unknown as Kysely<SqlTables>);
        const rows = await trx
          .selectFrom(table)
          .select(["id", "customer_id", "at_ms", "data"])
          .where("id", "in", [...ids])
          .execute();
        const stored = await read(rows, inside);
        for (const [index, row] of rows.entries()) {
          const record = pseudonymiseRecord(entity, stored[index]!, pseudonym);
          const customerId =
            entity === "customers" ? row.id : (record as { customerId: string }).customerId;
          const [data] = await inside.seal(entity, [
            { id: row.id, customerId, atMs: Number(row.at_ms), record },
          ]);
          await trx
            .updateTable(table)
            .set({ customer_id: customerId, data: data! })
            .where("id", "=", row.id)
            .execute();
        }
        return rows.length;
      };
      return options.inTransaction ? run(db) : db.transaction().execute(run);
    },
  };
  return repository;
}
