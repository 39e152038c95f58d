import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { casesCsv, interactionsCsv, responsesCsv } from "./csv.fixture";
import { CSV_KINDS } from "./csv-layouts";
import { parseCsv } from "./csv-parser";
import { importCsv } from "./import-csv";

// Later than any date the generators make, so that asOf rejects nothing by accident.
const asOf = new Date("2100-01-01T00:00:00Z");

const STATUSES = new Set(["accepted", "rejected", "duplicate", "ignored"]);

function checkAccounting(text: string, kind: (typeof CSV_KINDS)[number]) {
  const { report } = importCsv(text, { asOf, kind });
  // The parser's count is independent of the importer: every record is reported, except a
  // good header row.
  const records = parseCsv(text).length;
  expect([records, records - 1]).toContain(report.records.length);
  for (const record of report.records) {
    expect(STATUSES.has(record.status)).toBe(true);
    if (record.status === "rejected") {
      expect(record.field).toBeTruthy();
      expect(record.reason).toMatch(/^row \d+: /);
    }
  }
}

/**
 * One generated row of a survey-response file and what must become of it, decided when it is
 * generated, not by the importer: a good row, a row with one known defect (and the column the
 * report must name), a blank row, or a repeat of the first good row's id.
 */
type RowPlan =
  | { readonly kind: "good"; readonly score: number }
  | {
      readonly kind: "bad";
      readonly defect: "score" | "kind" | "customer" | "date" | "future" | "fields";
    }
  | { readonly kind: "blank" }
  | { readonly kind: "repeat" };

const rowPlan: fc.Arbitrary<RowPlan> = fc.oneof(
  fc.record({ kind: fc.constant("good" as const), score: fc.integer({ min: 0, max: 10 }) }),
  fc.record({
    kind: fc.constant("bad" as const),
    defect: fc.constantFrom(
      ...(["score", "kind", "customer", "date", "future", "fields"] as const),
    ),
  }),
  fc.constant({ kind: "blank" as const }),
  fc.constant({ kind: "repeat" as const }),
);

// After the good rows (2024-03-01) and before the "future" ones (2030-01-01).
const PLAN_AS_OF = new Date("2025-01-01T00:00:00Z");

const DEFECT_COLUMN = {
  score: "score",
  kind: "kind",
  customer: "customer_id",
  date: "responded_at",
  future: "responded_at",
  fields: "(row)",
} as const;

/** The file for a plan, and the outcome the plan says each row must have, in order. */
function fileOf(plans: readonly RowPlan[]) {
  const lines = ["id,customer_id,kind,score,responded_at"];
  const expected: { status: string; field?: string }[] = [];
  let firstGood: string | undefined;
  plans.forEach((plan, index) => {
    const id = `r${index}`;
    const at = "2024-03-01T10:00:00Z";
    if (plan.kind === "blank") {
      lines.push(",,,,");
      expected.push({ status: "ignored" });
    } else if (plan.kind === "repeat" && firstGood !== undefined) {
      lines.push(`${firstGood},c9,nps,7,${at}`);
      expected.push({ status: "duplicate" });
    } else if (plan.kind === "bad") {
      const cells = [id, `c${index}`, "nps", "9", at];
      if (plan.defect === "score") cells[3] = String(11 + index);
      if (plan.defect === "kind") cells[2] = "survey";
      if (plan.defect === "customer") cells[1] = "";
      if (plan.defect === "date") cells[4] = "yesterday";
      if (plan.defect === "future") cells[4] = "2030-01-01T00:00:00Z";
      if (plan.defect === "fields") cells.push("extra");
      lines.push(cells.join(","));
      expected.push({ status: "rejected", field: DEFECT_COLUMN[plan.defect] });
    } else {
      // A good row (a repeat before any good row is one too).
      const score = plan.kind === "good" ? plan.score : 5;
      lines.push(`${id},c${index},nps,${score},${at}`);
      firstGood ??= id;
      expected.push({ status: "accepted" });
    }
  });
  return { text: `${lines.join("\r\n")}\r\n`, expected };
}

/** Lines of a real-shaped file with one cell replaced by arbitrary text. */
const mutatedFile = fc
  .tuple(
    fc.constantFrom(
      ["surveyResponses", responsesCsv] as const,
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
  it("reports each generated row as its plan says: good kept, each defect rejected, blanks and repeats", () => {
    fc.assert(
      fc.property(fc.array(rowPlan, { maxLength: 40 }), (plans) => {
        const { text, expected } = fileOf(plans);
        const { surveyResponses, report } = importCsv(text, {
          asOf: PLAN_AS_OF,
          kind: "surveyResponses",
        });
        expect(
          report.records.map((r) =>
            r.status === "rejected" ? { status: r.status, field: r.field } : { status: r.status },
          ),
        ).toEqual(expected);
        const count = (status: string) => expected.filter((e) => e.status === status).length;
        expect(surveyResponses).toHaveLength(count("accepted"));
        expect(report).toMatchObject({
          accepted: count("accepted"),
          rejected: count("rejected"),
          duplicates: count("duplicate"),
          ignored: count("ignored"),
        });
      }),
      { numRuns: 200 },
    );
  });

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
    const { surveyResponses: responses, report } = importCsv(csv, {
      asOf,
      kind: "surveyResponses",
    });
    expect(report.accepted).toBe(2);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(responses[1]!.customerId).toBe("csv:__proto__");
    for (const response of responses) {
      expect(Object.getPrototypeOf(response)).toBe(Object.prototype);
      expect(Object.keys(response)).not.toContain("__proto__");
    }
  });
});
