import type { Case } from "@rapport/core";
import { type DurationSummary, summariseDurations } from "./duration-summary";

/**
 * First reply time: `firstReplyAt − createdAt` of each case, in calendar milliseconds, with
 * median, mean and p90 (linear interpolation, numpy's default). Cases without a first reply
 * yet are counted in `missing`, not in the figures. Business-hours time is the job of
 * service levels.
 *
 * @example
 * ```ts
 * import { parseCase } from "@rapport/core";
 * import { firstReplyTimes } from "@rapport/metrics";
 * const cases = [
 *   parseCase({ id: "c1", customerId: "u1", channel: "email", status: "open",
 *     createdAt: "2024-03-01T09:00:00Z", firstReplyAt: "2024-03-01T09:30:00Z" }),
 * ];
 * firstReplyTimes(cases).median; // 1800000 (30 minutes)
 * ```
 */
export function firstReplyTimes(cases: Iterable<Case>): DurationSummary {
  const durations: number[] = [];
  let missing = 0;
  for (const item of cases) {
    if (item.firstReplyAt === undefined) missing++;
    else durations.push(item.firstReplyAt.getTime() - item.createdAt.getTime());
  }
  return summariseDurations(durations, missing);
}
