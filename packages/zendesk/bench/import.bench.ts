// Importing a 100,000-ticket incremental export against JSON.parse of the same bytes.
// The export is generated from the real ticket shape (every field Zendesk sends, custom
// fields included), in 100 pages of 1,000 tickets as the cursor export returns them.
import { runSuite } from "../../../scripts/bench-harness.ts";
import { importZendesk } from "../src/index.ts";
import { exportPage } from "./export.fixture.ts";

const pages = [];
for (let page = 0; page < 100; page++) pages.push(exportPage(page));
const bytes = JSON.stringify(pages);
const asOf = new Date("2030-01-01T00:00:00Z");
console.log(`export: 100,000 tickets in 100 pages, ${(bytes.length / 1e6).toFixed(1)} MB of JSON`);

const results = runSuite({
  title: "importZendesk: 100,000-ticket export",
  baseline: { name: "JSON.parse of the export", run: () => JSON.parse(bytes) },
  cases: [
    {
      name: "JSON.parse + importZendesk",
      run: () => {
        const result = importZendesk(JSON.parse(bytes), { asOf });
        if (result.cases.length !== 100_000) throw new Error("expected 100,000 cases");
        return result;
      },
    },
  ],
  samples: 7,
  warmup: 1,
  target: { maxRatio: 3 },
});
void results;
