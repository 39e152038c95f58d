import {
  type DatabaseIntrospector,
  DefaultQueryCompiler,
  type Dialect,
  DialectAdapterBase,
  DummyDriver,
  Kysely,
  type QueryCompiler,
} from "kysely";
import { checkSource, type SqlMetricsDialect } from "./sql-dialect";

// BigQuery quotes identifiers with backticks (a backtick inside is escaped with a backslash)
// and takes named parameters (@p1, @p2, … : `params: { p1, p2 }` in its client).
class BigQueryCompiler extends DefaultQueryCompiler {
  protected override getCurrentParameterPlaceholder(): string {
    return `@p${this.numParameters}`;
  }
  protected override getLeftIdentifierWrapper(): string {
    return "`";
  }
  protected override getRightIdentifierWrapper(): string {
    return "`";
  }
  protected override sanitizeIdentifier(identifier: string): string {
    return identifier.replaceAll("`", "\\`");
  }
}

// Snowflake quotes identifiers with double quotes, as the default compiler does, and binds
// positional parameters as :1, :2, … (`binds: [...]` in its client).
class SnowflakeCompiler extends DefaultQueryCompiler {
  protected override getCurrentParameterPlaceholder(): string {
    return `:${this.numParameters}`;
  }
}

class CompileOnlyAdapter extends DialectAdapterBase {
  override get supportsReturning(): boolean {
    return false;
  }
  override get supportsTransactionalDdl(): boolean {
    return false;
  }
  async acquireMigrationLock(): Promise<void> {}
  async releaseMigrationLock(): Promise<void> {}
}

class CompileOnlyDialect implements Dialect {
  constructor(private readonly engine: "bigquery" | "snowflake") {}
  createAdapter() {
    return new CompileOnlyAdapter();
  }
  createDriver() {
    return new DummyDriver();
  }
  createQueryCompiler(): QueryCompiler {
    return this.engine === "bigquery" ? new BigQueryCompiler() : new SnowflakeCompiler();
  }
  createIntrospector(): DatabaseIntrospector {
    throw new Error(`compileOnlyKysely("${this.engine}"): no introspection without a database`);
  }
}

/**
 * A Kysely instance that compiles queries for BigQuery or Snowflake without a database: a
 * `DummyDriver` (every query returns no rows) with the engine's identifier quoting and
 * parameters (BigQuery's named `@p1`, `@p2`, … for `params: { p1, p2 }`; Snowflake's
 * positional `:1`, `:2`, … for `binds`). Use it to see or snapshot the SQL the metrics send (`compile` functions of
 * this package), or hand the compiled SQL and parameters to the engine's own client. No
 * maintained Kysely dialect for either engine compiles without its cloud client, hence this
 * small one.
 *
 * @example
 * ```ts
 * import { compileOnlyKysely } from "@rapport/sql-metrics";
 * import { sql } from "kysely";
 * sql`select ${sql.ref("score")} from ${sql.table("survey_responses")}`.compile(compileOnlyKysely("bigquery")).sql;
 * // "select `score` from `survey_responses`"
 * ```
 */
export function compileOnlyKysely(
  dialect: Extract<SqlMetricsDialect, "bigquery" | "snowflake">,
): Kysely<never> {
  checkSource("compileOnlyKysely", { db: {} as never, dialect });
  if (dialect !== "bigquery" && dialect !== "snowflake") {
    throw new RangeError(
      `compileOnlyKysely: dialect: expected one of "bigquery" | "snowflake", received ${JSON.stringify(dialect)}`,
    );
  }
  return new Kysely<never>({ dialect: new CompileOnlyDialect(dialect) });
}
