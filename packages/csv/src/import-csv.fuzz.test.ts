import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { casesCsv, interactionsCsv, responsesCsv } from "./csv.fixture";
import { CSV_KINDS } from "./csv-layouts";
import { parseCsv } from "./csv-parser";
import { importCsv } from "./import-csv";

const STATUSES = new Set(["accepted", "rejected", "duplicate", "ignored"]);

function checkAccounting(text: string, kind: (typeof CSV_KINDS)[number]) {
  const { report } = importCsv(text, { kind });
  const records = parseCsv(text).length;
  // Every record is reported, except a good header row.
  expect([records, records - 1]).toContain(report.records.length);
  expect(report.accepted + report.rejected + report.duplicates + report.ignored).toBe(
    report.records.length,
  );
  for (const record of report.records) {
    expect(STATUSES.has(record.status)).toBe(true);
    if (record.status === "rejected") {
      expect(record.field).toBeTruthy();
      expect(record.reason).toMatch(/^row \d+: /);
    }
  }
}

/** Lines of a real-shaped file with one cell replaced by arbitrary text. */
const mutatedFile = fc
  .tuple(
    fc.constantFrom(
      ["responses", responsesCsv] as const,
      ["interactions", interactionsCsv] as const,
      ["cases", casesCsv] as const,
    ),
    fc.nat(),
    fc.nat(),
    fc.string(),
  )
  .map(([[kind, text], row, cell, value]) => {
    const lines = text.split("\n");
    const at = row % lines.length;
    const cells = lines[at]!.split(",");
    cells[cell % cells.length] = value;
    lines[at] = cells.join(",");
    return { kind, text: lines.join("\n") };
  });

describe("importCsv under fuzzing", () => {
  it("never throws on arbitrary text and accounts for every row", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "1", ",", '"', "\n", "\r", " ", "-", ":", "Z") }),
        fc.constantFrom(...CSV_KINDS),
        (text, kind) => {
          checkAccounting(text, kind);
        },
      ),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...CSV_KINDS), (text, kind) => {
        checkAccounting(text, kind);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on mutated real-shaped files", () => {
    fc.assert(
      fc.property(mutatedFile, ({ kind, text }) => {
        checkAccounting(text, kind);
      }),
      { numRuns: 500 },
    );
  });

  it("lets __proto__ columns and cells do nothing", () => {
    const csv = [
      "__proto__,customer_id,kind,score,responded_at,constructor,prototype",
      '{"polluted":true},c1,nps,9,2024-03-01T10:00:00Z,x,y',
      "__proto__,__proto__,nps,9,2024-03-01T10:00:00Z,x,y",
    ].join("\n");
    const { responses, report } = importCsv(csv, { kind: "responses" });
    expect(report.accepted).toBe(2);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(responses[1]!.customerId).toBe("csv:__proto__");
    for (const response of responses) {
      expect(Object.getPrototypeOf(response)).toBe(Object.prototype);
      expect(Object.keys(response)).not.toContain("__proto__");
    }
  });
});
