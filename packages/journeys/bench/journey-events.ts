// Synthetic journey events for the benchmarks: customers × events each, deterministic (a
// seeded linear congruential generator), following the default lifecycle with touchpoints
// mixed in and, now and then, a churn and a win-back.
import type { CustomerId, JourneyEvent, RecordId } from "@rapport/core";

const PATH = [
  "awareness",
  "consideration",
  "purchase",
  "onboarding",
  "adoption",
  "retention",
  "advocacy",
];
const HOUR = 3_600_000;
const START = Date.UTC(2024, 0, 1);

export function journeyEvents(customers: number, perCustomer: number, seed = 42): JourneyEvent[] {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  const properties = {};
  const events: JourneyEvent[] = [];
  for (let c = 0; c < customers; c++) {
    const customerId = `cus_${c}` as CustomerId;
    let time = START + Math.floor(next() * 180 * 24) * HOUR;
    let step = 0;
    for (let e = 0; e < perCustomer; e++) {
      time += Math.floor(next() * 72) * HOUR; // equal times happen too (a 0-hour gap)
      let stage: string | undefined;
      const roll = next();
      if (roll < 0.35) stage = undefined;
      else if (roll < 0.38 && step >= 2) stage = "churned";
      else if (step < PATH.length) stage = PATH[step++];
      else stage = "retention";
      const event: JourneyEvent = {
        id: `ev_${c}_${e}` as RecordId,
        customerId,
        name: stage ?? "Page Viewed",
        occurredAt: new Date(time),
        properties,
      };
      if (stage !== undefined) event.stage = stage;
      events.push(event);
    }
  }
  return events;
}

/** A deterministic shuffle (Fisher–Yates with the same generator), returning a new array. */
export function shuffled<T>(values: readonly T[], seed = 7): T[] {
  const result = [...values];
  let state = seed >>> 0;
  for (let i = result.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    const j = Math.floor((state / 2 ** 32) * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}
