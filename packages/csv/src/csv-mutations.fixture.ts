// Every fixture row with each cell replaced, in turn, by values that test each conversion and
// each model rule: what the import reports for these files is kept in
// `__fixtures__/import-reports.json`, so that a faster importer can be held to the same
// reports, byte for byte.

import { casesCsv, interactionsCsv, responsesCsv } from "./csv.fixture";
import type { CsvKind } from "./csv-layouts";
import { parseCsv } from "./csv-parser";

const VALUES = [
  "",
  "  ",
  "x",
  "0",
  "-1",
  "1",
  "4",
  "5",
  "7",
  "8",
  "10",
  "11",
  "1.5",
  "-0.5",
  "2",
  "good",
  "Bad",
  "NPS",
  "five point",
  "seven_point",
  "zero_to_ten",
  "binary",
  "On Hold",
  "inbound",
  "agent",
  "private",
  "Self-Service",
  "2024-02-30T10:00:00Z",
  "2024-03-01T10:00:00",
  "2024-03-01",
  "2099-01-01T00:00:00Z",
  "2024-03-01T10:00:00+01:00",
  "a|b||c",
  "1e3",
  "+3",
];

const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

function mutated(text: string): string {
  const [header, ...rows] = parseCsv(text).map((record) => record.fields);
  const lines = [header!.map(quote).join(",")];
  for (const row of rows) {
    if (row.length !== header!.length) continue;
    lines.push(row.map(quote).join(","));
    row.forEach((_, at) => {
      VALUES.forEach((value, n) => {
        // A fresh id on each row (unless the id is what changes), so that none is a duplicate.
        const cells = row.map((cell, i) =>
          i === at ? value : i === 0 ? `${cell}-${at}-${n}` : cell,
        );
        lines.push(cells.map(quote).join(","));
      });
    });
    lines.push(row.slice(1).map(quote).join(","));
  }
  return lines.join("\n");
}

/** One mutated file per kind, and the kind to import it as. */
export const MUTATED: readonly { readonly kind: CsvKind; readonly text: string }[] = [
  { kind: "surveyResponses", text: mutated(responsesCsv) },
  { kind: "interactions", text: mutated(interactionsCsv) },
  { kind: "cases", text: mutated(casesCsv) },
];

/** The moment of these imports: after the fixtures' dates, before 2099. */
export const MUTATED_AS_OF = new Date("2025-01-01T00:00:00Z");
