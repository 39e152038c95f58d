// Memory while streaming: 300,000 survey rows generated chunk by chunk (64 KB chunks cut
// anywhere, as a network stream would) and imported row by row with csvImportItems, keeping
// nothing but a count. The heap is measured after a forced garbage collection every 25,000
// rows, so the figures are what the import retains, not garbage waiting to be collected.
// Two files: without an id column (nothing to remember) and with one (the ids are kept to
// report duplicates). The whole text is never held; its size is given for comparison.
//
// bench-processes: 1 (it reports a table of heap sizes, not timings to merge)
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { reportFigures } from "../../../scripts/bench-harness.ts";
import { csvImportItems } from "../src/index.ts";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const ROWS = 300_000;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

function* chunks(withId: boolean): Generator<string> {
  yield withId
    ? "id,customer_id,kind,score,responded_at\n"
    : "customer_id,kind,score,responded_at\n";
  let buffer = "";
  for (let i = 0; i < ROWS; i++) {
    const id = withId ? `r${i},` : "";
    buffer += `${id}c${i % 5000},nps,${i % 11},2024-03-01T10:${String(i % 60).padStart(2, "0")}:00+01:00\n`;
    if (buffer.length >= 65_536) {
      yield buffer.slice(0, 65_000);
      buffer = buffer.slice(65_000);
    }
  }
  yield buffer;
}

const asOf = new Date("2100-01-01T00:00:00Z");

function measure(withId: boolean): string[] {
  let textLength = 0;
  for (const chunk of chunks(withId)) textLength += chunk.length;
  gc();
  const before = process.memoryUsage().heapUsed;
  const retained: number[] = [];
  let accepted = 0;
  let seen = 0;
  const start = performance.now();
  for (const item of csvImportItems(chunks(withId), { asOf, kind: "surveyResponses" })) {
    if (item.outcome.status === "accepted") accepted++;
    if (++seen % 25_000 === 0) {
      gc();
      retained.push(process.memoryUsage().heapUsed - before);
    }
  }
  const seconds = (performance.now() - start) / 1000;
  const label = withId ? "with an id column" : "without an id column";
  return [
    label,
    accepted.toLocaleString("en"),
    mb(textLength),
    mb(retained[0]!),
    mb(retained[retained.length - 1]!),
    mb(Math.max(...retained)),
    `${seconds.toFixed(1)} s`,
  ];
}

reportFigures({
  title: `streaming ${ROWS.toLocaleString("en")} rows through csvImportItems (one run each)`,
  columns: [
    "file",
    "rows accepted",
    "text size",
    "retained after 25,000 rows",
    "retained at the end",
    "max retained",
    "time (with GCs)",
  ],
  rows: [measure(false), measure(true)],
});
