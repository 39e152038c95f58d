// SQLite bulk upsert of 20,000 survey responses through the store (validation, JSON,
// Kysely, ON CONFLICT upsert, one transaction) against a raw better-sqlite3 prepared-statement
// INSERT loop writing the same rows into the same schema in one transaction.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { runAsyncSuite } from "../../../scripts/bench-harness-async.ts";
import { createSqliteStore } from "../src/index.ts";
import { npsResponses } from "./responses.ts";

const COUNT = 20_000;
const responses = npsResponses(0, COUNT);

// The store's own schema, read from a migrated database, so the baseline has the same indexes.
const dir = mkdtempSync(join(tmpdir(), "rapport-bench-"));
const template = await createSqliteStore({ filename: join(dir, "schema.db") });
await template.close();
const schemaDb = new Database(join(dir, "schema.db"), { readonly: true });
const ddl = schemaDb
  .prepare("select sql from sqlite_master where sql is not null and name like 'survey%'")
  .all()
  .map((row) => (row as { sql: string }).sql);
schemaDb.close();
rmSync(dir, { recursive: true, force: true });

await runAsyncSuite({
  title: `SQLite: upsert ${COUNT.toLocaleString("en")} survey responses into an empty :memory: database`,
  samples: 7,
  warmup: 1,
  target: { maxRatio: 3 },
  note: "Baseline: better-sqlite3's prepared INSERT of the same rows into the same schema (the store's own DDL, with its indexes) in one transaction, the least any SQLite store can do; the ratio is what validation, JSON, Kysely and the ON CONFLICT upsert with its version check cost.",
  baseline: {
    name: "raw prepared INSERT loop (better-sqlite3, one transaction)",
    setup: () => {
      const db = new Database(":memory:");
      for (const statement of ddl) db.exec(statement);
      return db;
    },
    run: (db: Database.Database) => {
      const insert = db.prepare(
        "insert into survey_responses (tenant, id, customer_id, at_ms, data, kind, scale, score, channel, agent_id, team_id, survey_id) values ('acme', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      );
      db.transaction(() => {
        for (const r of responses) {
          insert.run(
            r.id,
            r.customerId,
            r.respondedAt.getTime(),
            JSON.stringify(r),
            r.kind,
            r.scale,
            String(r.score),
            r.channel ?? null,
            r.agentId ?? null,
            r.teamId ?? null,
            r.surveyId ?? null,
          );
        }
      })();
    },
    teardown: (db: Database.Database) => {
      db.close();
    },
  },
  cases: [
    {
      name: 'store.forTenant("acme").surveyResponses.upsert (validated, Kysely, ON CONFLICT)',
      setup: () => createSqliteStore({ filename: ":memory:" }),
      run: async (store: Awaited<ReturnType<typeof createSqliteStore>>) => {
        const report = await store.forTenant("acme").surveyResponses.upsert(responses);
        if (report.stored !== COUNT) throw new Error(`stored ${report.stored}`);
      },
      teardown: (store: Awaited<ReturnType<typeof createSqliteStore>>) => store.close(),
    },
  ],
});
