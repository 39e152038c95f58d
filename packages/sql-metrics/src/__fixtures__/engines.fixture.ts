// Test engines: a DuckDB store in memory, and a PostgreSQL store in a schema of its own when
// RAPPORT_PG_URL reaches a server (skipped with a notice otherwise, as store-sql's tests do).

import type { Case, Transaction } from "@rapport/core";
import type { TenantStore } from "@rapport/store";
import { createDuckDbStore } from "@rapport/store-duckdb";
import { createPostgresStore, type SqlCareStore } from "@rapport/store-sql";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { SqlSource } from "../sql-dialect";

const url = process.env["RAPPORT_PG_URL"];

async function reachable(connectionString: string | undefined): Promise<boolean> {
  if (!connectionString) return false;
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export const postgresAvailable = await reachable(url);
if (!postgresAvailable) {
  console.warn(
    `PostgreSQL runs of the SQL metrics skipped: ${url ? "no server reachable at RAPPORT_PG_URL" : "RAPPORT_PG_URL is not set"}. ` +
      "To run them, start PostgreSQL as CONTRIBUTING.md says (scripts/services.sh) and set " +
      "RAPPORT_PG_URL=postgres://rapport:rapport@127.0.0.1:5432/rapport",
  );
}

/** An engine under test: a store to load records into, a source for the metrics, raw SQL. */
export interface TestEngine {
  /** The tenant "acme" of the store; the source reads only its rows. */
  readonly store: TenantStore;
  /** Another tenant of the same store, whose rows no metric of "acme" may count. */
  readonly other: TenantStore;
  readonly source: SqlSource;
  exec(statement: string): Promise<void>;
  close(): Promise<void>;
}

let schemas = 0;

function tenants(store: SqlCareStore) {
  return { store: store.forTenant("acme"), other: store.forTenant("globex") };
}

export async function duckdbEngine(): Promise<TestEngine> {
  const store = await createDuckDbStore();
  return {
    ...tenants(store),
    source: { db: store.kysely, dialect: "duckdb", tenant: "acme" },
    exec: async (statement) => {
      await store.kysely.executeQuery({ sql: statement, parameters: [] } as never);
    },
    close: () => store.close(),
  };
}

export async function postgresEngine(): Promise<TestEngine> {
  const schema = `rapport_sqlm_${process.pid}_${Date.now()}_${schemas++}`;
  const store = await createPostgresStore({ connectionString: url!, schema, maxConnections: 2 });
  const pool = new pg.Pool({ connectionString: url, max: 2, options: `-c search_path=${schema}` });
  const db = new Kysely<never>({ dialect: new PostgresDialect({ pool }) });
  return {
    ...tenants(store),
    source: { db, dialect: "postgres", tenant: "acme" },
    exec: async (statement) => {
      await pool.query(statement);
    },
    close: async () => {
      await store.close();
      await pool.query(`drop schema if exists "${schema}" cascade`);
      await db.destroy();
    },
  };
}

/** The engines this machine can run: DuckDB always, PostgreSQL when reachable. */
export const ENGINES: ReadonlyArray<readonly [string, () => Promise<TestEngine>]> = [
  ["DuckDB", duckdbEngine],
  ...(postgresAvailable ? [["PostgreSQL", postgresEngine] as const] : []),
];

/** Loads cases into the documented `care_cases` table (created here). */
export async function loadCases(engine: TestEngine, cases: readonly Case[]): Promise<void> {
  await engine.exec(
    "create table care_cases (tenant text not null default 'acme', id text primary key, customer_id text not null, status text not null, channel text, assignee_id text, team_id text, created_ms bigint not null, first_reply_ms bigint, solved_ms bigint, closed_ms bigint, reopen_count integer not null)",
  );
  const ms = (d: Date | undefined) => (d === undefined ? null : d.getTime());
  const rows = cases.map((c) => ({
    id: c.id,
    customer_id: c.customerId,
    status: c.status,
    channel: c.channel,
    assignee_id: c.assigneeId ?? null,
    team_id: c.teamId ?? null,
    created_ms: c.createdAt.getTime(),
    first_reply_ms: ms(c.firstReplyAt),
    solved_ms: ms(c.solvedAt),
    closed_ms: ms(c.closedAt),
    reopen_count: c.reopenCount,
  }));
  const db = engine.source.db as unknown as Kysely<{ care_cases: (typeof rows)[number] }>;
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto("care_cases")
      .values(rows.slice(i, i + 500))
      .execute();
  }
}

/** Loads transactions into the documented `care_transactions` table (created here). */
export async function loadTransactions(
  engine: TestEngine,
  transactions: readonly Transaction[],
): Promise<void> {
  await engine.exec(
    "create table care_transactions (tenant text not null default 'acme', id text primary key, customer_id text not null, kind text not null, amount bigint not null, currency text not null, occurred_ms bigint not null)",
  );
  const rows = transactions.map((t) => ({
    id: t.id,
    customer_id: t.customerId,
    kind: t.kind,
    amount: t.amount.amount,
    currency: t.amount.currency,
    occurred_ms: t.occurredAt.getTime(),
  }));
  const db = engine.source.db as unknown as Kysely<{ care_transactions: (typeof rows)[number] }>;
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto("care_transactions")
      .values(rows.slice(i, i + 500))
      .execute();
  }
}
