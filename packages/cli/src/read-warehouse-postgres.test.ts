import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli";

const url = process.env["RAPPORT_PG_URL"];

async function reachable(connectionString: string | undefined): Promise<boolean> {
  if (!connectionString) return false;
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const available = await reachable(url);
if (!available) {
  console.warn(
    `rapport report --from postgres:// test skipped: ${url ? "no server reachable at RAPPORT_PG_URL" : "RAPPORT_PG_URL is not set"}. ` +
      "To run it, start PostgreSQL as CONTRIBUTING.md says (scripts/services.sh) and set " +
      "RAPPORT_PG_URL=postgres://rapport:rapport@127.0.0.1:5432/rapport",
  );
}

function io() {
  const err: string[] = [];
  return {
    io: { stdout: { write: () => true }, stderr: { write: (t: string) => err.push(t) } },
    err: () => err.join(""),
  };
}
const clock = { now: () => new Date("2027-01-01T00:00:00Z") };
const dir = mkdtempSync(join(tmpdir(), "rapport-warehouse-pg-"));
const schema = `rapport_cli_${process.pid}`;

// The same small care history twice: as the documented CSV files, and as rows of the
// documented warehouse tables in PostgreSQL. 36 answers (NPS, binary CSAT, five-point CES)
// over March and April 2024, and 8 cases, two reopened, six answered, five solved.
const T0 = Date.parse("2024-03-01T09:00:00Z");
const HOUR = 3_600_000;
const responses = Array.from({ length: 36 }, (_, i) => {
  const kind = i % 3 === 0 ? "nps" : i % 3 === 1 ? "csat" : "ces";
  const scale = kind === "nps" ? "zero_to_ten" : kind === "csat" ? "binary" : "five_point";
  const score =
    kind === "nps" ? String((i * 7) % 11) : kind === "csat" ? (i % 4 === 0 ? "bad" : "good") : "";
  return {
    id: `r${i}`,
    customerId: `c${i % 6}`,
    kind,
    scale,
    score: kind === "ces" ? String(1 + (i % 5)) : score,
    atMs: T0 + i * 37 * HOUR,
    agentId: i % 2 === 0 ? "a1" : "a2",
    channel: i % 2 === 0 ? "email" : "chat",
  };
});
const cases = Array.from({ length: 8 }, (_, i) => ({
  id: `k${i}`,
  customerId: `c${i % 6}`,
  status: i < 5 ? "solved" : "open",
  channel: i % 2 === 0 ? "email" : "chat",
  assigneeId: i % 2 === 0 ? "a1" : "a2",
  createdMs: T0 + i * 50 * HOUR,
  firstReplyMs: i < 6 ? T0 + i * 50 * HOUR + (i + 1) * HOUR : null,
  solvedMs: i < 5 ? T0 + i * 50 * HOUR + (i + 2) * 5 * HOUR : null,
  reopenCount: i === 1 || i === 3 ? 1 : 0,
}));
const isoOf = (ms: number | null) => (ms === null ? "" : new Date(ms).toISOString());

async function sqlRun(statements: [string, unknown[]?][]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const [statement, values] of statements) await client.query(statement, values ?? []);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  writeFileSync(
    join(dir, "responses.csv"),
    [
      "id,customer_id,kind,scale,score,responded_at,agent_id,channel",
      ...responses.map((r) =>
        [r.id, r.customerId, r.kind, r.scale, r.score, isoOf(r.atMs), r.agentId, r.channel].join(
          ",",
        ),
      ),
    ].join("\n"),
  );
  writeFileSync(
    join(dir, "cases.csv"),
    [
      "id,customer_id,channel,status,assignee_id,created_at,first_reply_at,solved_at,reopen_count",
      ...cases.map((c) =>
        [
          c.id,
          c.customerId,
          c.channel,
          c.status,
          c.assigneeId,
          isoOf(c.createdMs),
          isoOf(c.firstReplyMs),
          isoOf(c.solvedMs),
          c.reopenCount,
        ].join(","),
      ),
    ].join("\n"),
  );
  if (!available) return;
  await sqlRun([
    [`drop schema if exists "${schema}" cascade`],
    [`create schema "${schema}"`],
    [
      `create table "${schema}".survey_responses (id text, customer_id text, kind text,
      scale text, score text, at_ms bigint, agent_id text, team_id text, channel text,
      survey_id text, case_id text)`,
    ],
    [
      `create table "${schema}".care_cases (id text, customer_id text, status text,
      channel text, assignee_id text, team_id text, created_ms bigint, first_reply_ms bigint,
      solved_ms bigint, closed_ms bigint, reopen_count integer)`,
    ],
    ...responses.map((r): [string, unknown[]] => [
      `insert into "${schema}".survey_responses values ($1, $2, $3, $4, $5, $6, $7, null, $8, null, null)`,
      [r.id, r.customerId, r.kind, r.scale, r.score, r.atMs, r.agentId, r.channel],
    ]),
    ...cases.map((c): [string, unknown[]] => [
      `insert into "${schema}".care_cases values ($1, $2, $3, $4, $5, null, $6, $7, $8, null, $9)`,
      [
        c.id,
        c.customerId,
        c.status,
        c.channel,
        c.assigneeId,
        c.createdMs,
        c.firstReplyMs,
        c.solvedMs,
        c.reopenCount,
      ],
    ]),
  ]);
}, 60_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (available) await sqlRun([[`drop schema if exists "${schema}" cascade`]]);
});

async function report(args: string[], name: string) {
  const json = join(dir, `${name}.json`);
  const t = io();
  const code = await runCli(
    ["report", ...args, "--json", json, "--out", join(dir, `${name}.html`), "--quiet"],
    t.io,
    clock,
  );
  expect([code, t.err()]).toEqual([0, ""]);
  return JSON.parse(readFileSync(json, "utf8"));
}

describe.skipIf(!available)("rapport report --from postgres://", () => {
  it("gives the figures of the same records read from CSV files", async () => {
    // The tables are found through the search_path the URL sets, as a team's would be.
    const from = `${url}${url!.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    const warehouse = await report(["--from", from], "warehouse");
    // The CSV import names each agent by its system ("csv:a1"); the warehouse keeps its ids.
    const files = JSON.parse(
      JSON.stringify(
        await report([join(dir, "responses.csv"), join(dir, "cases.csv")], "files"),
      ).replaceAll('"csv:', '"'),
    );
    expect(warehouse.totals).toEqual(files.totals);
    expect([warehouse.totals.responses, warehouse.totals.cases]).toEqual([36, 8]);
    expect(warehouse.scores).toEqual(files.scores);
    expect(warehouse.service).toEqual(files.service);
    // Hand-checked: the 12 NPS answers are (3i·7) mod 11 for i = 0…11, i.e. 0, 10, 9, 8, 7,
    // 6, 5, 4, 3, 2, 1, 0: 2 promoters (10, 9), 8 detractors (0…6): (2 − 8) / 12 = −50.
    const nps = warehouse.scores.find((s: { metric: string }) => s.metric === "nps");
    expect([nps.overall.n, nps.overall.value]).toEqual([12, -50]);
    // Two of the five solved cases were reopened.
    expect(warehouse.service.reopenRate.value).toBe(40);
    // The password never reaches the report.
    expect(JSON.stringify(warehouse.inputs)).not.toContain(":rapport@");
  });
});
