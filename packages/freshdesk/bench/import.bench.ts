// Importing 20,000 tickets with stats and 40,000 conversations (shaped like the fixture
// written from the Freshdesk reference) against JSON.parse of the same bytes.
import { runSuite } from "../../../scripts/bench-harness.ts";
import { conversations, tickets } from "../src/__fixtures__/freshdesk.fixture.ts";
import { importFreshdesk } from "../src/index.ts";

const ticketList = [];
const conversationList = [];
for (let i = 0; i < 20_000; i++) {
  ticketList.push({ ...tickets[0], id: 100_000 + i });
  conversationList.push({ ...conversations[0], id: 1_000_000 + 2 * i, ticket_id: 100_000 + i });
  conversationList.push({ ...conversations[1], id: 1_000_001 + 2 * i, ticket_id: 100_000 + i });
}
const bytes = JSON.stringify([ticketList, conversationList]);
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
        if (result.cases.length !== 20_000) throw new Error("expected 20,000 cases");
        return result;
      },
    },
  ],
  samples: 7,
  warmup: 1,
});
