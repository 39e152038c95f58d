import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseWarehouseUrl, readWarehouse } from "./read-warehouse";
import { runCli } from "./run-cli";

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: { write: (t: string) => out.push(t) },
      stderr: { write: (t: string) => err.push(t) },
    },
    out: () => out.join(""),
    err: () => err.join(""),
  };
}
const clock = { now: () => new Date("2027-01-01T00:00:00Z") };
const dir = mkdtempSync(join(tmpdir(), "rapport-warehouse-"));
const file = join(dir, "care.duckdb");

// A warehouse in the documented layout, and a second copy of the cases under other names.
beforeAll(async () => {
  const instance = await DuckDBInstance.create(file);
  const db = await instance.connect();
  await db.run(`create table survey_responses (id text, customer_id text, kind text, scale text, score text,
    at_ms bigint, agent_id text, team_id text, channel text, survey_id text, case_id text)`);
  // 3 promoters, 1 passive, 1 detractor: NPS (3 − 1) / 5 = 40; one row with score 11 refused.
  const at = Date.parse("2024-03-05T10:00:00Z");
  for (const [i, score] of ["10", "9", "9", "7", "3", "11"].entries()) {
    await db.run(
      `insert into survey_responses values ('r${i}', 'c${i}', 'nps', 'zero_to_ten', '${score}', ${at + i * 60_000}, 'a1', null, 'email', null, null)`,
    );
  }
  await db.run(`create table tickets (ticket_id text, requester text, state text, via text, owner text,
    team_id text, opened timestamptz, first_reply_ms bigint, solved timestamptz, closed_ms bigint, reopen_count integer)`);
  await db.run(
    "insert into tickets values ('k1', 'c1', 'solved', 'email', 'a1', null, '2024-03-01T09:00:00Z', null, '2024-03-01T11:00:00Z', null, 1)",
  );
  db.closeSync();
  instance.closeSync();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("rapport report --from", () => {
  it("reports the NPS of a DuckDB warehouse and names the row it refused", async () => {
    const layout = join(dir, "layout.json");
    writeFileSync(
      layout,
      JSON.stringify({
        cases: {
          table: "tickets",
          id: "ticket_id",
          customerId: "requester",
          status: "state",
          channel: "via",
          assigneeId: "owner",
          createdAt: "opened",
          solvedAt: "solved",
          timeUnit: "timestamp",
        },
      }),
    );
    const json = join(dir, "report.json");
    const t = io();
    const code = await runCli(
      [
        "report",
        "--from",
        `duckdb:${file}`,
        "--layout",
        layout,
        "--json",
        json,
        "--out",
        join(dir, "r.html"),
        "--quiet",
      ],
      t.io,
      clock,
    );
    expect(code).toBe(3); // one refused row: the report is written without it
    expect(t.err()).toContain("r5");
    const report = JSON.parse(readFileSync(json, "utf8"));
    const nps = report.scores.find((s: { metric: string }) => s.metric === "nps");
    expect([nps.overall.n, nps.overall.value]).toEqual([5, 40]);
  });

  it("reads the cases of a mapped table with timestamps", async () => {
    const imported = await readWarehouse(`duckdb:${file}`, {
      layout: {
        cases: {
          table: "tickets",
          id: "ticket_id",
          customerId: "requester",
          status: "state",
          channel: "via",
          assigneeId: "owner",
          createdAt: "opened",
          solvedAt: "solved",
          timeUnit: "timestamp",
        },
      },
    });
    expect(imported.source).toBe("warehouse");
    expect(
      imported.result.cases.map((c) => [c.id, c.solvedAt?.toISOString(), c.reopenCount]),
    ).toEqual([["k1", "2024-03-01T11:00:00.000Z", 1]]);
  });

  it("says what is wrong with --from, and names a missing table", async () => {
    expect(() => parseWarehouseUrl("mysql://x")).toThrow(
      /--from: expected duckdb:<file> or postgres/,
    );
    expect(parseWarehouseUrl("postgres://u:p@h/db").engine).toBe("postgres");
    const t = io();
    expect(await runCli(["report", "--from", "sqlite:x.db"], t.io, clock)).toBe(2);
    const u = io();
    expect(
      await runCli(
        ["report", "--from", `duckdb:${file}`, "--out", join(dir, "x.html"), "--quiet"],
        u.io,
        clock,
      ),
    ).toBe(1);
    expect(u.err()).toMatch(/care_cases/);
    const v = io();
    expect(await runCli(["report", "a.json", "--layout", "l.json"], v.io, clock)).toBe(2);
  });
});
