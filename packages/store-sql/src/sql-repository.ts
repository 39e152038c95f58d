import type { CustomerId, SurveyResponse } from "@rapport/core";
import {
  checkRecordQuery,
  conflictReason,
  encodeCursor,
  encodeStoreRecord,
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
  type UpsertReport,
} from "@rapport/store";
import { CompiledQuery, type Kysely } from "kysely";
import type { Serial } from "./serial-queue";
import { type AnyTable, type RecordRow, SQL_TABLES } from "./sql-tables";
import { stagedUpsert, upsertSql } from "./sql-upsert-statement";
import { STAGE_FROM, type StageRows } from "./stage-rows";

// Bound parameters per statement stay well under SQLite's 32766 and PostgreSQL's 65535.
const MAX_PARAMETERS = 30_000;
const MAX_ROWS_PER_INSERT = 2_000;

export type { AnyTable };

/** A repository of one tenant's records, and its writer for a transaction; internal. */
export type SqlRepository<E extends StoreEntity> = Repository<StoreRecords[E], StoreIds[E]> & {
  /** Writes a prepared batch inside the caller's transaction. */
  write(
    trx: Kysely<AnyTable>,
    prepared: ReturnType<typeof prepareUpsert<E>>,
  ): Promise<UpsertReport>;
};

