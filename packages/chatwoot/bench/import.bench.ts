// Importing 10,000 conversations (each with 12 messages embedded, shaped like the fixture
// written from chatwoot's API reference) against JSON.parse of the same bytes.
import { runSuite } from "../../../scripts/bench-harness.ts";
import { conversations, inboxes, messages } from "../src/__fixtures__/chatwoot.fixture.ts";
import { importChatwoot } from "../src/index.ts";

const template = conversations.data.payload[0]!;
// 12 messages a conversation: the fixture's 8, then 4 more replies of the agent.
const twelve = [
  ...messages.payload,
  ...[81, 82, 83, 84].map((id) => ({ ...messages.payload[1]!, id })),
];
const list = [];
for (let i = 0; i < 10_000; i++) {
  const id = 100_000 + i;
  list.push({
    ...template,
    id,
    messages: twelve.map((m, k) => ({ ...m, id: id * 100 + k, conversation_id: id })),
  });
}
const bytes = JSON.stringify([inboxes, { data: { meta: {}, payload: list } }]);
const asOf = new Date("2030-01-01T00:00:00Z");
console.log(
  `10,000 conversations with 12 messages each, ${(bytes.length / 1e6).toFixed(1)} MB of JSON`,
);

runSuite({
  title: "importChatwoot: 10,000 conversations",
  baseline: { name: "JSON.parse of the page", run: () => JSON.parse(bytes) },
  cases: [
    {
      name: "JSON.parse + importChatwoot",
      run: () => {
        const result = importChatwoot(JSON.parse(bytes), { asOf });
        if (result.cases.length !== 10_000) throw new Error("expected 10,000 cases");
        return result;
      },
    },
  ],
  samples: 7,
  warmup: 1,
});
