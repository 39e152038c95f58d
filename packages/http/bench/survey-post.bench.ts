// Survey POST on loopback: a bounded client (16 requests in flight) posts 2,000 survey
// responses to a real Node server per run, each id twice (duplicates arrive while the first is
// in flight). Baseline: the same server stack (Hono on @hono/node-server) with a handler that
// only reads the body and answers 200. Both servers are up for the whole bench and alternate
// round by round; the client runs in the same process, so the CPU time counts both sides.
// Afterwards every accepted response must be stored exactly once.
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createMemoryStore } from "@rapport/store";
import { Hono } from "hono";
import { runAsyncSuite } from "../../../scripts/bench-harness-async.ts";
import { allowAnyone, createCareApp } from "../src/index.ts";

const REQUESTS = 2_000;
const IN_FLIGHT = 16;

async function listen(fetchHandler: (request: Request) => Response | Promise<Response>) {
  const server = serve({ fetch: fetchHandler, port: 0, hostname: "127.0.0.1" });
  await new Promise((resolve) => server.once("listening", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/surveys/responses`;
  return { server, url };
}

// Ids are counted across every run of a server, so no two runs post the same id.
const posted = new Map<string, number>();
async function post(url: string): Promise<number> {
  let next = 0;
  let failed = 0;
  const worker = async () => {
    while (next < REQUESTS) {
      next++;
      const i = (posted.get(url) ?? 0) + 1;
      posted.set(url, i);
      const body = JSON.stringify({
        kind: "nps",
        id: `r${Math.floor(i / 2)}`,
        customerId: `c${i % 997}`,
        score: i % 11,
        respondedAt: "2024-03-01T10:00:00Z",
      });
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      await response.arrayBuffer();
      if (response.status !== 200) failed++;
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return failed;
}

const bareApp = new Hono();
bareApp.post("/surveys/responses", async (c) => {
  await c.req.text();
  return c.json({ stored: 1 });
});
const store = createMemoryStore();
const careApp = createCareApp({ store, secrets: {}, authorize: allowAnyone(), warn: () => {} });
const bare = await listen(bareApp.fetch);
const care = await listen(careApp.fetch);
let failures = 0;

await runAsyncSuite({
  title: `Survey POST on loopback: ${REQUESTS.toLocaleString("en")} requests, ${IN_FLIGHT} in flight`,
  samples: 7,
  warmup: 2,
  target: { maxRatio: 1.5 },
  note: "Baseline: a Hono handler on the same Node server stack that only reads the body and answers 200, so the ratio is what access control, the content-type check, validation of the body and the store's upsert cost per request, over the same HTTP client and loopback.",
  baseline: { name: "bare Hono handler: read the body, answer 200", run: () => post(bare.url) },
  cases: [
    {
      name: "createCareApp, memory store: POST /surveys/responses",
      run: async () => {
        failures += await post(care.url);
      },
    },
  ],
});

let stored = 0;
for await (const page of store.forTenant("default").surveyResponses.stream({ limit: 10_000 })) {
  stored += page.length;
}
const sent = posted.get(care.url) ?? 0;
const ids = new Set(Array.from({ length: sent }, (_, k) => Math.floor((k + 1) / 2))).size;
await Promise.all(
  [bare, care].map(({ server }) => new Promise<void>((resolve) => server.close(() => resolve()))),
);
console.log(
  `\nstored exactly once: ${stored === ids ? "yes" : "NO"} (${sent} requests, ${ids} distinct ids, ${stored} stored, ${failures} non-200)`,
);
if (stored !== ids || failures > 0) process.exit(1);
