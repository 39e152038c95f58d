// Memory while importing the 100,000-ticket export: all pages at once, against the pages
// streamed one at a time (each page fetched, parsed, imported and its result handed on), as
// `zendeskPages` yields them. The heap is sampled after every page; we report the peak.
//
// bench-processes: 1 (it reports a table of heap sizes, not timings to merge)
import { reportFigures } from "../../../scripts/bench-harness.ts";
import { importZendesk } from "../src/index.ts";
import { exportPage } from "./export.fixture.ts";

const PAGES = 100;
const asOf = new Date("2030-01-01T00:00:00Z");
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const heap = () => process.memoryUsage().heapUsed;

function streamed(): { peak: number; cases: number } {
  let peak = heap();
  let cases = 0;
  for (let page = 0; page < PAGES; page++) {
    const body = JSON.parse(JSON.stringify(exportPage(page)));
    cases += importZendesk(body, { asOf }).cases.length; // the result goes on, e.g. to a store
    peak = Math.max(peak, heap());
  }
  return { peak, cases };
}

function allAtOnce(): { peak: number; cases: number } {
  let peak = heap();
  const bodies = [];
  for (let page = 0; page < PAGES; page++) {
    bodies.push(JSON.parse(JSON.stringify(exportPage(page))));
    peak = Math.max(peak, heap());
  }
  const result = importZendesk(bodies, { asOf });
  peak = Math.max(peak, heap());
  return { peak, cases: result.cases.length };
}

const base = heap();
const stream = streamed();
const whole = allAtOnce();
reportFigures({
  title: "importZendesk: peak heap over a 100,000-ticket export (100 pages)",
  columns: ["how", "cases", "peak heap above start"],
  rows: [
    ["pages streamed one at a time", stream.cases, mb(stream.peak - base)],
    ["all pages at once", whole.cases, mb(whole.peak - base)],
  ],
});
