import type { Case, CasePriority, Interaction } from "@rapport/core";
import { expectedMessage } from "@rapport/stats";
import { groupByCase } from "./group-by-case";
import { toMillis } from "./instant";
import type { SlaMetric, SlaPolicy } from "./sla-policy";
import { slaStatus } from "./sla-status";
import type { SlaState } from "./sla-target-status";

/**
 * A target that will breach soon unless someone acts.
 *
 * @example
 * ```ts
 * import type { SlaBreachPrediction } from "@rapport/service-levels";
 * const line = (p: SlaBreachPrediction) => `${p.caseId} ${p.metric} due ${p.dueAt.toISOString()}`;
 * ```
 */
export interface SlaBreachPrediction {
  /** The case. */
  readonly caseId: Case["id"];
  /** The metric at risk. */
  readonly metric: SlaMetric;
  /** The policy's name. */
  readonly policy: string;
  /** The priority the target is for. */
  readonly priority: CasePriority;
  /** `active`, or `paused` outside business hours (the clock resumes at opening). */
  readonly state: SlaState;
  /** When it breaches if nothing changes. */
  readonly dueAt: Date;
  /** Calendar time left, ms. */
  readonly remainingCalendarMs: number;
  /** Business time left, ms (null for a calendar target of a policy without a schedule). */
  readonly remainingBusinessMs: number | null;
}

/**
 * The targets of a queue of open cases that will breach within `within` milliseconds of
 * `asOf` if nothing changes, soonest first. Targets already breached, and those paused by the
 * case's status (their due time is open), are left out.
 *
 * @example
 * ```ts
 * import { parseCase } from "@rapport/core";
 * import { defineSlaPolicy, predictBreaches } from "@rapport/service-levels";
 * const policy = defineSlaPolicy({
 *   name: "All",
 *   targets: { normal: { firstReply: { minutes: 60, time: "calendar" } } },
 * });
 * const waiting = parseCase({
 *   id: "case_1", customerId: "cus_1", channel: "chat", status: "new",
 *   createdAt: "2026-03-09T09:00:00Z",
 * });
 * predictBreaches([waiting], [], [policy], {
 *   asOf: new Date("2026-03-09T09:45:00Z"),
 *   within: 30 * 60_000,
 * }); // [{ caseId: "case_1", metric: "firstReply", dueAt: 2026-03-09T10:00:00.000Z, … }]
 * ```
 */
export function predictBreaches(
  openCases: readonly Case[],
  interactions: readonly Interaction[],
  policies: readonly SlaPolicy[],
  options: { readonly asOf: Date; readonly within: number },
): SlaBreachPrediction[] {
  const asOf = toMillis(options?.asOf, "options.asOf", "predictBreaches");
  const within = options.within;
  if (!(typeof within === "number" && Number.isFinite(within) && within >= 0)) {
    throw new (typeof within === "number" ? RangeError : TypeError)(
      expectedMessage(
        "predictBreaches: options.within",
        "a non-negative number of milliseconds",
        within,
      ),
    );
  }
  const byCase = groupByCase(interactions);
  const predictions: SlaBreachPrediction[] = [];
  for (const value of openCases) {
    const status = slaStatus(value, byCase.get(value.id) ?? [], policies, { asOf: new Date(asOf) });
    for (const target of status.targets) {
      if (target.state !== "active" && target.state !== "paused") continue;
      if (target.dueAt === null || target.dueAt.getTime() > asOf + within) continue;
      predictions.push({
        caseId: value.id,
        metric: target.metric,
        policy: target.policy,
        priority: target.priority,
        state: target.state,
        dueAt: target.dueAt,
        remainingCalendarMs: target.dueAt.getTime() - asOf,
        remainingBusinessMs: target.remainingBusinessMs,
      });
    }
  }
  return predictions.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}
