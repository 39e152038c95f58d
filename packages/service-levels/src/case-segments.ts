import type { Case, CasePriority, CaseStatus } from "@rapport/core";
import type { SlaPolicy } from "./sla-policy";

/** A stretch of a case's life with one status, one priority and the policy then in force. */
export interface CaseSegment {
  /** Start, UTC ms. */
  readonly from: number;
  /** End, UTC ms (Infinity for the last: the case is assumed to stay as it is). */
  readonly to: number;
  /** Status during the stretch. */
  readonly status: CaseStatus;
  /** Priority during the stretch. */
  readonly priority: CasePriority;
  /** The first policy matching the case as it stood, or null. */
  readonly policy: SlaPolicy | null;
}

/**
 * The case's life up to `asOf` as segments. Status changes come from `statusHistory` (those
 * after `asOf` are ignored); before the first change a case is `new`. The priority from
 * creation is `case.priority`, replaced by each change that carries one. A case with no
 * history is taken to have had its current status since creation, except that a solved or
 * closed case counts as open until `solvedAt` (or `closedAt`).
 */
export function caseSegments(
  value: Case,
  policies: readonly SlaPolicy[],
  asOf: number,
): CaseSegment[] {
  const created = value.createdAt.getTime();
  const points: { at: number; status: CaseStatus; priority: CasePriority }[] = [];
  if (value.statusHistory.length === 0) {
    const done = value.status === "solved" || value.status === "closed";
    const doneAt = (value.solvedAt ?? value.closedAt)?.getTime();
    points.push({
      at: created,
      status: done && doneAt !== undefined ? "open" : value.status,
      priority: value.priority,
    });
    if (done && doneAt !== undefined)
      points.push({ at: doneAt, status: value.status, priority: value.priority });
  } else {
    points.push({ at: created, status: "new", priority: value.priority });
    for (const change of value.statusHistory) {
      points.push({
        at: Math.max(created, change.at.getTime()),
        status: change.status,
        priority: change.priority ?? points[points.length - 1]!.priority,
      });
    }
  }
  const relevant = points.filter((point) => point.at <= asOf);
  const segments: CaseSegment[] = [];
  relevant.forEach((point, index) => {
    const next = relevant[index + 1];
    // Several changes at one instant: the last one stands.
    if (next && next.at === point.at) return;
    const asItStood: Case = { ...value, status: point.status, priority: point.priority };
    segments.push({
      from: point.at,
      to: next ? next.at : Number.POSITIVE_INFINITY,
      status: point.status,
      priority: point.priority,
      policy: policies.find((policy) => policy.matches(asItStood)) ?? null,
    });
  });
  return segments;
}
