// Importing 10,000 conversations, each with its 10 threads embedded, every record with all the
// fields the Mailbox API 2.0 returns (bench/export.fixture.ts), against JSON.parse of the same
// bytes: one page as `GET /v2/conversations?embed=threads` returns it.
import { runSuite } from "../../../scripts/bench-harness.ts";
import { importHelpScout } from "../src/index.ts";
import { conversation } from "./export.fixture.ts";

const list = [];
for (let i = 0; i < 10_000; i++) list.push(conversation(100_000 + i, 10));
const bytes = JSON.stringify({ _embedded: { conversations: list }, page: { number: 1 } });
const asOf = new Date("2030-01-01T00:00:00Z");
console.log(
  `10,000 conversations with 10 threads each, ${(bytes.length / 1e6).toFixed(1)} MB of JSON`,
);

runSuite({
  title: "importHelpScout: 10,000 conversations",
  baseline: { name: "JSON.parse of the page", run: () => JSON.parse(bytes) },
  cases: [
    {
      name: "JSON.parse + importHelpScout",
      run: () => {
        const result = importHelpScout(JSON.parse(bytes), { asOf });
        if (result.cases.length !== 10_000) throw new Error("expected 10,000 cases");
        return result;
      },
    },
  ],
  samples: 7,
  warmup: 1,
  target: { maxRatio: 3 },
  note: "JSON.parse of the same bytes is the floor of any importer of this payload: the ratio is what checking, mapping and reporting every record cost on top of reading it.",
});
