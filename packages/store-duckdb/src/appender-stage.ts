import type { DuckDBConnection } from "@duckdb/node-api";
import type { StageRows } from "@rapport/store-sql";

/**
 * The store's bulk loader on DuckDB: appends the rows to the temporary staging table with
 * DuckDB's appender (no SQL parsed or planned per row), on the one connection the store's
 * transaction holds. Text goes in as VARCHAR, integers as BIGINT.
 */
export function appenderStage(connection: DuckDBConnection): StageRows {
  return async (stage, columns, rows) => {
    const appender = await connection.createAppender(stage, "main", "temp");
    try {
      for (const row of rows) {
        for (let k = 0; k < columns.length; k++) {
          const value = row[k];
          if (value === null || value === undefined) appender.appendNull();
          else if (typeof value === "string") appender.appendVarchar(value);
          else if (typeof value === "bigint") appender.appendBigInt(value);
          else if (typeof value === "number" && Number.isSafeInteger(value)) {
            appender.appendBigInt(BigInt(value));
          } else {
            throw new TypeError(
              `createDuckDbStore: ${columns[k]}: expected text, an integer or null, received ${String(value)}`,
            );
          }
        }
        appender.endRow();
      }
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
  };
}
