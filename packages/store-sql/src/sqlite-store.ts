import { closeSync, existsSync, openSync } from "node:fs";
import { Kysely, SqliteDialect } from "kysely";
import { createKyselyStore, type SqlCareStore } from "./kysely-store";
import { loadDriver } from "./load-driver";
import { cachingStatements } from "./statement-cache";

/**
 * Options of {@link createSqliteStore}.
 *
 * @example
 * ```ts
 * import type { SqliteStoreOptions } from "@rapport/store-sql";
 * const options: SqliteStoreOptions = { filename: "care.db" };
 * ```
 */
export interface SqliteStoreOptions {
  /** A database file path (created if missing), or `":memory:"` for a private in-memory database. */
  filename: string;
  /** The master key that encrypts personal fields (see `KyselyStoreOptions.encryptionKey`). */
  encryptionKey?: Uint8Array;
  /** How long a statement waits for another connection's lock, in ms (default 5,000). */
  busyTimeoutMs?: number;
  /** How often an erasure retries the write lock before it gives up (default 5). */
  erasureRetries?: number;
}

/**
 * The embedded store: a {@link SqlCareStore} in a SQLite file (or `":memory:"`) through
 * better-sqlite3, migrated to the latest schema. better-sqlite3 is an optional peer
 * dependency, loaded when the first SQLite store is opened: without it, this rejects with
 * `SQLite stores need better-sqlite3: npm install better-sqlite3`. File databases are created owner-only
 * (`0600`) and use write-ahead logging with `secure_delete` on, so deleted records are
 * overwritten with zeros in the file; each erasure runs under `BEGIN IMMEDIATE` and then
 * checkpoints and truncates the log.
 *
 * @example
 * ```ts
 * import { createSqliteStore } from "@rapport/store-sql";
 * import { parseSurveyResponse } from "@rapport/core";
 * const store = await createSqliteStore({ filename: ":memory:" });
 * await store.surveyResponses.upsert(
 *   parseSurveyResponse({ kind: "nps", score: 9, id: "r1", customerId: "c1", respondedAt: "2024-03-01T10:00:00Z" }),
 * );
 * await store.scoreCounts({ metric: "nps" }); // [{ scale: "zero_to_ten", counts: { "9": 1 }, n: 1, … }]
 * await store.close();
 * ```
 */
export async function createSqliteStore(options: SqliteStoreOptions): Promise<SqlCareStore> {
  if (typeof options?.filename !== "string" || options.filename.length === 0) {
    throw new TypeError(
      `filename: expected a file path or ":memory:", received ${JSON.stringify(options?.filename)}`,
    );
  }
  const { default: Database } = await loadDriver(
    "better-sqlite3",
    "SQLite stores",
    () => import("better-sqlite3"),
  );
  if (options.filename !== ":memory:" && !existsSync(options.filename)) {
    // Owner-only from the first byte: SQLite gives its -wal and -shm files the database
    // file's permissions, so the personal data never sits in a world-readable file.
    closeSync(openSync(options.filename, "wx", 0o600));
  }
  const database = new Database(options.filename, { timeout: options.busyTimeoutMs ?? 5_000 });
  database.pragma("secure_delete = ON");
  if (options.filename !== ":memory:") {
    database.pragma("journal_mode = WAL");
    database.pragma("synchronous = NORMAL");
  }
  const db = new Kysely<never>({
    dialect: new SqliteDialect({ database: cachingStatements(database) }),
  });
  return createKyselyStore(db, {
    dialect: "sqlite",
    ...(options.encryptionKey ? { encryptionKey: options.encryptionKey } : {}),
    ...(options.erasureRetries === undefined ? {} : { erasureRetries: options.erasureRetries }),
  });
}
