import type {
  DuckDBConnection,
  DuckDBPreparedStatement,
  DuckDBResultReader,
  DuckDBValue,
} from "@duckdb/node-api";

const MAX_PREPARED = 64;

import {
  type CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresQueryCompiler,
  type QueryCompiler,
  type QueryResult,
  type SchemaMetadata,
  sql,
  type TableMetadata,
} from "kysely";

/**
 * Options of {@link DuckDbDialect}.
 *
 * @example
 * ```ts
 * import { DuckDBInstance } from "@duckdb/node-api";
 * import type { DuckDbDialectOptions } from "@rapport/store-duckdb";
 * const instance = await DuckDBInstance.create(":memory:");
 * const options: DuckDbDialectOptions = { connection: await instance.connect() };
 * ```
 */
export interface DuckDbDialectOptions {
  /** An open `@duckdb/node-api` connection; Kysely runs every query on it, one at a time. */
  readonly connection: DuckDBConnection;
  /** Called when the Kysely instance is destroyed (e.g. to close the connection). */
  readonly onDestroy?: () => void | Promise<void>;
}

/** Converts what DuckDB returns to plain JavaScript: integers that fit become numbers. */
function plain(value: unknown): unknown {
  if (typeof value === "bigint") {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value;
  }
  return value;
}

// The schemas and tables from DuckDB's information_schema (Kysely's migrator asks which exist).
class DuckDbIntrospector implements DatabaseIntrospector {
  constructor(private readonly db: Kysely<unknown>) {}

  async getSchemas(): Promise<SchemaMetadata[]> {
    const result = await sql<{ name: string }>`
      select distinct schema_name as name from information_schema.schemata`.execute(this.db);
    return result.rows;
  }

  async getTables(): Promise<TableMetadata[]> {
    const result = await sql<{
      schema: string;
      table: string;
      type: string;
      column: string;
      data_type: string;
      nullable: string;
      has_default: boolean;
    }>`
      select t.table_schema as schema, t.table_name as "table", t.table_type as type,
        c.column_name as "column", c.data_type, c.is_nullable as nullable,
        c.column_default is not null as has_default
      from information_schema.tables t
      join information_schema.columns c
        on c.table_schema = t.table_schema and c.table_name = t.table_name
      order by t.table_schema, t.table_name, c.ordinal_position`.execute(this.db);
    const tables = new Map<
      string,
      TableMetadata & { columns: TableMetadata["columns"][number][] }
    >();
    for (const row of result.rows) {
      const key = `${row.schema}.${row.table}`;
      let table = tables.get(key);
      if (table === undefined) {
        table = { name: row.table, schema: row.schema, isView: row.type === "VIEW", columns: [] };
        tables.set(key, table);
      }
      table.columns.push({
        name: row.column,
        dataType: row.data_type,
        isNullable: row.nullable === "YES",
        isAutoIncrementing: false,
        hasDefaultValue: row.has_default,
      });
    }
    return [...tables.values()];
  }

  async getMetadata(): Promise<{ tables: TableMetadata[] }> {
    return { tables: await this.getTables() };
  }
}

// PostgreSQL's adapter (RETURNING, transactional DDL) without its advisory lock: the one
// connection already serialises migrations.
class DuckDbAdapter extends PostgresAdapter {
  override async acquireMigrationLock(): Promise<void> {}
  override async releaseMigrationLock(): Promise<void> {}
}

class DuckDbConnection implements DatabaseConnection {
  // Prepared statements by SQL text: the store sends the same few statements again and again,
  // and DuckDB's parse and plan cost more than a small insert itself.
  private readonly prepared = new Map<string, DuckDBPreparedStatement>();

  constructor(private readonly connection: DuckDBConnection) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const parameters = compiled.parameters as DuckDBValue[];
    let reader: DuckDBResultReader;
    if (parameters.length === 0) {
      reader = await this.connection.runAndReadAll(compiled.sql);
    } else {
      let statement = this.prepared.get(compiled.sql);
      if (statement === undefined) {
        statement = await this.connection.prepare(compiled.sql);
        if (this.prepared.size >= MAX_PREPARED) {
          const [oldest, old] = this.prepared.entries().next().value!;
          old.destroySync();
          this.prepared.delete(oldest);
        }
        this.prepared.set(compiled.sql, statement);
      }
      statement.bind(parameters);
      reader = await statement.runAndReadAll();
    }
    const rows = reader.getRowObjectsJS().map((row) => {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(row)) out[key] = plain(row[key]);
      return out as R;
    });
    return { rows, numAffectedRows: BigInt(reader.rowsChanged) };
  }

  // biome-ignore lint/correctness/useYield: streaming is not offered; Kysely requires the method.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("DuckDbDialect: streaming queries are not supported; page with limit/offset");
  }
}

class DuckDbDriver implements Driver {
  private readonly connection: DuckDbConnection;
  private queue: Promise<void> = Promise.resolve();
  private release: (() => void) | undefined;

  constructor(private readonly options: DuckDbDialectOptions) {
    this.connection = new DuckDbConnection(options.connection);
  }

  async init(): Promise<void> {}

  // One connection, handed out to one user at a time: a transaction owns it until it ends.
  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.queue;
    let release!: () => void;
    this.queue = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    this.release = release;
    return this.connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery({ sql: "begin transaction", parameters: [] } as never);
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery({ sql: "commit", parameters: [] } as never);
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery({ sql: "rollback", parameters: [] } as never);
  }

  async releaseConnection(): Promise<void> {
    const release = this.release;
    this.release = undefined;
    release?.();
  }

  async destroy(): Promise<void> {
    await this.options.onDestroy?.();
  }
}

/**
 * A Kysely dialect for DuckDB on `@duckdb/node-api`: PostgreSQL's query compiler (DuckDB
 * reads `$1` parameters and double-quoted identifiers) over one connection that serves one
 * query or transaction at a time. Integers that fit a JavaScript number come back as
 * numbers, larger ones as `bigint`.
 *
 * @example
 * ```ts
 * import { DuckDBInstance } from "@duckdb/node-api";
 * import { DuckDbDialect } from "@rapport/store-duckdb";
 * import { Kysely } from "kysely";
 * const instance = await DuckDBInstance.create(":memory:");
 * const db = new Kysely<never>({ dialect: new DuckDbDialect({ connection: await instance.connect() }) });
 * ```
 */
export class DuckDbDialect implements Dialect {
  constructor(private readonly options: DuckDbDialectOptions) {}

  /** @internal Called by Kysely. */
  createAdapter(): DialectAdapter {
    return new DuckDbAdapter();
  }

  /** @internal Called by Kysely. */
  createDriver(): Driver {
    return new DuckDbDriver(this.options);
  }

  /** @internal Called by Kysely. */
  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }

  /** @internal Called by Kysely. */
  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new DuckDbIntrospector(db);
  }
}
