// journeyTimelines over 100,000 customers × 20 events (2,000,000 events, in no particular
// order, as a merged stream gives them) against sorting the same events by time, measured in
// the same run. Target: within 3× the sort.
import { runSuite } from "../../../scripts/bench-harness.ts";
import { defaultLifecycle, journeyTimelines } from "../src/index.ts";
import { journeyEvents, shuffled } from "./journey-events.ts";

const asOf = new Date(Date.UTC(2025, 6, 1));
const events = shuffled(journeyEvents(100_000, 20));

runSuite({
  title: "journeyTimelines, 100,000 customers × 20 events in no particular order",
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
