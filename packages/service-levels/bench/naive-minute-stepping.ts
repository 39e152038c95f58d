// The O(minutes) reference: step through the span one minute at a time and ask whether the
// schedule is open. Correct on whole-minute spans, but its cost grows with the span's length.
import { isOpen, type Schedule } from "../src/index.ts";

export function naiveBusinessTimeBetween(start: number, end: number, schedule: Schedule): number {
  let total = 0;
  for (let t = start; t < end; t += 60_000)
    if (isOpen(schedule, { asOf: new Date(t) })) total += 60_000;
  return total;
}
