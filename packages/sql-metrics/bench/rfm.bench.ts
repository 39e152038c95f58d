// The RFM summary of N transactions (default 10,000,000; RAPPORT_BENCH_ROWS to change it) in
// DuckDB by sqlRfmSummary, against rfmSummary in memory (a child process with Node's default
// heap, which may run out: the benchmark says so instead of failing).
//
// bench-processes: 1 (10^7 transactions, and the in-memory side runs in a child process of its own)
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { createDuckDbStore } from "@rapport/store-duckdb";
import { sql } from "kysely";
import { sqlRfmSummary } from "../src/index.ts";
import { TRANSACTIONS_SQL } from "./rfm-data.ts";

const rows = Number(process.env["RAPPORT_BENCH_ROWS"] ?? 10_000_000);
const store = await createDuckDbStore({ path: ":memory:", settings: { threads: "2" } });
await sql.raw(TRANSACTIONS_SQL(rows)).execute(store.kysely);
const source = { db: store.kysely, dialect: "duckdb" as const };
const options = { asOf: new Date("2025-01-01T00:00:00Z"), unit: "day" as const };
const times: number[] = [];
let customers = 0;
for (let sample = 0; sample < 3; sample++) {
  const start = performance.now();
  customers = (await sqlRfmSummary(source, options)).customers.length;
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(
  `\n## RFM summary of ${rows.toLocaleString("en")} transactions, ${customers.toLocaleString("en")} customers`,
);
console.log("| case | median |");
console.log("| --- | ---: |");
console.log(`| sqlRfmSummary in DuckDB (2 threads) | ${(times[1]! / 1000).toFixed(2)} s |`);
await store.close();
try {
  const out = execFileSync("npx", ["tsx", "bench/rfm-in-memory.ts", String(rows)], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  const r = JSON.parse(out.trim().split("\n").pop()!);
  console.log(
    `| rfmSummary in memory (records built in ${(r.buildMs / 1000).toFixed(1)} s, heap ${r.heapMb} MB) | ${(r.rfmMs / 1000).toFixed(2)} s |`,
  );
} catch (error) {
  const text = String((error as { stderr?: string }).stderr ?? error);
  console.log(
    `| rfmSummary in memory | failed: ${/heap out of memory/i.test(text) ? "JavaScript heap out of memory" : text.split("\n")[0]} |`,
  );
}
