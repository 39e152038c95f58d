// Parse + import 100,000 survey-response rows (all valid, all imported), against parseCsv of the
// same bytes (the target: at most 3×) and against a zod-free floor that builds the same records
// by hand, in the same run; then, for context, a bare split loop and JSON.parse of the rows.
import { parseSurveyResponse } from "@rapport/core";
import { runSuite } from "../../../scripts/bench-harness.ts";
import { importCsv, parseCsv } from "../src/index.ts";

const asOf = new Date("2100-01-01T00:00:00Z");

const ROWS = 100_000;
const KINDS = ["nps", "csat", "ces"] as const;

// A fixed linear congruential generator (Numerical Recipes constants): the same file every run.
let seed = 42;
const next = () => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
};

const rows = Array.from({ length: ROWS }, (_, i) => {
  const kind = KINDS[i % 3]!;
  const score =
    kind === "nps"
      ? Math.floor(next() * 11)
      : kind === "csat"
        ? 1 + Math.floor(next() * 5)
        : 1 + Math.floor(next() * 7);
  const minute = String(i % 60).padStart(2, "0");
  return {
    id: `r${i}`,
    customer_id: `c${Math.floor(next() * 5000)}`,
    kind,
    score,
    responded_at: `2024-03-${String(1 + (i % 28)).padStart(2, "0")}T10:${minute}:00+01:00`,
    comment: i % 10 === 0 ? "Quick and kind, thank you" : "",
  };
});
const header = "id,customer_id,kind,score,responded_at,comment";
// RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes doubled.
const field = (value: string | number): string => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
const csv = `${header}\n${rows.map((r) => [r.id, r.customer_id, r.kind, r.score, r.responded_at, r.comment].map(field).join(",")).join("\n")}\n`;
const json = JSON.stringify(rows);
console.log(
  `${ROWS} rows: CSV ${(csv.length / 1e6).toFixed(1)} MB, JSON ${(json.length / 1e6).toFixed(1)} MB`,
);

// The input is what the README says: every one of the rows is a valid survey response.
const imported = importCsv(csv, { asOf, kind: "surveyResponses" });
if (imported.surveyResponses.length !== ROWS) {
  throw new Error(`importCsv kept ${imported.surveyResponses.length} of ${ROWS} rows`);
}
if (parseCsv(csv).length !== ROWS + 1) throw new Error("parseCsv did not find every row");

// The zod-free floor: the same records built by hand from parseCsv's records, with no checks,
// no report and no deduplication: what any importer of these rows pays at least.
const SCALE: Record<string, string> = {
  nps: "zero_to_ten",
  csat: "five_point",
  ces: "seven_point",
};
const floorRecords = () => {
  const records = parseCsv(csv);
  const out: unknown[] = [];
  for (let i = 1; i < records.length; i++) {
    const [id, customer, kind, score, respondedAt, comment] = records[i]!.fields as string[];
    const source = { system: "csv", id };
    out.push(
      comment === ""
        ? {
            kind,
            scale: SCALE[kind!],
            score: Number(score),
            id: `csv:${id}`,
            customerId: `csv:${customer}`,
            respondedAt: new Date(respondedAt!),
            source,
          }
        : {
            kind,
            scale: SCALE[kind!],
            score: Number(score),
            id: `csv:${id}`,
            customerId: `csv:${customer}`,
            respondedAt: new Date(respondedAt!),
            comment,
            source,
          },
    );
  }
  return out;
};
const floor = () => floorRecords().length;
if (JSON.stringify(floorRecords()) !== JSON.stringify(imported.surveyResponses)) {
  throw new Error("the floor does not build the records importCsv returns");
}
const runImport = () => importCsv(csv, { asOf, kind: "surveyResponses" }).surveyResponses.length;

runSuite({
  title: `importCsv against parseCsv, ${ROWS.toLocaleString("en")} survey rows`,
  samples: 9,
  warmup: 2,
  baseline: { name: "parseCsv (RFC 4180 parser only)", run: () => parseCsv(csv).length },
  cases: [{ name: "importCsv (parse, map, validate, report)", run: runImport }],
  target: { maxRatio: 3 },
  note: "The baseline reads the same bytes into records of fields: the ratio is what mapping, validation, deduplication and the report cost on top of parsing.",
});

runSuite({
  title: `importCsv against the zod-free floor, ${ROWS.toLocaleString("en")} survey rows`,
  samples: 9,
  warmup: 2,
  baseline: { name: "parseCsv + the same records built by hand, unchecked", run: floor },
  cases: [{ name: "importCsv (parse, map, validate, report)", run: runImport }],
  note: "The floor builds the records importCsv returns without checking a cell, deduplicating or reporting: the ratio is what the checks and the report cost.",
});

// Each task runs 3 times a sample: one bare split loop lasts some 40 ms and, allocating a
// string per field, moved by half from one sample to the next when a collection fell in it
// (its spread was over 30 %); 3 passes spread the collections over every sample.
const PASSES = 3;
const passes = (work: () => unknown) => () => {
  let last: unknown;
  for (let pass = 0; pass < PASSES; pass++) last = work();
  return last;
};

runSuite({
  title: `parsing the same rows, ${ROWS.toLocaleString("en")} survey rows, ${PASSES} passes a sample`,
  samples: 7,
  warmup: 1,
  baseline: {
    name: 'bare split("\\n") / split(",") loop',
    run: passes(() => {
      let fields = 0;
      for (const line of csv.split("\n")) fields += line.split(",").length;
      return fields;
    }),
  },
  cases: [
    { name: "JSON.parse of the same rows as JSON", run: passes(() => JSON.parse(json)) },
    { name: "parseCsv (RFC 4180 parser only)", run: passes(() => parseCsv(csv).length) },
    {
      name: "JSON.parse + parseSurveyResponse per row",
      run: passes(
        () =>
          (JSON.parse(json) as typeof rows).map((r) =>
            parseSurveyResponse({
              id: `csv:${r.id}`,
              customerId: `csv:${r.customer_id}`,
              kind: r.kind,
              scale:
                r.kind === "csat" ? "five_point" : r.kind === "ces" ? "seven_point" : "zero_to_ten",
              score: r.score,
              respondedAt: r.responded_at,
              ...(r.comment === "" ? {} : { comment: r.comment }),
            }),
          ).length,
      ),
    },
  ],
  note: "Context: a split loop does no quoting and builds no records; JSON.parse and the schema per row are what an importer of the same rows as JSON would pay.",
});
