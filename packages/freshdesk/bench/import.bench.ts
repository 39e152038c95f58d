// Importing 20,000 tickets with stats and 40,000 conversations, every record with all the
// fields the Freshdesk API returns (bench/export.fixture.ts), against JSON.parse of the same
// bytes: the pages as `GET /api/v2/tickets?include=stats` and the conversation lists return them.
import { runSuite } from "../../../scripts/bench-harness.ts";
import { importFreshdesk } from "../src/index.ts";
import { conversation, ticket } from "./export.fixture.ts";

const tickets = [];
const conversations = [];
for (let id = 1; id <= 20_000; id++) {
  tickets.push(ticket(id));
  conversations.push(conversation(id, 0), conversation(id, 1));
}
const bytes = JSON.stringify([tickets, conversations]);
const asOf = new Date("2030-01-01T00:00:00Z");
console.log(
  `20,000 tickets and 40,000 conversations, ${(bytes.length / 1e6).toFixed(1)} MB of JSON`,
);

runSuite({
  title: "importFreshdesk: 20,000 tickets, 40,000 conversations",
  baseline: { name: "JSON.parse of the pages", run: () => JSON.parse(bytes) },
  cases: [
    {
      name: "JSON.parse + importFreshdesk",
      run: () => {
        const result = importFreshdesk(JSON.parse(bytes), { asOf });
        if (result.cases.length !== 20_000 || result.interactions.length !== 40_000) {
          throw new Error("expected 20,000 cases and 40,000 interactions");
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
