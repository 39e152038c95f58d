// runCli in process (the end-to-end tests in test/ run the built binary as a child process).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSqliteStore } from "@rapport/store-sql";
import { describe, expect, it } from "vitest";
import { schemaErrors } from "../test/report-schema";
import { runCli } from "./run-cli";
import { SAMPLES_DIR } from "./samples-dir";
import { stripTerminalControls } from "./strip-terminal-controls";

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
  it("prints the usage for --help, and the version", async () => {
    for (const argv of [["--help"], ["-h"]]) {
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
      [],
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
    // Every field of the demo's figures as the committed JSON Schema describes it.
    expect(schemaErrors(report)).toEqual([]);
    expect(report.timeZone).toBe("Europe/London");
    const nps = report.scores.find((s: { metric: string }) => s.metric === "nps");
    expect(t.out()).toContain(`NPS              ${nps.overall.value.toFixed(1)}`);
    expect(readFileSync(join(dir, "demo.html"), "utf8")).toContain("<svg");
    // The demo carries a schedule (England's bank holidays added) and an SLA policy.
    expect(report.sla.policies).toEqual(["Larkspur standard"]);
    expect(report.sla.scheduleTimeZone).toBe("Europe/London");
    expect(readFileSync(join(dir, "demo.html"), "utf8")).toContain("<h2>Service levels</h2>");
    expect(t.out()).toContain("SLA (Larkspur standard):");
    // The chat tool's sample holds every sixth of the 180 Zendesk end users (30), by e-mail.
    expect(report.identity).toMatchObject({
      records: 180 + 30,
      customers: 180,
      bySystem: [
        { system: "zendesk", records: 180 },
        { system: "intercom", records: 30 },
      ],
      byRule: [{ rule: "email", joins: 30 }],
      conflicts: [],
    });
    expect(report.identity.merged[0]).toMatchObject({
      systems: ["intercom", "zendesk"],
      recordIds: ["10000", "ic001"],
    });
    expect(t.out()).toContain(
      "One customer, many systems: 210 customer records are 180 customers (30 joined by email).",
    );
    expect(readFileSync(join(dir, "demo.html"), "utf8")).toContain(
      "<h2>One customer, many systems</h2>",
    );
    // Counted by hand from samples/requests.csv at the demo's moment (30 Oct 2026, 21:27 UTC):
    // open are dsr-001 (completed only on 31 Oct), -002, -003, -004, -005, -009, -012 and -017;
    // past their month are -002 (due 11 Sep), -005 (12 Sep) and -017 (17 Oct); -003 and -012
    // were extended in time (to 3 Nov, 90 days under the CCPA; to 12 Nov, three months). The
    // oldest open, -003, came on 5 Aug: 86 days. Completed in October: -008 (38 days, due 25
    // Sep: late), -010 (13), -013 (20), -014 (15), -016 (21), -019 (24): median (20 + 21) / 2.
    expect(report.requests).toEqual({
      received: 20,
      open: 8,
      overdue: 3,
      withoutDeadline: 0,
      oldestOpenDays: 86,
      period: "2026-10",
      completed: 6,
      completedLate: 1,
      medianDaysToComplete: 20.5,
      byRight: [
        { right: "access", open: 1, overdue: 1, completed: 0 },
        { right: "rectification", open: 1, overdue: 1, completed: 1 },
        { right: "erasure", open: 2, overdue: 0, completed: 1 },
        { right: "portability", open: 0, overdue: 0, completed: 2 },
        { right: "objection", open: 3, overdue: 1, completed: 0 },
        { right: "opt_out_of_sale", open: 1, overdue: 0, completed: 2 },
      ],
    });
    expect(readFileSync(join(dir, "demo.html"), "utf8")).toContain(
      "<p>8 open, 3 past the legal deadline; the oldest was received 86 days ago.",
    );
  });

  it("adds an SLA section with --schedule and --sla-policy", async () => {
    // Two cases solved in 30 min and in 2 h against a 60-minute calendar resolution target.
    const csv = join(dir, "cases.csv");
    writeFileSync(
      csv,
      "id,customer_id,channel,status,priority,created_at,solved_at\nk1,c1,email,solved,normal,2026-03-02T09:00:00Z,2026-03-02T09:30:00Z\nk2,c2,email,solved,normal,2026-03-02T09:00:00Z,2026-03-02T11:00:00Z\n",
    );
    const schedule = join(dir, "hours.json");
    writeFileSync(
      schedule,
      JSON.stringify({ timeZone: "UTC", weekly: { monday: [{ from: "09:00", to: "17:00" }] } }),
    );
    const policy = join(dir, "sla.json");
    writeFileSync(
      policy,
      JSON.stringify({
        name: "Calendar",
        targets: { normal: { resolution: { minutes: 60, time: "calendar" } } },
      }),
    );
    const t = io();
    const json = join(dir, "sla-report.json");
    const argv = [
      "report",
      csv,
      "--schedule",
      schedule,
      "--sla-policy",
      policy,
      "--as-of",
      "2026-03-03T00:00:00Z",
      "--out",
      join(dir, "sla.html"),
      "--json",
      json,
      "--quiet",
    ];
    expect(await runCli(argv, t.io, clock)).toBe(0);
    const report = JSON.parse(readFileSync(json, "utf8"));
    expect(report.sla.attainment.overall).toMatchObject([
      { metric: "resolution", value: 50, n: 2, breached: 1 },
    ]);
    expect(t.out()).toContain("resolution      50.0 %");
  });

  it("exits 1 with one line naming the field of a bad schedule file", async () => {
    const schedule = join(dir, "bad-hours.json");
    writeFileSync(schedule, JSON.stringify({ timeZone: "UTC", weekly: { funday: [] } }));
    const t = io();
    const argv = ["report", join(SAMPLES_DIR, "surveys.csv"), "--schedule", schedule, "--quiet"];
    expect(await runCli(argv, t.io, clock)).toBe(1);
    expect(t.err().trim().split("\n")).toEqual([
      `rapport: ${schedule}: weekly.funday: expected a weekday, one of "sunday" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday", received "funday"`,
    ]);
  });

  it("exits 2 for a --locale that is malformed or unknown, naming the flag and the value", async () => {
    for (const [argv, value] of [
      [["report", "x.csv", "--locale", "de_DE!"], '"de_DE!"'],
      [["demo", "--locale", "xx-QQ"], '"xx-QQ"'],
    ] as const) {
      const t = io();
      expect(await runCli(argv, t.io, clock)).toBe(2);
      expect(t.err()).toContain(
        `rapport: --locale: expected a BCP 47 language tag this runtime knows, such as "en-GB" or "de-DE", received ${value}`,
      );
    }
  });

  it("writes dates and periods in the --locale given", async () => {
    const csv = join(dir, "locale.csv");
    writeFileSync(
      csv,
      "id,customer_id,kind,score,responded_at\nr1,c1,nps,9,2026-09-05T10:00:00Z\nr2,c2,nps,10,2026-10-06T10:00:00Z\n",
    );
    const html = async (locale: string[]) => {
      const out = join(dir, `locale-${locale.join("") || "default"}.html`);
      const t = io();
      expect(await runCli(["report", csv, "--out", out, "--quiet", ...locale], t.io, clock)).toBe(
        0,
      );
      return readFileSync(out, "utf8");
    };
    // German short months carry a full stop ("Okt.", "Sept."), English ones do not (CLDR).
    const german = await html(["--locale", "de-de"]);
    expect(german).toContain('lang="de-DE"');
    expect(german).toContain("Okt. 2026");
    expect(german).toContain("6. Okt. 2026");
    expect(german).not.toContain("Oct 2026");
    const english = await html([]);
    expect(english).toContain("Oct 2026");
    expect(english).not.toContain("Okt.");
  });

  it("exits 2 for --holidays without --schedule, and for schedule flags on the demo", async () => {
    for (const argv of [
      ["report", "x.csv", "--holidays", "DE"],
      ["demo", "--schedule", "s.json"],
    ]) {
      const t = io();
      expect(await runCli(argv, t.io, clock)).toBe(2);
      expect(t.err()).toMatch(
        /^rapport: (report: --holidays needs --schedule|demo: --schedule is for report)/,
      );
    }
  });

  it("reports rejected CSV rows with exit code 3, one line each, and still writes the report", async () => {
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
    expect(code).toBe(3);
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
      const page = await store.forTenant("default").cases.query({ limit: 10_000 });
      expect(page.items).toHaveLength(zendesk.tickets.length);
    } finally {
      await store.close();
    }
    expect(t.out()).toMatch(/^Stored \d+ records in sqlite:/);
  });

  it("imports into the tenant --tenant names, and only into it", async () => {
    const db = join(dir, "tenants.db");
    const args = ["import", join(SAMPLES_DIR, "zendesk-export.json"), "--store", `sqlite:${db}`];
    expect(await runCli([...args, "--tenant", "acme", "--quiet"], io().io, clock)).toBe(0);
    const zendesk = JSON.parse(readFileSync(join(SAMPLES_DIR, "zendesk-export.json"), "utf8"));
    const store = await createSqliteStore({ filename: db });
    try {
      const acme = await store.forTenant("acme").cases.query({ limit: 10_000 });
      const fallback = await store.forTenant("default").cases.query({ limit: 10_000 });
      expect([acme.items.length, fallback.items.length]).toEqual([zendesk.tickets.length, 0]);
    } finally {
      await store.close();
    }
    const t = io();
    expect(await runCli([...args, "--tenant", "", "--quiet"], t.io, clock)).toBe(2);
    expect(t.err()).toContain(
      'import: --tenant: expected a tenant id (a string of 1 to 256 characters, no NUL), received ""',
    );
  });

  it("exits 1 naming a file whose source cannot be detected", async () => {
    const odd = join(dir, "odd.json");
    writeFileSync(odd, '{"hello": "world"}');
    const t = io();
    expect(await runCli(["report", odd, "--quiet"], t.io, clock)).toBe(1);
    expect(t.err()).toContain(
      "odd.json: the source could not be detected: pass --source zendesk|intercom|freshdesk|chatwoot|helpscout|segment|csv",
    );
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

  it("strips terminal controls that customer data carries before the summary reaches the terminal", async () => {
    // Every name in the demo's Zendesk export gets a screen clear, a window title and an OSC 8
    // link around it.
    const hostile = (name: string) =>
      `\u001b[2J\u001b]0;pwned\u0007\u001b]8;;https://evil.example\u0007${name}\u001b]8;;\u0007`;
    const exported = JSON.parse(readFileSync(join(SAMPLES_DIR, "zendesk-export.json"), "utf8"));
    for (const user of exported.users) user.name = hostile(user.name);
    const file = join(dir, "hostile-zendesk.json");
    writeFileSync(file, JSON.stringify(exported));
    const t = io();
    const argv = [
      "report",
      file,
      "--title",
      "Q1\u001b]0;title\u0007",
      "--out",
      join(dir, "hostile.html"),
      "--quiet",
    ];
    await runCli(argv, t.io, clock);
    const names: string[] = exported.users.map((user: { name: string }) =>
      stripTerminalControls(user.name),
    );
    // The summary names customers at risk: they are there, without their controls.
    expect(names.some((name) => t.out().includes(name))).toBe(true);
    expect(t.out()).toMatch(/^Q1: as of /);
    // No C0 control but newline and tab, no DEL, no C1 is left in anything written.
    const controls = [...(t.out() + t.err())].filter((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      return (code < 0x20 && ch !== "\n" && ch !== "\t") || (code >= 0x7f && code <= 0x9f);
    });
    expect(controls).toEqual([]);
  });
});
