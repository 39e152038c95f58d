// NPS by month in Europe/Berlin over N survey responses in DuckDB (default 100,000,000;
// RAPPORT_BENCH_ROWS to change it): sqlScoreTrend (the range query, the CASE of core's month
// starts, scoring by @rapport/metrics) against the cheapest bare GROUP BY of month-sized
// buckets (integer division of the epoch milliseconds, counts only, no time zone), and, up to
// 10^7 rows, against the same Berlin months written with DuckDB's own time-zone functions.
import { performance } from "node:perf_hooks";
import { createDuckDbStore } from "@rapport/store-duckdb";
import { sql } from "kysely";
import { runAsyncSuite } from "../../store-sql/bench/async-suite.ts";
import { sqlScoreTrend } from "../src/index.ts";

const rows = Number(process.env["RAPPORT_BENCH_ROWS"] ?? 100_000_000);
// In memory: about 4 GB at 10^8 rows, loaded in minutes where a file takes a quarter of an hour.
const store = await createDuckDbStore({ path: ":memory:", settings: { threads: "2" } });
const db = store.kysely;
const loadStart = performance.now();
// Three years of answers from 2022-01-01T00:00Z, one every ~0.95 s, scores 0..10.
await sql`create table answers as select 'nps' as kind, 'zero_to_ten' as scale,
  ((i * 7919) % 11)::tinyint as score, 1640995200000 + (i * 946) as at_ms
  from range(${sql.lit(rows)}) t(i)`.execute(db);
console.log(
  `loaded ${rows.toLocaleString("en")} rows in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`,
);

const source = { db, dialect: "duckdb" as const };
const layout = { surveyResponses: { table: "answers" } };
const options = {
  metric: "nps" as const,
  period: "month" as const,
  timeZone: "Europe/Berlin",
  layout,
};

const trend = await sqlScoreTrend(source, options);
console.log(
  `${trend.buckets.length} months, n = ${trend.buckets.reduce((s, b) => s + b.score.n, 0).toLocaleString("en")}`,
);

await runAsyncSuite({
  title: `NPS by month in Europe/Berlin, ${rows.toLocaleString("en")} responses in DuckDB (2 threads)`,
  samples: Number(process.env["RAPPORT_BENCH_SAMPLES"] ?? 5),
  warmup: 1,
  maxRatio: 1.5,
  tasks: [
    {
      name: "bare GROUP BY at_ms // 2629746000, score (counts only)",
      setup: () => undefined,
      run: () =>
        sql`select at_ms // 2629746000 as m, score, count(*) as n from answers group by 1, 2`.execute(
          db,
        ),
    },
    {
      name: "bare GROUP BY at_ms // 2629746000, score WHERE kind = 'nps' AND scale = 'zero_to_ten'",
      setup: () => undefined,
      run: () =>
        sql`select at_ms // 2629746000 as m, score, count(*) as n from answers
          where kind = 'nps' and scale = 'zero_to_ten' group by 1, 2`.execute(db),
    },
    {
      name: "sqlScoreTrend (range query + CASE of month starts + scores)",
      setup: () => undefined,
      run: () => sqlScoreTrend(source, options),
    },
  ].concat(
    rows > 10_000_000
      ? []
      : [
          {
            name: "GROUP BY date_trunc('month', timezone('Europe/Berlin', …)), score",
            setup: () => undefined,
            run: () =>
              sql`select date_trunc('month', timezone('Europe/Berlin', to_timestamp(at_ms / 1000.0))) as m, score, count(*) as n
          from answers group by 1, 2`.execute(db),
          },
        ],
  ),
});
await store.close();
