import type { Case, CasePriority, CaseStatus, Interaction } from "@rapport/core";
import { caseSegments } from "./case-segments";
import { toMillis } from "./instant";
import { type ClockOutcome, type ClockSpec, evaluateClock } from "./sla-clock";
import { SLA_METRICS, type SlaMetric, type SlaPolicy } from "./sla-policy";
import type { SlaTargetStatus } from "./sla-target-status";

/**
 * The SLA status of a case at `asOf`.
 *
 * @example
 * ```ts
 * import type { SlaStatus } from "@rapport/service-levels";
 * const breached = (s: SlaStatus) => s.targets.filter((t) => t.state === "breached");
 * ```
 */
export interface SlaStatus {
  /** The case's id. */
  readonly caseId: Case["id"];
  /** The moment evaluated. */
  readonly asOf: Date;
  /** The name of the policy in force at `asOf`, or null when none matches. */
  readonly policy: string | null;
  /** The priority at `asOf` (null before the case was created). */
  readonly priority: CasePriority | null;
  /** One entry per metric that has a target, in the order of `SLA_METRICS`. */
  readonly targets: readonly SlaTargetStatus[];
}

const DONE: readonly CaseStatus[] = ["solved", "closed"];
const isDone = (status: CaseStatus) => DONE.includes(status);

/**
 * Evaluates every SLA target of a case at `asOf` (status changes and interactions after it
 * are ignored): its state, due time, remaining business and calendar time and why it is
 * paused. Only public messages count: a customer message is public and by the customer, a
 * reply is public and by an agent (a private note is not a reply). Pending pauses requester
 * wait and pausable update; pending and on-hold pause agent work; solving fulfils the reply
 * targets. Policies are matched in order at every change of the case, the first match applying;
 * a target is the one in force for the priority at the time, applied to all the time counted
 * since its clock began.
 *
 * @example
 * ```ts
 * import { parseCase, parseInteraction } from "@rapport/core";
 * import { defineSlaPolicy, slaStatus } from "@rapport/service-levels";
 * const policy = defineSlaPolicy({
 *   name: "Standard",
 *   targets: { normal: { firstReply: { minutes: 60, time: "calendar" } } },
 * });
 * const ticket = parseCase({
 *   id: "case_1", customerId: "cus_1", channel: "email", status: "open",
 *   createdAt: "2026-03-09T09:00:00Z",
 * });
 * const reply = parseInteraction({
 *   id: "int_1", customerId: "cus_1", caseId: "case_1", channel: "email", direction: "outbound",
 *   author: { kind: "agent", id: "agt_1" }, occurredAt: "2026-03-09T09:40:00Z",
 * });
 * slaStatus(ticket, [reply], [policy], { asOf: new Date("2026-03-09T12:00:00Z") })
 *   .targets[0]?.state; // "achieved"
 * ```
 */
