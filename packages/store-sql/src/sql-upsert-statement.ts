import { CompiledQuery, type Kysely, type RawBuilder, sql } from "kysely";
import type { AnyTable, RecordRow } from "./sql-tables";
import type { StageRows } from "./stage-rows";

/** Where an upsert takes its rows from, and how it treats a key already stored; internal. */
export interface UpsertTarget {
  readonly db: Kysely<AnyTable>;
  /** The real table name at run time; typed as the generic table. */
  readonly table: "records";
  /** Consent events insert only; others replace a row unless it holds a newer version. */
  readonly appendOnly: boolean;
}

/**
 * The SQL of an upsert of rows from VALUES (`from` the rows) or from a staging table (`from`
 * its name): `ON CONFLICT (tenant, id) DO NOTHING` for an append-only table, else `DO UPDATE …
 * WHERE` the stored version is not newer; `RETURNING id` of the rows written.
 */
export function upsertSql(
  { db, table, appendOnly }: UpsertTarget,
  from: RecordRow[] | string,
  columns: string[],
): string {
  const updates = Object.fromEntries(
    columns.filter((c) => c !== "id" && c !== "tenant").map((c) => [c, sql.ref(`excluded.${c}`)]),
  ) as Partial<Record<keyof AnyTable["records"], RawBuilder<never>>>;
  const target = sql.table(table);
  const insert =
    typeof from === "string"
      ? db
          .insertInto(table)
          .columns(columns as (keyof AnyTable["records"])[])
          .expression(
            db
              .selectFrom(from as "records")
              .select(columns as (keyof AnyTable["records"])[]) as never,
          )
      : db.insertInto(table).values(from);
  return insert
    .onConflict((conflict) => {
      const onKey = conflict.columns(["tenant", "id"]);
      if (appendOnly) return onKey.doNothing();
      return onKey
        .doUpdateSet(updates)
        .where(
          sql<boolean>`${target}.updated_ms is null or excluded.updated_ms >= ${target}.updated_ms`,
        );
    })
    .returning("id")
    .compile().sql;
}

/**
 * Stages the rows in a temporary table of the table's columns and merges them in one
 * statement, returning the ids written. Only inside a transaction, which owns the connection
 * from the first step to the last.
 */
export async function stagedUpsert(
  target: UpsertTarget,
  trx: Kysely<AnyTable>,
  stageRows: StageRows,
  rows: RecordRow[],
  columns: string[],
): Promise<string[]> {
  const stage = `rapport_stage_${target.table}`;
  const staging = sql.table(stage);
  await sql`create temporary table if not exists ${staging} as select ${sql.join(
    columns.map((c) => sql.ref(c)),
  )} from ${sql.table(target.table)} limit 0`.execute(trx);
  await sql`delete from ${staging}`.execute(trx);
  await stageRows(
    stage,
    columns,
    rows.map((row) => columns.map((column) => row[column as keyof RecordRow])),
  );
  const result = await trx.executeQuery<{ id: string }>(
    CompiledQuery.raw(upsertSql(target, stage, columns), []),
  );
  await sql`delete from ${staging}`.execute(trx);
  return result.rows.map((row) => row.id);
}
