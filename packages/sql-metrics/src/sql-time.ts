import { type RawBuilder, sql } from "kysely";
import type { SqlMetricsDialect } from "./sql-dialect";
import type { TimeUnit } from "./warehouse-layout";

/**
 * An instant column as integer epoch milliseconds, in the engine's own functions, so that
 * bucketing compares integers on every engine.
 */
export function epochMs(
  column: string,
  unit: TimeUnit,
  dialect: SqlMetricsDialect,
): RawBuilder<number> {
  const ref = sql.ref(column);
  if (unit === "epoch_ms") return sql<number>`${ref}`;
  switch (dialect) {
    case "duckdb":
      return sql<number>`epoch_ms(${ref})`;
    case "postgres":
      return sql<number>`floor(extract(epoch from ${ref}) * 1000)::bigint`;
    case "bigquery":
      return sql<number>`unix_millis(${ref})`;
    case "snowflake":
      return sql<number>`date_part(epoch_millisecond, ${ref})`;
  }
}

/**
 * The calendar day (days since 1970-01-01) on which an epoch-millisecond instant falls in an
 * IANA zone, by the engine's own time-zone database; the zone goes in as a parameter.
 */
export function localDayNumber(
  ms: RawBuilder<number>,
  timeZone: string,
  dialect: SqlMetricsDialect,
): RawBuilder<number> {
  switch (dialect) {
    case "duckdb":
      return sql<number>`(timezone(${timeZone}, to_timestamp(${ms} / 1000.0))::date - date '1970-01-01')`;
    case "postgres":
      return sql<number>`((to_timestamp(${ms} / 1000.0) at time zone ${timeZone})::date - date '1970-01-01')`;
    case "bigquery":
      return sql<number>`unix_date(date(timestamp_millis(${ms}), ${timeZone}))`;
    case "snowflake":
      return sql<number>`datediff(day, '1970-01-01'::date, convert_timezone('UTC', ${timeZone}, to_timestamp_ntz(${ms}, 3))::date)`;
  }
}

/**
 * The index of the period holding `ms` (`starts[i] <= ms < starts[i + 1]` gives `i`), given
 * the sorted period starts computed by core's calendar, or `outside` before the first start
 * and from the last one on: a balanced tree of `CASE WHEN` comparisons (about log2(periods) a
 * row), the same SQL on every engine and exact across daylight-saving changes, 30-minute ones
 * included. Every branch is a small integer constant, never NULL, so an engine knows the
 * range of the result (DuckDB then counts in an array instead of a hash table).
 */
export function periodIndex(
  ms: RawBuilder<number>,
  starts: readonly number[],
  outside: number,
): RawBuilder<number> {
  const tree = (lo: number, hi: number): RawBuilder<number> => {
    if (hi - lo === 1) return sql.raw<number>(String(lo));
    const mid = (lo + hi) >> 1;
    return sql<number>`case when ${ms} < ${sql.raw(String(starts[mid]))} then ${tree(lo, mid)} else ${tree(mid, hi)} end`;
  };
  const first = sql.raw(String(starts[0]));
  const last = sql.raw(String(starts[starts.length - 1]));
  return sql<number>`case when ${ms} >= ${first} and ${ms} < ${last} then ${tree(0, starts.length - 1)} else ${sql.raw(String(outside))} end`;
}
