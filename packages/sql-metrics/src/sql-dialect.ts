import { expectedMessage, oneOf } from "@rapport/stats";
import { type Kysely, type RawBuilder, sql } from "kysely";

/**
 * The engines the care metrics compile to.
 *
 * @example
 * ```ts
 * import { SQL_METRICS_DIALECTS } from "@rapport/sql-metrics";
 * SQL_METRICS_DIALECTS; // ["duckdb", "postgres", "bigquery", "snowflake"]
 * ```
 */
export const SQL_METRICS_DIALECTS = ["duckdb", "postgres", "bigquery", "snowflake"] as const;

/**
 * One of {@link SQL_METRICS_DIALECTS}.
 *
 * @example
 * ```ts
 * import type { SqlMetricsDialect } from "@rapport/sql-metrics";
 * const dialect: SqlMetricsDialect = "bigquery";
 * ```
 */
export type SqlMetricsDialect = (typeof SQL_METRICS_DIALECTS)[number];

/**
 * Where the metrics run: a Kysely instance and the engine behind it. For BigQuery and
 * Snowflake, pass a Kysely instance on your own driver, or `compileOnlyKysely(dialect)` to
 * get the SQL without running it.
 *
 * @example
 * ```ts
 * import { compileOnlyKysely, type SqlSource } from "@rapport/sql-metrics";
 * const source: SqlSource = { db: compileOnlyKysely("snowflake"), dialect: "snowflake" };
 * ```
 */
export interface SqlSource {
  /** The Kysely instance queries are compiled (and run) with. */
  readonly db: Kysely<never>;
  /** The engine behind it. */
  readonly dialect: SqlMetricsDialect;
  /**
   * Read only this tenant's rows: every table is filtered on its `tenant` column (the Rapport
   * store's tables have one, leading their keys). Leave it out for tables without tenants.
   */
  readonly tenant?: string;
}

/** Checks a source, naming what is wrong. */
export function checkSource(fn: string, source: SqlSource): SqlSource {
  if (typeof source !== "object" || source === null || typeof source.db !== "object") {
    throw new TypeError(
      expectedMessage(`${fn}: source`, "{ db: a Kysely instance, dialect }", source),
    );
  }
  if (!(SQL_METRICS_DIALECTS as readonly string[]).includes(source.dialect)) {
    throw new RangeError(
      expectedMessage(`${fn}: source.dialect`, oneOf(SQL_METRICS_DIALECTS), source.dialect),
    );
  }
  if (
    source.tenant !== undefined &&
    (typeof source.tenant !== "string" || source.tenant.length === 0)
  ) {
    throw new TypeError(
      expectedMessage(`${fn}: source.tenant`, "a tenant id (a non-empty string)", source.tenant),
    );
  }
  return source;
}

/**
 * A table to select from, under `alias` (default: its last name segment), scoped to the
 * source's tenant when it has one: `(select * from t where tenant = $1) as t`, which every
 * engine filters as early as a plain WHERE.
 */
export function scopedTable(source: SqlSource, table: string, alias?: string): RawBuilder<unknown> {
  if (source.tenant === undefined) {
    return alias === undefined ? sql.table(table) : sql`${sql.table(table)} as ${sql.id(alias)}`;
  }
  const name = sql.id(alias ?? table.split(".").pop()!);
  return sql`(select * from ${sql.table(table)} where ${sql.ref("tenant")} = ${source.tenant}) as ${name}`;
}