export function slaStatus(
  value: Case,
  interactions: readonly Interaction[],
  policies: readonly SlaPolicy[],
  options: { readonly asOf: Date },
): SlaStatus {
  const asOf = toMillis(options?.asOf, "options.asOf", "slaStatus");
  const segments = caseSegments(value, policies, asOf);
  const current = segments[segments.length - 1];
  const targets: SlaTargetStatus[] = [];
  if (current) {
    const created = value.createdAt.getTime();
    const mine = interactions.filter(
      (item) =>
        item.caseId === value.id &&
        item.visibility === "public" &&
        item.occurredAt.getTime() >= created &&
        item.occurredAt.getTime() <= asOf,
    );
    const times = (kind: string) =>
      mine
        .filter((item) => item.author.kind === kind)
        .map((item) => item.occurredAt.getTime())
        .sort((a, b) => a - b);
    const replies = times("agent");
    const messages = times("customer");
    const solves = segments
      .filter((s, i) => isDone(s.status) && !isDone(segments[i - 1]?.status ?? "new"))
      .map((s) => s.from);
    const firstAfter = (list: readonly number[], at: number) => list.find((t) => t > at) ?? null;
    const minOf = (a: number | null, b: number | null) =>
      a === null ? b : b === null ? a : Math.min(a, b);
    const doneSince = isDone(current.status) ? lastDoneStart(segments) : null;
    const always = () => true;
    const notPending = (s: CaseStatus) => s === "new" || s === "open" || s === "on_hold";
    // One clock from each public agent reply (made while the case was not done) to the next
    // reply or solve, running in the statuses given.
    const updateCycles = (runs: (status: CaseStatus) => boolean): ClockSpec[] =>
      replies
        .filter((at) => !isDone(statusAt(segments, at)))
        .map((at) => ({
          start: at,
          stop: minOf(firstAfter(replies, at), firstAfter(solves, at)),
          runs,
        }));

    const clocks: Record<SlaMetric, ClockSpec[]> = {
      firstReply: [
        {
          start: created,
          stop: minOf(replies[0] ?? null, firstAfter(solves, created - 1)),
          runs: always,
        },
      ],
      nextReply: nextReplyCycles(replies, messages, solves),
      periodicUpdate: updateCycles(always),
      pausableUpdate: updateCycles(notPending),
      requesterWait: [{ start: created, stop: doneSince, runs: notPending }],
      agentWork: [{ start: created, stop: doneSince, runs: (s) => s === "new" || s === "open" }],
      resolution: [{ start: created, stop: doneSince, runs: (s) => !isDone(s) }],
    };
    for (const metric of SLA_METRICS) {
      const outcomes = clocks[metric]
        .map((spec) => evaluateClock(metric, spec, segments, asOf))
        .filter((o): o is ClockOutcome => o !== null);
      const combined = combineCycles(outcomes);
      if (combined)
        targets.push({
          metric,
          ...combined,
          policy: combined.policy.name,
          cycles: outcomes.length,
        });
    }
  }
  return {
    caseId: value.id,
    asOf: new Date(asOf),
    policy: current?.policy?.name ?? null,
    priority: current?.priority ?? null,
    targets,
  };
}

/** Next-reply clocks: each run of unanswered public customer messages after the first reply. */
function nextReplyCycles(
  replies: readonly number[],
  messages: readonly number[],
  solves: readonly number[],
): ClockSpec[] {
  const first = replies[0];
  if (first === undefined) return [];
  // At one instant a reply or a solve comes before a customer message.
  const events = [
    ...replies.filter((t) => t > first).map((at) => ({ at, answers: true })),
    ...solves.filter((t) => t > first).map((at) => ({ at, answers: true })),
    ...messages.filter((t) => t > first).map((at) => ({ at, answers: false })),
  ].sort((a, b) => a.at - b.at || Number(b.answers) - Number(a.answers));
  const cycles: ClockSpec[] = [];
  let open: number | null = null;
  for (const event of events) {
    if (!event.answers && open === null) open = event.at;
    if (event.answers && open !== null) {
      cycles.push({ start: open, stop: event.at, runs: () => true });
      open = null;
    }
  }
  if (open !== null) cycles.push({ start: open, stop: null, runs: () => true });
  return cycles;
}

/** One status for cycles: breached if any cycle was, with the figures of the open cycle. */
function combineCycles(outcomes: readonly ClockOutcome[]): ClockOutcome | null {
  const last = outcomes[outcomes.length - 1];
  if (!last) return null;
  const breached = outcomes.find((o) => o.state === "breached");
  if (!breached) return last;
  if (last.fulfilledAt === null)
    return { ...last, state: "breached", pausedReason: null, breachedAt: breached.breachedAt };
  return breached;
}

function statusAt(
  segments: readonly { from: number; status: CaseStatus }[],
  at: number,
): CaseStatus {
  let status: CaseStatus = "new";
  for (const segment of segments) if (segment.from <= at) status = segment.status;
  return status;
}

function lastDoneStart(segments: readonly { from: number; status: CaseStatus }[]): number {
  let index = segments.length - 1;
  while (index > 0 && isDone(segments[index - 1]!.status)) index--;
  return segments[index]!.from;
}
