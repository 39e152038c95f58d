// The soak test (`npm run soak`, never part of `npm test`): mixed traffic against the HTTP
// app on SQLite and on PostgreSQL, on loopback, with a `kill -9` of the server in the middle
// of an import and a restart, and (PostgreSQL) a database restart in the middle of writes.
// Afterwards it reads the store directly: every acknowledged write must be there, and every
// import batch must be there whole or not at all.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createPostgresStore, createSqliteStore, type SqlCareStore } from "@rapport/store-sql";
import pg from "pg";
import { createSoakCluster, type SoakCluster } from "./pg-cluster.ts";

const SECONDS = Number(process.env["SOAK_SECONDS"] ?? 60);
const IMPORT_SIZE = 2_000;
const here = dirname(fileURLToPath(import.meta.url));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const exec = promisify(execFile);

type Backend = "sqlite" | "postgres";
interface Figures {
  backend: Backend;
  seconds: number;
  requests: number;
  statuses: Record<string, number>;
  refused: number;
  broken: number;
  serverCrashes: number;
  ackedConsent: number;
  ackedResponses: number;
  importsSent: number;
  importsAcked: number;
  importsWhole: number;
  lost: number;
  halfImported: number;
  serverKills: number;
  databaseRestarts: number | string;
}

interface Server {
  child: ChildProcess;
  port: number;
  /** Settles when the process has exited. */
  exit: Promise<void>;
}

function startServer(env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, ["--import", "tsx", join(here, "soak-server.ts")], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout! });
  const exit = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    lines.on("line", (line) => {
      const match = /^listening (\d+)$/.exec(line);
      if (match) resolve({ child, port: Number(match[1]), exit });
    });
    child.once("exit", (code) =>
      reject(new Error(`soak server exited (${code}) before listening`)),
    );
  });
}

