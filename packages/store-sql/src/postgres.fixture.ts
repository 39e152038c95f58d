// What the PostgreSQL tests ask of the server before they run: whether one statement succeeds
// on a connection of its own (the server is reachable, the role may CHECKPOINT).
import pg from "pg";

/**
 * Whether `sql` runs on a fresh connection to `connectionString` within 3 s of connecting;
 * `false` without a connection string, a server or the right.
 */
export async function statementSucceeds(
  connectionString: string | undefined,
  sql: string,
): Promise<boolean> {
  if (!connectionString) return false;
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query(sql);
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
