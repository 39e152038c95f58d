// Survey POST throughput on loopback: a bounded client (16 requests in flight) posts for
// 10 seconds to the real Node server. Baseline: the same server stack with a handler that
// only reads the body and answers 200, measured in the same run. Every accepted response must
// be stored exactly once (each id is posted twice).
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { serve } from "@hono/node-server";
import { createMemoryStore } from "@rapport/store";
import { Hono } from "hono";
import { median } from "../../../scripts/bench-harness.ts";
import { allowAnyone, createCareApp } from "../src/index.ts";

const OPEN = { authorize: allowAnyone(), warn: () => {} };

const SECONDS = Number(process.env["BENCH_SECONDS"] ?? 10);
const IN_FLIGHT = 16;

async function load(
  fetchHandler: (request: Request) => Response | Promise<Response>,
  seconds = SECONDS,
) {
  const server = serve({ fetch: fetchHandler, port: 0, hostname: "127.0.0.1" });
  await new Promise((resolve) => server.once("listening", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/surveys/responses`;
  const latencies: number[] = [];
  let sent = 0;
  let failed = 0;
  const end = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const i = sent++;
      // Each id twice: i and i + 1 share an id, so duplicates arrive while the first is in flight.
      const id = `r${Math.floor(i / 2)}`;
      const body = JSON.stringify({
        kind: "nps",
        id,
        customerId: `c${i % 997}`,
        score: i % 11,
        respondedAt: "2024-03-01T10:00:00Z",
      });
      const start = performance.now();
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      await response.arrayBuffer();
      latencies.push(performance.now() - start);
      if (response.status !== 200) failed++;
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  await new Promise<void>((resolve) => server.close(() => resolve()));
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    medianMs: median(latencies),
    p99Ms: latencies[Math.floor(latencies.length * 0.99)] ?? Number.NaN,
    failed,
    ids: Math.ceil(latencies.length / 2),
  };
}

const bare = new Hono();
bare.post("/surveys/responses", async (c) => {
  await c.req.text();
  return c.json({ stored: 1 });
});
// Warm the client and the server code paths first, so that neither side pays for it.
await load(bare.fetch, 2);
await load(createCareApp({ ...OPEN, store: createMemoryStore(), secrets: {} }).fetch, 2);
const baseline = await load(bare.fetch);

const store = createMemoryStore();
const rapport = await load(createCareApp({ ...OPEN, store, secrets: {} }).fetch);
let stored = 0;
for await (const page of store.forTenant("default").surveyResponses.stream({ limit: 10_000 }))
  stored += page.length;

console.log(`\n## Survey POST on loopback, ${IN_FLIGHT} in flight, ${SECONDS} s each`);
console.log("| server | requests/s | median | p99 | throughput relative to baseline |");
console.log("| --- | ---: | ---: | ---: | ---: |");
for (const [name, r] of [
  ["bare Hono handler (baseline)", baseline],
  ["createCareApp, memory store", rapport],
] as const) {
  console.log(
    `| ${name} | ${r.perSecond.toFixed(0)} | ${r.medianMs.toFixed(2)} ms | ${r.p99Ms.toFixed(2)} ms | ${(r.perSecond / baseline.perSecond).toFixed(2)}× |`,
  );
}
console.log(
  `\nstored exactly once: ${stored === rapport.ids ? "yes" : "NO"} (${rapport.requests} requests, ${rapport.ids} distinct ids, ${stored} stored, ${rapport.failed} non-200)`,
);
