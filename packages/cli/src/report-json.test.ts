import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { schemaErrors } from "../test/report-schema";
import { REPORT_SCHEMA_VERSION } from "./report-json";
import { runCli } from "./run-cli";

const dir = mkdtempSync(join(tmpdir(), "rapport-json-"));
const silent = { stdout: { write: () => true }, stderr: { write: () => true } };
const clock = { now: () => new Date("2027-01-01T00:00:00Z") };

describe("the --json figures", () => {
  it("carry the schema version first and validate against report.schema.json", async () => {
    const csv = join(dir, "answers.csv");
    writeFileSync(
      csv,
      "id,customer_id,kind,score,responded_at\nr1,c1,nps,9,2026-01-05T10:00:00Z\nr2,c2,nps,11,2026-01-06T10:00:00Z\n",
    );
    const empty = join(dir, "empty.json");
    writeFileSync(empty, "");
    const json = join(dir, "figures.json");
    const argv = ["report", csv, empty, "--out", join(dir, "r.html"), "--json", json, "--quiet"];
    expect(await runCli(argv, silent, clock)).toBe(3);
    const text = readFileSync(json, "utf8");
    expect(text.startsWith(`{\n  "schemaVersion": ${REPORT_SCHEMA_VERSION},\n`)).toBe(true);
    const figures = JSON.parse(text);
    expect(figures.unreadFiles).toEqual([{ file: empty, reason: "an empty file" }]);
    expect(figures.problems).toHaveLength(1);
    expect(schemaErrors(figures)).toEqual([]);
  });

  it("are refused by the schema when a field is missing or of the wrong type", () => {
    const figures = { schemaVersion: 2, title: 7 };
    const errors = schemaErrors(figures);
    expect(errors).toContain("/schemaVersion: must be equal to constant");
    expect(errors).toContain("/title: must be string");
    expect(errors).toContain("/: must have required property 'unreadFiles'");
  });
});
