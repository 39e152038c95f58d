import type { Case } from "@rapport/core";
import type { Proportion } from "@rapport/stats";
import { resolvedOnce } from "./resolved-once";
import type { ScoreOptions } from "./score-options";
import { scoreShare } from "./score-share";

/**
 * Reopen rate: the share of cases solved at least once that were reopened
 * (`reopenCount > 0`), in percent, with its Wilson interval. Cases never solved are not in
 * the denominator. A case counts as solved once if it has `solvedAt` or `closedAt`, is
 * solved or closed now, was reopened, or has a solved/closed status in its history.
 *
 * @example
 * ```ts
 * import { parseCase } from "@rapport/core";
 * import { reopenRate } from "@rapport/metrics";
 * const solved = { customerId: "u1", channel: "email", status: "solved",
 *   createdAt: "2024-03-01T09:00:00Z", solvedAt: "2024-03-02T09:00:00Z" } as const;
 * reopenRate([
 *   parseCase({ ...solved, id: "c1" }),
 *   parseCase({ ...solved, id: "c2", reopenCount: 1 }),
 * ]).value; // 50
 * ```
 */
export function reopenRate(cases: Iterable<Case>, options: ScoreOptions = {}): Proportion {
  let solved = 0;
  let reopened = 0;
  for (const item of cases) {
    if (!resolvedOnce(item)) continue;
    solved++;
    if (item.reopenCount > 0) reopened++;
  }
  return scoreShare("reopenRate", reopened, solved, options);
}
