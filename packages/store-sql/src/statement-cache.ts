import type { SqliteDatabase, SqliteStatement } from "kysely";

/** How many prepared statements a SQLite store keeps; internal. */
export const CACHED_STATEMENTS = 16;

/**
 * A SQLite database for Kysely's `SqliteDialect` that prepares each SQL text once and reuses
 * the statement, keeping the `size` most recently used (internal). Kysely's driver prepares
 * every query it runs; a bulk upsert runs the same 2,000-row `INSERT` for each chunk, and
 * preparing its 24,000 parameters took about a tenth of the upsert. Reuse is safe because a
 * store runs one statement at a time (its queue) and never streams, so a statement is never
 * run while an earlier run of it is still being read; SQLite prepares a statement again by
 * itself when the schema it was compiled against changes.
 */
export function cachingStatements(
  database: SqliteDatabase,
  size = CACHED_STATEMENTS,
): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    prepare(sql) {
      let statement = statements.get(sql);
      if (statement === undefined) {
        statement = database.prepare(sql);
        if (statements.size >= size) statements.delete(statements.keys().next().value!);
      } else {
        // Map keeps insertion order: moving the text to the end makes the first the least
        // recently used.
        statements.delete(sql);
      }
      statements.set(sql, statement);
      return statement;
    },
    close() {
      statements.clear();
      database.close();
    },
  };
}
