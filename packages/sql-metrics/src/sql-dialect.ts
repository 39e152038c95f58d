import { expectedMessage, oneOf } from "@rapport/stats";
import type { Kysely } from "kysely";

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
  return source;
}
