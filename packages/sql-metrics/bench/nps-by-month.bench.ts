// NPS by month in Europe/Berlin over N survey responses in DuckDB (default 100,000,000;
// RAPPORT_BENCH_ROWS to change it), against a bare GROUP BY of the same buckets: the same
// table, the same bucket expression (the CASE of core's Berlin month starts that
// sqlScoreTrend sends), counts only, no filter, no answer column. Two layouts of the same
// rows, each against its own baseline: kind and scale as DuckDB ENUMs and as VARCHAR.
// Alternated rounds, wall clock and CPU time of the process (DuckDB's two threads in it).
// Loading 10^8 rows takes under a minute, so the file runs in three processes like the others.
import { performance } from "node:perf_hooks";
import { periodStarts } from "@rapport/core";
import { createDuckDbStore } from "@rapport/store-duckdb";
import { sql } from "kysely";
import { type AsyncBenchTask, runAsyncSuite } from "../../../scripts/bench-harness-async.ts";
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
// The same rows with kind and scale as ENUMs of every kind and scale core knows.
const enumStart = performance.now();
await sql`create type survey_kind as enum ('nps', 'csat', 'ces', 'happiness')`.execute(db);
await sql`create type survey_scale as enum
  ('zero_to_ten', 'binary', 'five_point', 'seven_point', 'three_point')`.execute(db);
await sql`create table answers_enum as select kind::survey_kind as kind,
  scale::survey_scale as scale, score, at_ms from answers`.execute(db);
await sql`checkpoint care`.execute(db);
const enumSeconds = (performance.now() - enumStart) / 1000;
console.log(`copied them with ENUM kind and scale in ${enumSeconds.toFixed(1)} s`);

const source = { db, dialect: "duckdb" as const };
const options = (table: string) => ({
  metric: "nps" as const,
  period: "month" as const,
  timeZone: "Europe/Berlin",
  layout: { surveyResponses: { table } },
});
const trend = await sqlScoreTrend(source, options("answers_enum"));
const n = trend.buckets.reduce((s, b) => s + b.score.n, 0);
console.log(
  `${trend.buckets.length} months, n = ${n.toLocaleString("en")}, skipped ${JSON.stringify(trend.skipped)}`,
);
// Both layouts give the same trend, or the comparison means nothing.
if (JSON.stringify(await sqlScoreTrend(source, options("answers"))) !== JSON.stringify(trend)) {
  throw new Error("the VARCHAR and ENUM layouts give different trends");
}

// The same bucket expression as sqlScoreTrend's: the CASE of the Berlin month starts that
// cover the data, computed by core's calendar, giving the index of the month (-3 outside).
const range = (
  await sql<{ lo: number; hi: number }>`select min(at_ms) as lo, max(at_ms) as hi
  from answers`.execute(db)
).rows[0]!;
const starts = periodStarts(new Date(range.lo), new Date(range.hi), "month", {
  timeZone: "Europe/Berlin",
}).map((d) => d.getTime());
const bucket = periodIndex(sql<number>`at_ms`, starts, -3);

// The baseline of every suite: the bare GROUP BY of the month buckets over one table.
const bareGroupBy = (table: string): AsyncBenchTask => ({
  name: "bare SELECT bucket, count(*) … GROUP BY bucket (the same CASE of Berlin months)",
  run: () =>
    sql`select ${bucket} as bucket, count(*) as n from ${sql.table(table)} group by 1`.execute(db),
});