async function soak(backend: Backend, env: Record<string, string>, cluster?: SoakCluster) {
  const token = env["SOAK_TOKEN"]!;
  let server = await startServer(env);
  let killing = false;
  const started = Date.now();
  const deadline = started + SECONDS * 1000;
  const figures: Figures = {
    backend,
    seconds: SECONDS,
    requests: 0,
    statuses: {},
    refused: 0,
    broken: 0,
    serverCrashes: 0,
    ackedConsent: 0,
    ackedResponses: 0,
    importsSent: 0,
    importsAcked: 0,
    importsWhole: 0,
    lost: 0,
    halfImported: 0,
    serverKills: 0,
    databaseRestarts: cluster ? 0 : "skipped",
  };
  const consentAcks = new Map<string, { customerId: string; action: string }>();
  const responseAcks = new Set<string>();
  const imports = new Map<number, { acked: boolean }>();
  let importsInFlight = 0;

  async function call(method: string, path: string, body?: unknown): Promise<number | null> {
    figures.requests++;
    try {
      const response = await fetch(`http://127.0.0.1:${server.port}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(60_000),
      });
      await response.arrayBuffer();
      figures.statuses[response.status] = (figures.statuses[response.status] ?? 0) + 1;
      return response.status;
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code;
      if (code === "ECONNREFUSED") figures.refused++;
      else figures.broken++;
      await sleep(50);
      return code === "ECONNREFUSED" ? 0 : null;
    }
  }

  const nps = (id: string, customer: string, i: number) => ({
    kind: "nps",
    id,
    customerId: customer,
    score: i % 11,
    respondedAt: new Date(Date.UTC(2024, 0, 1) + (i % 100_000) * 60_000).toISOString(),
  });

  let seq = 0;
  const running = () => Date.now() < deadline;
  const consentWorker = async () => {
    while (running()) {
      const n = seq++;
      const customer = `cus-${n % 200}`;
      const id = `evt-${backend}-${n}`;
      const action = n % 3 === 0 ? "withdraw" : "grant";
      const status = await call("POST", `/customers/${customer}/consent`, {
        id,
        purpose: n % 2 === 0 ? "marketing" : "selling",
        action,
      });
      if (status === 201) consentAcks.set(id, { customerId: customer, action });
    }
  };
  const surveyWorker = async () => {
    while (running()) {
      const n = seq++;
      const batch = Array.from({ length: 20 }, (_, i) => nps(`r-${n}-${i}`, `cus-${i}`, n + i));
      if ((await call("POST", "/surveys/responses", batch)) === 200) {
        for (const r of batch) responseAcks.add(r.id);
      }
    }
  };
  const importWorker = async () => {
    for (let b = 0; running(); b++) {
      const batch = Array.from({ length: IMPORT_SIZE }, (_, i) =>
        nps(`imp-${b}-${i}`, `imp-c-${i % 500}`, i),
      );
      imports.set(b, { acked: false });
      importsInFlight++;
      const status = await call("POST", "/surveys/responses", batch);
      importsInFlight--;
      if (status === 200) imports.get(b)!.acked = true;
      // Refused at connect (the server was down): never sent.
      if (status === 0) imports.delete(b);
    }
  };
  const reader = async () => {
    for (let n = 0; running(); n++) {
      await call("GET", `/customers/cus-${n % 200}/consent`);
      await call("GET", `/customers/cus-${n % 200}/snapshot`);
      await call("GET", "/metrics/nps?period=month&timeZone=Europe%2FBerlin");
    }
  };
  const chaos = async () => {
    await sleep(SECONDS * 300);
    while (importsInFlight === 0 && running()) await sleep(5);
    await sleep(150); // inside the import request: its body is read, its records are being written
    killing = true;
    server.child.kill("SIGKILL");
    await server.exit;
    figures.serverKills++;
    server = await startServer(env);
    killing = false;
    if (!cluster) return;
    await sleep(Math.max(0, started + SECONDS * 600 - Date.now()));
    await exec("pg_ctlcluster", cluster.restartArgs);
    (figures.databaseRestarts as number)++;
  };

  // A server that dies on its own is a failure to report, and is restarted so the run goes on.
  const watchdog = async () => {
    while (running()) {
      const current = server;
      await Promise.race([current.exit, sleep(200)]);
      if (!killing && current === server && current.child.exitCode !== null && running()) {
        figures.serverCrashes++;
        server = await startServer(env);
      }
    }
  };
  await Promise.all([
    watchdog(),
    ...Array.from({ length: 4 }, consentWorker),
    ...Array.from({ length: 2 }, surveyWorker),
    importWorker(),
    ...Array.from({ length: 2 }, reader),
    chaos(),
  ]);
  server.child.kill("SIGTERM");
  await server.exit;

  // Read the store directly and hold it to what was acknowledged.
  const root: SqlCareStore =
    backend === "sqlite"
      ? await createSqliteStore({ filename: env["SOAK_SQLITE_FILE"]!, encryptionKey: keyOf(env) })
      : await createPostgresStore({
          connectionString: env["SOAK_PG_URL"]!,
          schema: env["SOAK_PG_SCHEMA"]!,
          encryptionKey: keyOf(env),
        });
  const store = root.forTenant("soak");
  const events = new Map<string, { customerId: string; action: string }>();
  for await (const page of store.consentEvents.stream({ limit: 1000 })) {
    for (const e of page) events.set(e.id, { customerId: e.customerId, action: e.action });
  }
  const responses = new Set<string>();
  for await (const page of store.surveyResponses.stream({ limit: 1000 })) {
    for (const r of page) responses.add(r.id);
  }
  await root.close();
  for (const [id, ack] of consentAcks) {
    const stored = events.get(id);
    if (stored?.customerId !== ack.customerId || stored.action !== ack.action) figures.lost++;
  }
  for (const id of responseAcks) if (!responses.has(id)) figures.lost++;
  const perImport = new Map<number, number>();
  for (const id of responses) {
    const match = /^imp-(\d+)-/.exec(id);
    if (match) perImport.set(Number(match[1]), (perImport.get(Number(match[1])) ?? 0) + 1);
  }
  for (const [b, { acked }] of imports) {
    const count = perImport.get(b) ?? 0;
    if (count === IMPORT_SIZE) figures.importsWhole++;
    else if (count !== 0) figures.halfImported++;
    if (acked && count !== IMPORT_SIZE) figures.lost += IMPORT_SIZE - count;
  }
  figures.ackedConsent = consentAcks.size;
  figures.ackedResponses = responseAcks.size;
  figures.importsSent = imports.size;
  figures.importsAcked = [...imports.values()].filter((i) => i.acked).length;
  return figures;
}

const keyOf = (env: Record<string, string>) =>
  new Uint8Array(Buffer.from(env["SOAK_KEY"]!, "base64"));

async function reachable(url: string | undefined): Promise<boolean> {
  if (!url) return false;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const base = {
  SOAK_KEY: randomBytes(32).toString("base64"),
  SOAK_TOKEN: randomBytes(24).toString("base64url"),
};
const results: Figures[] = [];

const dir = mkdtempSync(join(tmpdir(), "rapport-soak-"));
try {
  results.push(
    await soak("sqlite", {
      ...base,
      SOAK_BACKEND: "sqlite",
      SOAK_SQLITE_FILE: join(dir, "soak.db"),
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const made = createSoakCluster(Number(process.env["SOAK_PG_PORT"] ?? 5439));
const cluster = typeof made === "string" ? undefined : made;
if (typeof made === "string") {
  console.warn(
    `soak: the PostgreSQL restart is skipped (${made}); it needs root and pg_createcluster to make a throwaway cluster.`,
  );
}
const pgUrl = cluster?.url ?? process.env["RAPPORT_PG_URL"];
try {
  if (await reachable(pgUrl)) {
    const schema = `rapport_soak_${process.pid}`;
    try {
      results.push(
        await soak(
          "postgres",
          { ...base, SOAK_BACKEND: "postgres", SOAK_PG_URL: pgUrl!, SOAK_PG_SCHEMA: schema },
          cluster,
        ),
      );
    } finally {
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    }
  } else {
    console.warn(
      "soak: PostgreSQL skipped: set RAPPORT_PG_URL (or run as root to make a cluster).",
    );
  }
} finally {
  cluster?.drop();
}

console.log(
  "\n| store | seconds | requests | refused while down | acknowledged writes (consent + responses) | imports sent / acknowledged / whole | half-imported | lost | server kills | database restarts |",
);
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const f of results) {
  console.log(
    `| ${f.backend} | ${f.seconds} | ${f.requests} | ${f.refused} | ${f.ackedConsent + f.ackedResponses} (${f.ackedConsent} + ${f.ackedResponses}) | ${f.importsSent} / ${f.importsAcked} / ${f.importsWhole} | ${f.halfImported} | ${f.lost} | ${f.serverKills} | ${f.databaseRestarts} |`,
  );
}
for (const f of results) {
  console.log(
    `${f.backend}: statuses ${JSON.stringify(f.statuses)}, connections broken mid-request ${f.broken}, server crashes ${f.serverCrashes}`,
  );
}
process.exitCode = results.some((f) => f.lost > 0 || f.halfImported > 0 || f.serverCrashes > 0)
  ? 1
  : 0;
