import { type RawBuilder, sql } from "kysely";
import type { SqlSource } from "./sql-dialect";

/** Writes `column = value` for one text column of a table (see {@link textComparisons}). */
export type EqualsValue = (value: string) => RawBuilder<boolean>;

/** `column = $value`: the comparison of a text column with a parameter, on every engine. */
export function equalsParameter(column: string): EqualsValue {
  return (value) => sql<boolean>`${sql.ref(column)} = ${value}`;
}

/**
 * How the score trend compares a text column with the metric or scale it asks for. As a
 * parameter on every engine and for every text column; for a DuckDB `ENUM` column the
 * parameter is cast to the column's own type, because DuckDB compares an `ENUM` with text by
 * casting every row's value to text, and with a constant of its own type compares the
 * one-byte codes instead (an integer comparison in a `CASE`, a table filter in a `WHERE`).
 * A value the `ENUM` does not hold matches no row (`false`), as the text comparison would.
 * On DuckDB this costs one small query: the columns' types and `ENUM` values, read from the
 * first row (or the type alone, for an empty table).
 */
export async function textComparisons<C extends string>(
  source: SqlSource,
  table: RawBuilder<unknown>,
  columns: Readonly<Record<C, string>>,
): Promise<Record<C, EqualsValue>> {
  const names = Object.keys(columns) as C[];
  const out = Object.fromEntries(names.map((c) => [c, equalsParameter(columns[c])])) as Record<
    C,
    EqualsValue
  >;
  if (source.dialect !== "duckdb") return out;
  // A scalar subquery keeps the column's type even when the table is empty (a typed NULL).
  const first = (column: string) => sql`(select ${sql.ref(column)} from ${table} limit 1)`;
  const types = await sql<Record<string, unknown>>`select ${sql.join(
    names.map((c, i) => sql`typeof(${first(columns[c])}) as ${sql.id(`t${i}`)}`),
  )}`.execute(source.db);
  const enums = names.filter((_, i) => String(types.rows[0]?.[`t${i}`]).startsWith("ENUM("));
  if (enums.length === 0) return out;
  const values = await sql<Record<string, unknown>>`select ${sql.join(
    enums.map((c, i) => sql`enum_range(${first(columns[c])}) as ${sql.id(`v${i}`)}`),
  )}`.execute(source.db);
  enums.forEach((c, i) => {
    const members = values.rows[0]?.[`v${i}`];
    if (!Array.isArray(members)) return;
    const labels = members.map(String);
    // The same values in the same order are the same type to DuckDB's comparison.
    const type = sql`enum(${sql.join(labels.map((label) => sql.lit(label)))})`;
    out[c] = (value) =>
      labels.includes(value)
        ? sql<boolean>`${sql.ref(columns[c])} = cast(${value} as ${type})`
        : sql<boolean>`false`;
  });
  return out;
}
