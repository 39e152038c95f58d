// The real Zendesk API responses in ../shared/data/helpdesk/zendesk (beside the repository),
// passed as one folder: tickets, audits (with users side-loaded), metrics and ratings join.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../run-cli";

const folder = fileURLToPath(
  new URL("../../../../../shared/data/helpdesk/zendesk/", import.meta.url),
);
const present = existsSync(folder);
if (!present) {
  console.warn(
    "Zendesk folder test skipped: ../shared/data not found (clone the shared data beside the repo)",
  );
}
const out = mkdtempSync(join(tmpdir(), "rapport-zendesk-"));

describe.skipIf(!present)("rapport report on the real Zendesk export folder", () => {
  it("reads the folder as one export: cases with first replies, agents by name, a reason for every record left out", async () => {
    const lines: string[] = [];
    const io = { stdout: { write: (t: string) => lines.push(t) }, stderr: { write: () => true } };
    const json = join(out, "zendesk.json");
    const argv = ["report", folder, "--out", join(out, "zendesk.html"), "--json", json, "--quiet"];
    expect(await runCli(argv, io, { now: () => new Date("2027-01-01T00:00:00Z") })).toBe(0);
    const report = JSON.parse(readFileSync(json, "utf8"));
    // tickets_1 holds 100 tickets; tickets_recent_1 four, three of them new (8866 to 8868) and
    // ticket 1 again, which tickets_2 holds too: 103 cases (python3 over the three files);
    // ticket 1's 100 audits (twice: plain and with users) give its comments and first reply.
    expect(report.inputs).toHaveLength(1);
    expect(report.inputs[0].files).toHaveLength(9);
    expect(report.totals.cases).toBe(103);
    expect(report.service.firstReply.n).toBe(1);
    expect(lines.join("")).toContain("Cases            103: 1 with a first reply, 0 resolved");
    // The admin who opened the test tickets is named, from the side-loaded users.
    expect(report.churn.atRisk[0]).toMatchObject({
      customerId: "zendesk:20014182",
      name: "Steven Davidovitz",
    });
    // Every record left out is in the JSON with a reason a person can read.
    const { duplicates, ignored } = report.inputs[0];
    expect(report.ignored).toHaveLength(duplicates + ignored);
    for (const record of report.ignored) expect(record.reason).toMatch(/^[a-z].{15,}/);
    expect(report.ignored.map((r: { reason: string }) => r.reason)).toContain(
      'score "offered": the survey was sent but not answered, so there is no response',
    );
    // The audits join their ticket now that they are read with it.
    expect(
      report.ignored.some(
        (r: { reason: string }) => r.reason === "its ticket 1 is not imported here",
      ),
    ).toBe(false);
    expect(readFileSync(join(out, "zendesk.html"), "utf8")).toContain(
      `<h3>Records left out (${duplicates + ignored})</h3>`,
    );
  });
});
