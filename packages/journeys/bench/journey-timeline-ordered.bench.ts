// The same as journey-timeline.bench.ts with the events as an export gives them: customer
// after customer, each in time order (runs of 20 ordered events, which the sort can exploit;
// the whole is not in time order).
import { runSuite } from "../../../scripts/bench-harness.ts";
import { defaultLifecycle, journeyTimelines } from "../src/index.ts";
import { journeyEvents } from "./journey-events.ts";

const asOf = new Date(Date.UTC(2025, 6, 1));
const events = journeyEvents(100_000, 20);

runSuite({
  title: "journeyTimelines, 100,000 customers × 20 events grouped by customer, in time order",
  baseline: {
    name: "sort the same events by time",
    run: () => [...events].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime()),
  },
  cases: [
    { name: "journeyTimelines", run: () => journeyTimelines(defaultLifecycle, events, { asOf }) },
  ],
  samples: 5,
  warmup: 1,
  target: { maxRatio: 3 },
});
