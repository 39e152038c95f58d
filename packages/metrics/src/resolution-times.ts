import type { Case } from "@rapport/core";
import { type DurationSummary, summariseDurations } from "./duration-summary";

/**
 * Resolution time: from `createdAt` to `solvedAt` (or to `closedAt` when a case was closed
 * without a solve time), in calendar milliseconds, with median, mean and p90 (linear
 * interpolation, numpy's default), for cases solved now (status `solved` or `closed`). A
 * reopened case counts to its latest solve; cases not solved (or reopened and open again, or
 * solved without a solve time) are counted in `missing`.
 *
 * @example
 * ```ts
 * import { parseCase } from "@rapport/core";
 * import { resolutionTimes } from "@rapport/metrics";
 * const cases = [
 *   parseCase({ id: "c1", customerId: "u1", channel: "chat", status: "solved",
 *     createdAt: "2024-03-01T09:00:00Z", solvedAt: "2024-03-01T11:00:00Z" }),
 * ];
 * resolutionTimes(cases).mean; // 7200000 (2 hours)
 * ```
 */
export function resolutionTimes(cases: Iterable<Case>): DurationSummary {
  const durations: number[] = [];
  let missing = 0;
  for (const item of cases) {
    const solvedNow = item.status === "solved" || item.status === "closed";
    const end = solvedNow ? (item.solvedAt ?? item.closedAt) : undefined;
    if (end === undefined) missing++;
    else durations.push(end.getTime() - item.createdAt.getTime());
  }
  return summariseDurations(durations, missing);
}
