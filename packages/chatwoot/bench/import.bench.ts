// Importing 10,000 conversations, each with 12 messages embedded, every record with the fields
// chatwoot's API returns (bench/export.fixture.ts), against JSON.parse of the same bytes: the
// inboxes and one conversation list, as `GET …/inboxes` and `GET …/conversations` return them.
import { runSuite } from "../../../scripts/bench-harness.ts";
import { inboxes } from "../src/__fixtures__/chatwoot.fixture.ts";
import { importChatwoot } from "../src/index.ts";
import { conversation } from "./export.fixture.ts";

const list = [];
for (let i = 0; i < 10_000; i++) list.push(conversation(100_000 + i, 12));
const bytes = JSON.stringify([inboxes, { data: { meta: {}, payload: list } }]);
const asOf = new Date("2030-01-01T00:00:00Z");
console.log(
  `10,000 conversations with 12 messages each, ${(bytes.length / 1e6).toFixed(1)} MB of JSON`,
);

runSuite({
  title: "importChatwoot: 10,000 conversations",
  baseline: { name: "JSON.parse of the pages", run: () => JSON.parse(bytes) },
  cases: [
    {
      name: "JSON.parse + importChatwoot",
      run: () => {
        const result = importChatwoot(JSON.parse(bytes), { asOf });
        if (result.cases.length !== 10_000 || result.interactions.length !== 120_000) {
          throw new Error("expected 10,000 cases and 120,000 interactions");
        }
        return result;
      },
    },
  ],
  samples: 7,
  warmup: 1,
  target: { maxRatio: 3 },
  note: "JSON.parse of the same bytes is the floor of any importer of this payload: the ratio is what checking, mapping and reporting every record cost on top of reading it.",
});
