// Importing 10,000 conversations (each with its 10 threads embedded, shaped like the fixture
// written from Help Scout's Mailbox API 2.0 reference) against JSON.parse of the same bytes.
import { runSuite } from "../../../scripts/bench-harness.ts";
import { conversation } from "../src/__fixtures__/helpscout.fixture.ts";
import { importHelpScout } from "../src/index.ts";

const list = [];
for (let i = 0; i < 10_000; i++) {
  const id = 100_000 + i;
  list.push({
    ...conversation,
    id,
    _embedded: {
      threads: conversation._embedded.threads.map((t, k) => ({ ...t, id: id * 100 + k })),
    },
  });
}
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
});
