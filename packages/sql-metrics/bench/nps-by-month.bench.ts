// NPS by month in Europe/Berlin over N survey responses in DuckDB (default 100,000,000;
// RAPPORT_BENCH_ROWS to change it), against a bare GROUP BY of the same buckets: the same
// table, the same bucket expression (the CASE of core's Berlin month starts that
// sqlScoreTrend sends), counts only, no filter, no answer column. Alternated rounds, wall
// clock and CPU time of the process (DuckDB's two threads run inside it).
import { performance } from "node:perf_hooks";
import { periodStarts } from "@rapport/core";
import { createDuckDbStore } from "@rapport/store-duckdb";
import { type RawBuilder, sql } from "kysely";
import { runAsyncSuite } from "../../../scripts/bench-harness-async.ts";
import { sqlScoreTrend } from "../src/index.ts";
import { periodIndex } from "../src/sql-time.ts";

const rows = Number(process.env["RAPPORT_BENCH_ROWS"] ?? 100_000_000);
const rounds = Math.max(5, Number(process.env["RAPPORT_BENCH_SAMPLES"] ?? 5));
const store = await createDuckDbStore({ path: ":memory:", settings: { threads: "2" } });
const db = store.kysely;
// A compressed in-memory database: DuckDB stores it as it stores a file (constant and
// dictionary compression of the kind and scale strings), without a quarter of an hour of
// writing 10^8 rows to disk. An uncompressed one makes every string comparison dearer.
await sql`attach ':memory:' as care (compress)`.execute(db);
await sql`use care`.execute(db);
const loadStart = performance.now();
// Three years of answers from 2022-01-01T00:00Z, evenly spread, integer answers; one in ten
// is a five-point CSAT answer, which the NPS query must skip and count as another metric.
const step = Math.floor((3 * 365 * 86_400_000) / rows);
await sql`create table answers as select
  case when i % 10 = 9 then 'csat' else 'nps' end as kind,
  case when i % 10 = 9 then 'five_point' else 'zero_to_ten' end as scale,
  (case when i % 10 = 9 then 1 + i % 5 else (i * 7919) % 11 end)::tinyint as score,
  1640995200000 + (i * ${sql.lit(step)}) as at_ms
  from range(${sql.lit(rows)}) t(i)`.execute(db);
// The checkpoint compresses what was written, as it does in a file.
await sql`checkpoint care`.execute(db);
const loadSeconds = (performance.now() - loadStart) / 1000;
console.log(`loaded ${rows.toLocaleString("en")} rows in ${loadSeconds.toFixed(1)} s`);

const source = { db, dialect: "duckdb" as const };
const options = {
  metric: "nps" as const,
  period: "month" as const,
  timeZone: "Europe/Berlin",
  layout: { surveyResponses: { table: "answers" } },
};
const trend = await sqlScoreTrend(source, options);
const n = trend.buckets.reduce((s, b) => s + b.score.n, 0);
console.log(
  `${trend.buckets.length} months, n = ${n.toLocaleString("en")}, skipped ${JSON.stringify(trend.skipped)}`,
);

// The same bucket expression as sqlScoreTrend's: the CASE of the Berlin month starts that
// cover the data, computed by core's calendar, giving the index of the month (-3 outside).
const range = (
  await sql<{ lo: number; hi: number }>`select min(at_ms) as lo, max(at_ms) as hi
  from answers`.execute(db)
).rows[0]!;
const starts = periodStarts(new Date(range.lo), new Date(range.hi), "month", {
  timeZone: "Europe/Berlin",
}).map((d) => d.getTime());
const atMs = sql<number>`at_ms`;
const bucket = periodIndex(atMs, starts, -3);
// The bucket expression this benchmark measured before: the month's start in epoch
// milliseconds in every branch and NULL outside the range, so DuckDB cannot bound it.
const tree = (lo: number, hi: number): RawBuilder<number> => {
  if (hi - lo === 1) return sql.raw<number>(String(starts[lo]));
  const mid = (lo + hi) >> 1;
  return sql<number>`case when ${atMs} < ${sql.raw(String(starts[mid]))} then ${tree(lo, mid)} else ${tree(mid, hi)} end`;
};
const startBucket = sql`case when ${atMs} >= ${sql.raw(String(starts[0]))} and ${atMs} < ${sql.raw(String(starts.at(-1)))} then ${tree(0, starts.length - 1)} end`;

await runAsyncSuite({
  title: `NPS by month in Europe/Berlin, ${rows.toLocaleString("en")} responses in DuckDB (2 threads, compressed in memory)`,
  samples: rounds,
  warmup: 1,
  target: { maxRatio: 1.5 },
  note:
    `The baseline groups the same table by the same bucket expression and counts; sqlScoreTrend ` +
    `also reads the kind, scale and answer of every row, groups by answer too and, without from ` +
    `and to, first reads the first and last time. Loading the rows took ${loadSeconds.toFixed(0)} s.`,
  baseline: {
    name: "bare SELECT bucket, count(*) … GROUP BY bucket (the same CASE of Berlin months)",
    run: () => sql`select ${bucket} as bucket, count(*) as n from answers group by 1`.execute(db),
  },
  cases: [
    {
      name: "sqlScoreTrend: range query, GROUP BY bucket, score, scores and intervals in JS",
      run: () => sqlScoreTrend(source, options),
    },
    {
      name: "sqlScoreTrend with from and to (no range query)",
      run: () =>
        sqlScoreTrend(source, { ...options, from: new Date(range.lo), to: new Date(range.hi) }),
    },
    {
      name: "for reference: GROUP BY bucket, score (every row, no filter)",
      run: () =>
        sql`select ${bucket} as bucket, score, count(*) as n from answers group by 1, 2`.execute(
          db,
        ),
    },
    {
      name: "for reference: GROUP BY bucket, score of the NPS rows only (WHERE kind, scale)",
      run: () =>
        sql`select ${bucket} as bucket, score, count(*) as n from answers
          where kind = 'nps' and scale = 'zero_to_ten' group by 1, 2`.execute(db),
    },
    {
      name: "for reference: the earlier bucket CASE (month starts in ms, NULL outside), GROUP BY bucket",
      run: () =>
        sql`select ${startBucket} as bucket, count(*) as n from answers group by 1`.execute(db),
    },
    {
      name: "for reference: the range query alone (first and last time, ORDER BY … LIMIT 1)",
      run: () =>
        sql`select (select at_ms from answers where at_ms is not null order by at_ms limit 1) as lo,
          (select at_ms from answers where at_ms is not null order by at_ms desc limit 1) as hi`.execute(
          db,
        ),
    },
  ],
});
await store.close();
