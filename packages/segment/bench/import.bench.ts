// importSegment over 50,000 messages (identify, track and group, for 5,000 users, all valid,
// all imported), against JSON.parse of the same NDJSON text line by line, measured in the same
// run (the target: at most 3×); then, for context, the import of objects already parsed and
// one zod parse per message.
import { parseCustomer, parseJourneyEvent } from "@rapport/core";
import { runSuite } from "../../../scripts/bench-harness.ts";
import { importSegment } from "../src/index.ts";

const MESSAGES = 50_000;
const EVENTS = ["Signed Up", "Trial Started", "Product Viewed", "Order Completed", "Feature Used"];

const messages = Array.from({ length: MESSAGES }, (_, i) => {
  const userId = `user_${i % 5000}`;
  const timestamp = new Date(Date.UTC(2024, 2, 1) + i * 60_000).toISOString();
  const common = {
    messageId: `m${i}`,
    userId,
    anonymousId: `anon_${i % 5000}`,
    timestamp,
    context: { library: { name: "analytics.js", version: "2.11.1" } },
  };
  if (i % 10 === 0) {
    return {
      ...common,
      type: "identify",
      traits: { name: `User ${i % 5000}`, email: `user${i % 5000}@example.com`, plan: "Pro" },
    };
  }
  if (i % 25 === 1)
    return {
      ...common,
      type: "group",
      groupId: `org_${i % 300}`,
      traits: { name: `Org ${i % 300}` },
    };
  return {
    ...common,
    type: "track",
    event: EVENTS[i % EVENTS.length]!,
    properties: { value: i % 100, currency: "EUR" },
  };
});
const ndjson = messages.map((message) => JSON.stringify(message)).join("\n");
console.log(`${MESSAGES} messages: NDJSON ${(ndjson.length / 1e6).toFixed(1)} MB`);

// After every generated message.
const asOf = new Date("2100-01-01T00:00:00Z");

const lines = () => ndjson.split("\n").map((line) => JSON.parse(line)).length;
// The input is what the README says: every message is imported.
const imported = importSegment(ndjson, { asOf }).report;
if (imported.accepted !== MESSAGES) {
  throw new Error(`importSegment accepted ${imported.accepted} of ${MESSAGES} messages`);
}

runSuite({
  title: `importSegment against JSON.parse, ${MESSAGES.toLocaleString("en")} Segment messages`,
  samples: 9,
  warmup: 2,
  baseline: { name: "JSON.parse of each NDJSON line", run: lines },
  cases: [
    {
      name: "importSegment(NDJSON text)",
      run: () => importSegment(ndjson, { asOf }).report.accepted,
    },
  ],
  target: { maxRatio: 3 },
  note: "The baseline reads the same lines into objects and does nothing else: the ratio is what checking, mapping, identity resolution, deduplication and the report cost on top of reading JSON.",
});

runSuite({
  title: `importSegment from objects, and the zod floor, ${MESSAGES.toLocaleString("en")} Segment messages`,
  samples: 7,
  warmup: 1,
  baseline: { name: "JSON.parse of each NDJSON line", run: lines },
  cases: [
    {
      name: "importSegment(array, already parsed)",
      run: () => importSegment(messages, { asOf }).report.accepted,
    },
    {
      // What an import that validates each message through the model's schema pays at least.
      name: "JSON.parse + one core parse per message (zod floor)",
      run: () =>
        ndjson.split("\n").map((line) => {
          const m = JSON.parse(line);
          if (m.type === "track") {
            return parseJourneyEvent({
              id: `segment:${m.messageId}`,
              customerId: `segment:${m.userId}`,
              name: m.event,
              occurredAt: m.timestamp,
              properties: m.properties,
            });
          }
          return parseCustomer({ id: `segment:${m.userId}`, name: m.traits?.name });
        }).length,
    },
  ],
  note: "Context: the import of objects already parsed, and the cost of one zod parse per message, which the import no longer pays for everyday messages.",
});
