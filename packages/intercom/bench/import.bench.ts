// Importing 10,000 conversations (each with 12 parts and a rating, shaped like the fixture
// written from the Intercom reference) against JSON.parse of the same bytes.
import { runSuite } from "../../../scripts/bench-harness.ts";
import { conversations } from "../src/__fixtures__/intercom.fixture.ts";
import { importIntercom } from "../src/index.ts";

const template = conversations.conversations[0]!;
const templateText = JSON.stringify(template);
const list = [];
for (let i = 0; i < 10_000; i++) {
  // New ids for the conversation and each of its parts.
  const copy = JSON.parse(templateText.replaceAll('"id":"10', `"id":"${i}-10`));
  copy.id = String(100_000 + i);
  list.push(copy);
}
const bytes = JSON.stringify({ type: "conversation.list", conversations: list });
const asOf = new Date("2030-01-01T00:00:00Z");
console.log(
  `10,000 conversations with 12 parts each, ${(bytes.length / 1e6).toFixed(1)} MB of JSON`,
);

runSuite({
  title: "importIntercom: 10,000 conversations",
  baseline: { name: "JSON.parse of the page", run: () => JSON.parse(bytes) },
  cases: [
    {
      name: "JSON.parse + importIntercom",
      run: () => {
        const result = importIntercom(JSON.parse(bytes), { asOf });
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
