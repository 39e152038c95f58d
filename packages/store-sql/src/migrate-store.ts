// Brings a database to the store's latest schema. Internal.
import { type Kysely, type MigrationProvider, Migrator, sql } from "kysely";
import type { SqlDialectName, SqlTables } from "./sql-tables";
import { storeMigrations } from "./store-migrations";

// Kysely's migrator checks for its own tables by introspecting every table of every schema
// (PostgreSQL's pg_get_serial_sequence on each column), so a table that another session drops
// meanwhile, in a schema that is not the store's, fails that check with undefined_table
// (SQLSTATE 42P01) before any migration has run. The check only reads: it is run again.
const SETUP_ATTEMPTS = 3;

/** Runs the store's migrations; throws an error naming the migration that failed. */
export async function migrateStore(db: Kysely<SqlTables>, dialect: SqlDialectName): Promise<void> {
  const migrations = storeMigrations(dialect);
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  // Kysely looks for its migration tables in any schema unless told which one: with another
  // schema of the database holding them (another Kysely app in `public`), it would skip
  // creating them here and then fail on them. Ours live where the store's tables do.
  const migrationTableSchema =
    dialect === "postgres"
      ? (await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db))
          .rows[0]?.schema
      : undefined;
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await new Migrator({
      db,
      provider,
      ...(migrationTableSchema ? { migrationTableSchema } : {}),
    }).migrateToLatest();
    if (error === undefined) return;
    const failed = results?.find((result) => result.status === "Error")?.migrationName;
    const raced = failed === undefined && (error as { code?: unknown }).code === "42P01";
    if (raced && attempt < SETUP_ATTEMPTS) continue;
    throw new Error(`Rapport store migration ${failed ?? "(unknown)"} failed: ${String(error)}`, {
      cause: error,
    });
  }
}
