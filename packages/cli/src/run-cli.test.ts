// runCli in process (the end-to-end tests in test/ run the built binary as a child process).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSqliteStore } from "@rapport/store-sql";
import { describe, expect, it } from "vitest";
import { runCli, SAMPLES_DIR } from "./run-cli";

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
const dir = mkdtempSync(join(tmpdir(), "rapport-cli-"));
// A fixed clock, after every record of the samples and fixtures: the run's moment.
const clock = { now: () => new Date("2027-01-01T00:00:00Z") };

describe("runCli", () => {
  it("prints the usage for --help and no command, and the version", async () => {
    for (const argv of [["--help"], []]) {
      const t = io();
      expect(await runCli(argv, t.io, clock)).toBe(0);
      expect(t.out()).toContain("Usage:");
    }
    const t = io();
    expect(await runCli(["--version"], t.io, clock)).toBe(0);
    expect(t.out().trim()).toBe(
      JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version,
    );
  });

  it("exits 2 on an unknown command or option", async () => {
    for (const argv of [
      ["publish"],
      ["report", "--colour"],
      ["demo", "extra.json"],
      ["import", "x.json"],
    ]) {
      const t = io();
      expect(await runCli(argv, t.io, clock)).toBe(2);
      expect(t.err()).toMatch(/^rapport: /);
    }
  });

  it("runs the demo, writing the HTML and the JSON it summarises", async () => {
    const t = io();
    const code = await runCli(
      [
        "demo",
        "--out",
        join(dir, "demo.html"),
        "--json",
        join(dir, "demo.json"),
        "--time-zone",
        "Europe/London",
      ],
      t.io,
      clock,
    );
    expect(code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, "demo.json"), "utf8"));
    expect(report.timeZone).toBe("Europe/London");
    const nps = report.scores.find((s: { metric: string }) => s.metric === "nps");
    expect(t.out()).toContain(`NPS              ${nps.overall.value.toFixed(1)}`);
    expect(readFileSync(join(dir, "demo.html"), "utf8")).toContain("<svg");
  });

  it("reports rejected CSV rows with exit code 1, one line each, and still writes the report", async () => {
    const csv = join(dir, "answers.csv");
    writeFileSync(
      csv,
      "id,customer_id,kind,score,responded_at\nr1,c1,nps,9,2026-01-05T10:00:00Z\nr2,c2,nps,11,2026-01-06T10:00:00Z\n",
    );
    const t = io();
    const code = await runCli(
      ["report", csv, "--out", join(dir, "answers.html"), "--quiet"],
      t.io,
      clock,
    );
    expect(code).toBe(1);
    const lines = t.err().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/answers\.csv: surveyResponse r2: score: .*11/);
    expect(t.out()).toContain("NPS              100.0");
  });

  it("imports exports into a SQLite store", async () => {
    const db = join(dir, "care.db");
    const t = io();
    const code = await runCli(
      ["import", join(SAMPLES_DIR, "zendesk-export.json"), "--store", `sqlite:${db}`, "--quiet"],
      t.io,
      clock,
    );
    expect(code).toBe(0);
    const zendesk = JSON.parse(readFileSync(join(SAMPLES_DIR, "zendesk-export.json"), "utf8"));
    const store = await createSqliteStore({ filename: db });
    try {
      const page = await store.cases.query({ limit: 10_000 });
      expect(page.items).toHaveLength(zendesk.tickets.length);
    } finally {
      await store.close();
    }
    expect(t.out()).toMatch(/^Stored \d+ records in sqlite:/);
  });

  it("exits 1 naming a file whose source cannot be detected", async () => {
    const odd = join(dir, "odd.json");
    writeFileSync(odd, '{"hello": "world"}');
    const t = io();
    expect(await runCli(["report", odd, "--quiet"], t.io, clock)).toBe(1);
    expect(t.err()).toContain("odd.json: the source could not be detected: pass --source");
  });
});

describe("runCli's clock", () => {
  it("is read once, at the start of the run, and is required", async () => {
    let reads = 0;
    const t = io();
    const code = await runCli(
      ["demo", "--out", join(dir, "clock.html"), "--json", join(dir, "clock.json"), "--quiet"],
      t.io,
      { now: () => (reads++, new Date("2027-01-01T00:00:00Z")) },
    );
    expect(code).toBe(0);
    expect(reads).toBe(1);
    await expect(runCli(["--help"], t.io, undefined as never)).rejects.toThrow(
      new TypeError(
        "runCli: options.now: expected a clock () => Date, received nothing (the field is missing)",
      ),
    );
  });
});

describe("runCli on every source", () => {
  it("detects and imports Intercom and Freshdesk exports beside Zendesk, Segment and CSV", async () => {
    // The adapters' own fixtures, written from the platforms' published field lists.
    const { workspace } = await import("../../intercom/src/__fixtures__/intercom.fixture");
    const { account } = await import("../../freshdesk/src/__fixtures__/freshdesk.fixture");
    const intercom = join(dir, "intercom.json");
    const freshdesk = join(dir, "freshdesk.json");
    writeFileSync(intercom, JSON.stringify(workspace));
    writeFileSync(freshdesk, JSON.stringify(account));
    const t = io();
    await runCli(
      [
        "report",
        intercom,
        freshdesk,
        "--json",
        join(dir, "sources.json"),
        "--out",
        join(dir, "sources.html"),
        "--quiet",
      ],
      t.io,
      clock,
    );
    const report = JSON.parse(readFileSync(join(dir, "sources.json"), "utf8"));
    expect(report.inputs.map((i: { source: string }) => i.source)).toEqual([
      "intercom",
      "freshdesk",
    ]);
    for (const input of report.inputs) expect(input.accepted).toBeGreaterThan(0);
    expect(report.totals.cases).toBeGreaterThan(0);
  });
});
