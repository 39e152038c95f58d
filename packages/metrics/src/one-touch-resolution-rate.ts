import type { Case, Interaction } from "@rapport/core";
import type { Proportion } from "@rapport/stats";
import type { ScoreOptions } from "./score-options";
import { scoreShare } from "./score-share";

/**
 * Options of {@link oneTouchResolutionRate}.
 *
 * @example
 * ```ts
 * import type { OneTouchOptions } from "@rapport/metrics";
 * const options: OneTouchOptions = { interactions: [], level: 0.9 };
 * ```
 */
export interface OneTouchOptions extends ScoreOptions {
  /**
   * The cases' interactions. When given, a touch is a public outbound reply by an agent
   * (`direction: "outbound"`, `author.kind: "agent"`, `visibility: "public"`) linked by
   * `caseId`; otherwise the case's status history stands in for it (see the function).
   */
  readonly interactions?: Iterable<Interaction>;
}

/**
 * One-touch resolution rate: the share of solved cases that were solved with a single agent
 * reply and never reopened, in percent, with its Wilson interval. Denominator: cases solved
 * now (status `solved` or `closed`).
 *
 * With `interactions`, a case is one-touch when exactly one public agent reply is linked to
 * it (Zendesk's "one-touch tickets"). Without them (a `Case` does not record how many replies
 * it had), the status history stands in: one-touch when it was never reopened and never set
 * to `pending` (waiting for the customer), i.e. no back-and-forth was needed.
 *
 * @example
 * ```ts
 * import { parseCase } from "@rapport/core";
 * import { oneTouchResolutionRate } from "@rapport/metrics";
 * const base = { customerId: "u1", channel: "email", createdAt: "2024-03-01T09:00:00Z" } as const;
 * const rate = oneTouchResolutionRate([
 *   parseCase({ ...base, id: "c1", status: "solved", solvedAt: "2024-03-01T10:00:00Z" }),
 *   parseCase({ ...base, id: "c2", status: "solved", solvedAt: "2024-03-02T10:00:00Z",
 *     statusHistory: [{ status: "pending", at: "2024-03-01T09:30:00Z" }] }),
 * ]);
 * rate.value; // 50
 * ```
 */
export function oneTouchResolutionRate(
  cases: Iterable<Case>,
  options: OneTouchOptions = {},
): Proportion {
  let replies: Map<string, number> | undefined;
  if (options.interactions !== undefined) {
    replies = new Map();
    for (const interaction of options.interactions) {
      if (
        interaction.caseId !== undefined &&
        interaction.direction === "outbound" &&
        interaction.author.kind === "agent" &&
        interaction.visibility === "public"
      ) {
        replies.set(interaction.caseId, (replies.get(interaction.caseId) ?? 0) + 1);
      }
    }
  }
  let solved = 0;
  let oneTouch = 0;
  for (const item of cases) {
    if (item.status !== "solved" && item.status !== "closed") continue;
    solved++;
    if (item.reopenCount > 0) continue;
    const touched = replies
      ? replies.get(item.id) === 1
      : !item.statusHistory.some((change) => change.status === "pending");
    if (touched) oneTouch++;
  }
  return scoreShare("oneTouchResolutionRate", oneTouch, solved, options);
}
