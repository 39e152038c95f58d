// 1,000,000 survey responses (RAPPORT_BENCH_ROWS to change it) give identical results in
// memory (scoreTrend), SQLite (the store's pushed-down histograms), PostgreSQL (when
// RAPPORT_PG_URL is set) and DuckDB (sqlScoreTrend): NPS and binary CSAT by month in
// Europe/Berlin, every count, value and interval compared.
//
// bench-processes: 1 (10^6 rows loaded into four engines; it checks equality, and its timings are context)
import { performance } from "node:perf_hooks";
import { customerId, recordId, type SurveyResponse } from "@rapport/core";
import { scoreTrend } from "@rapport/metrics";
import { createDuckDbStore } from "@rapport/store-duckdb";
import { createPostgresStore, createSqliteStore, type SqlCareStore } from "@rapport/store-sql";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { type SqlSource, sqlScoreTrend } from "../src/index.ts";

const rows = Number(process.env["RAPPORT_BENCH_ROWS"] ?? 1_000_000);
const T0 = Date.UTC(2023, 0, 1);
const responses: SurveyResponse[] = Array.from({ length: rows }, (_, i) => {
  const base = {
    id: recordId(`r${i}`),
    customerId: customerId(`c${i % 50_000}`),
    respondedAt: new Date(T0 + ((i * 7_919) % (2 * 365 * 86_400_000))),
  };
  return i % 3 === 0
    ? ({
        ...base,
        kind: "csat",
        scale: "binary",
        score: i % 7 === 0 ? "bad" : "good",
      } as SurveyResponse)
    : ({ ...base, kind: "nps", scale: "zero_to_ten", score: (i * 13) % 11 } as SurveyResponse);
});
const trendOptions = [
  { metric: "nps" as const, period: "month" as const, timeZone: "Europe/Berlin" },
  {
    metric: "csat" as const,
    scale: "binary" as const,
    period: "month" as const,
    timeZone: "Europe/Berlin",
  },
];
const expected = trendOptions.map((o) => JSON.stringify(scoreTrend(responses, o)));

async function load(store: SqlCareStore, name: string): Promise<void> {
  const start = performance.now();
  const tenant = store.forTenant("bench");
  for (let i = 0; i < rows; i += 50_000)
    await tenant.surveyResponses.upsert(responses.slice(i, i + 50_000));
  console.log(
    `${name}: ${rows.toLocaleString("en")} responses stored in ${((performance.now() - start) / 1000).toFixed(1)} s`,
  );
}

async function compareSql(name: string, source: SqlSource): Promise<void> {
  for (const [k, o] of trendOptions.entries()) {
    const start = performance.now();
    const got = JSON.stringify(await sqlScoreTrend(source, o));
    console.log(
      `| ${name} | ${o.metric} | ${((performance.now() - start) / 1000).toFixed(2)} s | ${got === expected[k] ? "identical" : "DIFFERENT"} |`,
    );
  }
}

console.log("| engine | metric | time | result vs scoreTrend in memory |");
console.log("| --- | --- | ---: | --- |");
const duck = await createDuckDbStore({ settings: { threads: "2" } });
await load(duck, "DuckDB");
await compareSql("DuckDB (sqlScoreTrend)", { db: duck.kysely, dialect: "duckdb", tenant: "bench" });
await duck.close();

const sqlite = await createSqliteStore({ filename: ":memory:" });
await load(sqlite, "SQLite");
for (const [k, o] of trendOptions.entries()) {
  const start = performance.now();
  const histograms = await sqlite.forTenant("bench").scoreCounts(o);
  const inMemory = JSON.parse(expected[k]!) as {
    buckets: { start: string; score: { n: number } }[];
  };
  const byStart = new Map(histograms.map((h) => [h.periodStart?.getTime(), h.n]));
  const same = inMemory.buckets.every((b) => (byStart.get(Date.parse(b.start)) ?? 0) === b.score.n);
  console.log(
    `| SQLite (store.scoreCounts) | ${o.metric} | ${((performance.now() - start) / 1000).toFixed(2)} s | ${same ? "identical counts" : "DIFFERENT"} |`,
  );
}
await sqlite.close();

const url = process.env["RAPPORT_PG_URL"];
if (url) {
  const schema = `rapport_bench_${process.pid}`;
  const store = await createPostgresStore({ connectionString: url, schema });
  await load(store, "PostgreSQL");
  const pool = new pg.Pool({ connectionString: url, options: `-c search_path=${schema}` });
  const db = new Kysely<never>({ dialect: new PostgresDialect({ pool }) });
  await compareSql("PostgreSQL (sqlScoreTrend)", { db, dialect: "postgres", tenant: "bench" });
  await pool.query(`drop schema "${schema}" cascade`);
  await db.destroy();
  await store.close();
} else {
  console.log("PostgreSQL skipped: RAPPORT_PG_URL is not set");
}