const layouts = [
  ["answers_enum", "kind and scale ENUM"],
  ["answers", "kind and scale VARCHAR"],
] as const;
for (const [table, layout] of layouts) {
  const t = sql.table(table);
  const cases: AsyncBenchTask[] = [
    {
      name: "sqlScoreTrend: range query, GROUP BY bucket, score, scores and intervals in JS",
      run: () => sqlScoreTrend(source, options(table)),
    },
    {
      name: "sqlScoreTrend with from and to (no range query)",
      run: () =>
        sqlScoreTrend(source, {
          ...options(table),
          from: new Date(range.lo),
          to: new Date(range.hi),
        }),
    },
    {
      name: "for reference: GROUP BY bucket, score (every row, no kind or scale)",
      run: () =>
        sql`select ${bucket} as bucket, score, count(*) as n from ${t} group by 1, 2`.execute(db),
    },
  ];
  if (table === "answers_enum") {
    const kind = sql`'nps'::survey_kind`;
    const scale = sql`'zero_to_ten'::survey_scale`;
    cases.push(
      {
        name: "for reference: WHERE kind, scale as a table filter, GROUP BY bucket, score (no skipped counts)",
        run: () =>
          sql`select ${bucket} as bucket, score, count(*) as n from ${t}
            where kind = ${kind} and scale = ${scale} group by 1, 2`.execute(db),
      },
      {
        name: "for reference: the skipped counts alone (count(*) FILTER on kind, scale)",
        run: () =>
          sql`select count(*) filter (where kind <> ${kind}) as other_metric,
            count(*) filter (where kind = ${kind} and scale <> ${scale}) as other_scale
            from ${t}`.execute(db),
      },
      {
        name: "for reference: the range query alone (first and last time, ORDER BY … LIMIT 1)",
        run: () =>
          sql`select (select at_ms from ${t} where at_ms is not null order by at_ms limit 1) as lo,
            (select at_ms from ${t} where at_ms is not null order by at_ms desc limit 1) as hi`.execute(
            db,
          ),
      },
    );
  }
  await runAsyncSuite({
    title: `NPS by month in Europe/Berlin, ${rows.toLocaleString("en")} responses in DuckDB, ${layout} (2 threads, compressed in memory)`,
    samples: rounds,
    warmup: 1,
    target: { maxRatio: 1.5 },
    note:
      `The baseline groups the same table by the same bucket expression and counts; sqlScoreTrend ` +
      `also reads the kind, scale and answer of every row, groups by answer too and, without from ` +
      `and to, first reads the first and last time. Loading the rows took ${loadSeconds.toFixed(0)} s, ` +
      `copying them with ENUM columns ${enumSeconds.toFixed(0)} s.`,
    baseline: bareGroupBy(table),
    cases,
  });
}

// For reference, what a team writes by hand for the same months: DuckDB's own time-zone
// conversion of every row (ICU), truncated to the month. It gives the same counts (checked
// here), no score and no interval, and costs far more than the CASE both queries above share,
// so it is timed in a few rounds of its own, without a target.
const byHand = sql<{ month: unknown; n: unknown }>`select date_trunc('month',
  timezone('Europe/Berlin', to_timestamp(at_ms / 1000.0))) as month, count(*) as n
  from answers group by 1 order by 1`;
const bareCounts = sql<{ bucket: unknown; n: unknown }>`select ${bucket} as bucket, count(*) as n
  from answers group by 1 having bucket >= 0 order by 1`;
const handRows = (await byHand.execute(db)).rows;
const bareRows = (await bareCounts.execute(db)).rows;
if (handRows.map((r) => Number(r.n)).join() !== bareRows.map((r) => Number(r.n)).join()) {
  throw new Error("the hand-written GROUP BY and the CASE of month starts count different months");
}
await runAsyncSuite({
  title: `Months in Europe/Berlin by hand, ${rows.toLocaleString("en")} responses in DuckDB (2 threads, compressed in memory)`,
  samples: 5,
  warmup: 0,
  note:
    "The team's own GROUP BY converts every row's time to Berlin time and truncates it to " +
    "the month; the baseline is the bare GROUP BY of the suites above, on the same table.",
  baseline: bareGroupBy("answers"),
  cases: [
    {
      name: "for reference: GROUP BY date_trunc('month', timezone('Europe/Berlin', …)), counts only",
      run: () => byHand.execute(db),
    },
  ],
});
await store.close();
