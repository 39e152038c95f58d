// rfmSummary of @rapport/churn over N generated transactions in this process, for
// rfm.bench.ts: run as a child so that running out of heap ends it, not the benchmark.
import { performance } from "node:perf_hooks";
import { rfmSummary } from "@rapport/churn";
import type { Transaction } from "@rapport/core";
import { transactionAt } from "./rfm-data.ts";

const n = Number(process.argv[2]);
const start = performance.now();
const transactions: Transaction[] = new Array(n);
for (let i = 0; i < n; i++) transactions[i] = transactionAt(i);
const built = performance.now();
const summary = rfmSummary(transactions, { asOf: new Date("2025-01-01T00:00:00Z"), unit: "day" });
const done = performance.now();
console.log(
  JSON.stringify({
    buildMs: built - start,
    rfmMs: done - built,
    customers: summary.customers.length,
    heapMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
  }),
);
