// One test per exit code of the table in docs/cli.md, run in process on small files.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT_CODES } from "./exit-codes";
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
    errLines: () => err.join("").trim().split("\n"),
  };
}
const clock = { now: () => new Date("2027-01-01T00:00:00Z") };
const dir = mkdtempSync(join(tmpdir(), "rapport-exit-"));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
// Two NPS answers, both valid: a promoter and a detractor.
const good = file(
  "answers.csv",
  "id,customer_id,kind,score,responded_at\nr1,c1,nps,9,2026-01-05T10:00:00Z\nr2,c2,nps,3,2026-01-06T10:00:00Z\n",
);
const empty = file("empty.json", "");
const truncated = file("truncated.json", '{"tickets": [{"id": 1},');
const invalid = file("invalid.json", '{\n  "tickets": [\n    {"id": 1},\n  ]\n}');
const noRecords = file("no-tickets.json", '{"tickets": []}');

describe("exit codes", () => {
  it("0: every file read and every record imported", async () => {
    const t = io();
    const args = ["report", good, "--out", join(dir, "ok.html"), "--quiet"];
    expect(await runCli(args, t.io, clock)).toBe(EXIT_CODES.ok);
    expect(EXIT_CODES.ok).toBe(0);
    expect(t.errLines()).toEqual([""]);
  });

  it("0 with a warning: a payload with 0 records beside a file with some", async () => {
    const t = io();
    const args = ["report", good, noRecords, "--out", join(dir, "warn.html"), "--quiet"];
    expect(await runCli(args, t.io, clock)).toBe(0);
    expect(t.errLines()).toEqual([
      `rapport: warning: ${noRecords}: a zendesk payload with 0 records`,
    ]);
  });

  it("1: no record imported from any file, every bad file named, no report written", async () => {
    const t = io();
    const out = join(dir, "none.html");
    const args = ["report", empty, truncated, invalid, noRecords, "--out", out, "--quiet"];
    expect(await runCli(args, t.io, clock)).toBe(EXIT_CODES.failed);
    expect(EXIT_CODES.failed).toBe(1);
    expect(t.errLines()).toEqual([
      `rapport: ${empty}: an empty file`,
      // 23 characters on one line, cut off after the comma.
      `rapport: ${truncated}: truncated: the file ends at line 1, column 23, before the JSON is complete`,
      // Line 4 is `  ]`, after a trailing comma.
      `rapport: ${invalid}: not valid JSON at line 4, column 3: expected a value`,
      `rapport: warning: ${noRecords}: a zendesk payload with 0 records`,
      `rapport: no records imported from 4 files: ${empty}: an empty file; ${truncated}: truncated: the file ends at line 1, column 23, before the JSON is complete; ${invalid}: not valid JSON at line 4, column 3: expected a value; and 1 more`,
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it("1: a payload with 0 records alone warns and exits 1 with one line of reason", async () => {
    const t = io();
    const args = ["report", noRecords, "--out", join(dir, "zero.html"), "--quiet"];
    expect(await runCli(args, t.io, clock)).toBe(1);
    expect(t.errLines()).toEqual([
      `rapport: warning: ${noRecords}: a zendesk payload with 0 records`,
      `rapport: no records imported from 1 file: ${noRecords}: a zendesk payload with 0 records`,
    ]);
  });

  it("2: no arguments or a bad flag print the usage on stderr", async () => {
    for (const argv of [[], ["report", good, "--colour"]]) {
      const t = io();
      expect(await runCli(argv, t.io, clock)).toBe(EXIT_CODES.usage);
      expect(t.out()).toBe("");
      expect(t.errLines()[0]).toMatch(/^rapport: (expected a command|Unknown option '--colour')/);
      expect(t.errLines()).toContain("Usage:");
    }
    expect(EXIT_CODES.usage).toBe(2);
  });

  it("3: the report is written from the good files; each bad one is on stderr and in --json", async () => {
    const t = io();
    const json = join(dir, "partial.json");
    const args = ["report", good, empty, invalid, "--out", join(dir, "partial.html")];
    expect(await runCli([...args, "--json", json, "--quiet"], t.io, clock)).toBe(
      EXIT_CODES.partial,
    );
    expect(EXIT_CODES.partial).toBe(3);
    expect(t.errLines()).toEqual([
      `rapport: ${empty}: an empty file`,
      `rapport: ${invalid}: not valid JSON at line 4, column 3: expected a value`,
    ]);
    const report = JSON.parse(readFileSync(json, "utf8"));
    expect(report.unreadFiles).toEqual([
      { file: empty, reason: "an empty file" },
      { file: invalid, reason: "not valid JSON at line 4, column 3: expected a value" },
    ]);
    // NPS of one promoter and one detractor: (1 - 1) / 2 = 0.
    expect(report.scores.find((s: { metric: string }) => s.metric === "nps").overall).toMatchObject(
      { value: 0, n: 2 },
    );
  });

  it("3: a rejected record, one line naming its file, record and field", async () => {
    const csv = file(
      "one-bad.csv",
      "id,customer_id,kind,score,responded_at\nr1,c1,nps,9,2026-01-05T10:00:00Z\nr2,c2,nps,11,2026-01-06T10:00:00Z\n",
    );
    const t = io();
    const args = ["report", csv, "--out", join(dir, "one-bad.html"), "--quiet"];
    expect(await runCli(args, t.io, clock)).toBe(3);
    expect(t.errLines()).toHaveLength(1);
    expect(t.errLines()[0]).toMatch(/one-bad\.csv: surveyResponse r2: score: .*11/);
  });

  it("import: 1 when nothing is imported, 3 when a file is left out", async () => {
    const store = `sqlite:${join(dir, "exit.db")}`;
    const none = io();
    expect(await runCli(["import", empty, "--store", store, "--quiet"], none.io, clock)).toBe(1);
    expect(none.errLines().at(-1)).toBe(
      `rapport: no records imported from 1 file: ${empty}: an empty file`,
    );
    const some = io();
    expect(await runCli(["import", good, empty, "--store", store, "--quiet"], some.io, clock)).toBe(
      3,
    );
    expect(some.out()).toBe(`Stored 2 records in ${store}\n`);
  });
});