function rowOf(
  entity: StoreEntity,
  tenant: string,
  prepared: PreparedRecord<StoreEntity>,
  data: string,
): RecordRow {
  const row: RecordRow = {
    tenant,
    id: prepared.id,
    customer_id: prepared.customerId,
    at_ms: prepared.atMs,
    updated_ms: prepared.version,
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

/**
 * The repository of one entity of one tenant: every statement names the tenant, and the
 * primary key is `(tenant, id)`. Upserts of consent events insert only (`ON CONFLICT DO
 * NOTHING`: the database, not a prior read, keeps ids unique); others replace a row unless it
 * holds a newer version (`ON CONFLICT … DO UPDATE … WHERE`). Internal.
 */
export function sqlRepository<E extends StoreEntity>(
  database: Kysely<unknown>,
  entity: E,
  tenant: string,
  statements: Map<number, string>,
  run: Serial,
  sealerFor: (executor: Kysely<unknown>) => RecordSealer,
  options: { inTransaction?: boolean; stageRows?: StageRows | undefined } = {},
): SqlRepository<E> {
  const db = database as unknown as Kysely<AnyTable>;
  // The real table name at run time; typed as the generic table.
  const table = SQL_TABLES[entity] as "records";
  const sealer = sealerFor(database);
  // Key lookups inside a transaction go through it too (SQLite has one connection).
  const read = (rows: readonly { data: string }[], using = sealer) =>
    using.open(
      entity,
      rows.map((row) => row.data),
    );
  const appendOnly = entity === "consentEvents";
  const target = { db, table, appendOnly };
  const statementFor = (chunk: RecordRow[], columns: string[]): string => {
    let text = statements.get(chunk.length);
    if (text === undefined) {
      // Kysely builds each statement's SQL once per row count; the rows only bind
      // parameters, which keeps bulk upserts close to a raw prepared-statement loop.
      text = upsertSql(target, chunk, columns);
      statements.set(chunk.length, text);
    }
    return text;
  };
  const repository: SqlRepository<E> = {
    async write(trx, { records, rejected, conflicts, stale }) {
      if (records.length === 0) return { stored: 0, rejected, conflicts, stale };
      const inside = trx === db ? sealer : sealerFor(trx as unknown as Kysely<unknown>);
      const texts = await inside.seal(entity, records);
      const rows = records.map((record, index) => rowOf(entity, tenant, record, texts[index]!));
      const columns = Object.keys(rows[0]!);
      const perInsert = Math.min(MAX_ROWS_PER_INSERT, Math.floor(MAX_PARAMETERS / columns.length));
      const written = new Set<string>();
      const { stageRows } = options;
      const staged = stageRows !== undefined && trx.isTransaction && rows.length > STAGE_FROM;
      if (staged) {
        for (const id of await stagedUpsert(target, trx, stageRows, rows, columns)) written.add(id);
      } else {
        for (let start = 0; start < rows.length; start += perInsert) {
          const chunk = rows.slice(start, start + perInsert);
          const parameters: unknown[] = [];
          for (const row of chunk) {
            for (const column of columns) parameters.push(row[column as keyof RecordRow]);
          }
          const result = await trx.executeQuery<{ id: string }>(
            CompiledQuery.raw(statementFor(chunk, columns), parameters),
          );
          for (const row of result.rows) written.add(row.id);
        }
      }
      let stored = written.size;
      const staleIds = new Set(stale);
      const conflicted = [...conflicts];
      const kept = records.filter((r) => !written.has(r.id));
      if (appendOnly && kept.length > 0) {
        // The ids were taken: the same event again is acknowledged, a different one refused.
        const existing = new Map<string, string>();
        for (let start = 0; start < kept.length; start += perInsert) {
          const ids = kept.slice(start, start + perInsert).map((r) => r.id);
          const found = await trx
            .selectFrom(table)
            .select(["id", "data"])
            .where("tenant", "=", tenant)
            .where("id", "in", ids)
            .execute();
          const opened = await read(found, inside);
          found.forEach((row, index) => {
            existing.set(row.id, encodeStoreRecord(entity, opened[index]!));
          });
        }
        for (const r of kept) {
          if (existing.get(r.id) === r.json) stored++;
          else conflicted.push({ index: r.index, id: r.id, reason: conflictReason(r.id) });
        }
        conflicted.sort((a, b) => a.index - b.index);
      } else {
        for (const r of kept) staleIds.add(r.id);
      }
      return { stored, rejected, conflicts: conflicted, stale: [...staleIds].sort() };
    },
    async upsert(input) {
      const prepared = prepareUpsert(entity, input);
      // One statement is atomic on its own (and the read after an append-only conflict sees
      // committed events, which never change): only a batch of several needs a transaction.
      if (prepared.records.length <= MAX_ROWS_PER_INSERT / 4) {
        return run(() => repository.write(db, prepared));
      }
      return run(() => db.transaction().execute((trx) => repository.write(trx, prepared)));
    },
    get: (id) => run(() => readOne(id)),
    query: (query) => run(() => readPage(query)),
    stream(query = {}) {
      return pagesOf((q) => repository.query(q), query);
    },
    delete: (ids) => run(() => deleteIds(ids)),
    pseudonymise: (ids, pseudonym) => run(() => pseudonymiseIds(ids, pseudonym)),
  };
  async function readOne(id: string) {
    const row = await db
      .selectFrom(table)
      .select("data")
      .where("tenant", "=", tenant)
      .where("id", "=", id)
      .executeTakeFirst();
    return row && (await read([row]))[0];
  }
  async function readPage(query: Parameters<SqlRepository<E>["query"]>[0]) {
    const q = checkRecordQuery(query);
    let select = db
      .selectFrom(table)
      .select(["id", "at_ms", "data"])
      .where("tenant", "=", tenant)
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
  }
  async function deleteIds(ids: readonly string[]) {
    if (ids.length === 0) return 0;
    const result = await db
      .deleteFrom(table)
      .where("tenant", "=", tenant)
      .where("id", "in", [...ids])
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
  async function pseudonymiseIds(ids: readonly string[], pseudonym: CustomerId) {
    if (ids.length === 0) return 0;
    const within = async (trx: Kysely<AnyTable>) => {
      const inside = sealerFor(trx as unknown as Kysely<unknown>);
      const rows = await trx
        .selectFrom(table)
        .select(["id", "at_ms", "updated_ms", "data"])
        .where("tenant", "=", tenant)
        .where("id", "in", [...ids])
        .execute();
      const stored = await read(rows, inside);
      for (const [index, row] of rows.entries()) {
        const record = pseudonymiseRecord(entity, stored[index]!, pseudonym);
        const customerId =
          entity === "customers" ? row.id : (record as { customerId: string }).customerId;
        const [data] = await inside.seal(entity, [
          {
            id: row.id,
            customerId,
            atMs: Number(row.at_ms),
            version: row.updated_ms === null ? null : Number(row.updated_ms),
            index: 0,
            record,
            json: "",
          },
        ]);
        await trx
          .updateTable(table)
          .set({ customer_id: customerId, data: data! })
          .where("tenant", "=", tenant)
          .where("id", "=", row.id)
          .execute();
      }
      return rows.length;
    };
    return options.inTransaction ? within(db) : db.transaction().execute(within);
  }
  return repository;
}
