import type { Case } from "./case";
import type { CaseStatus } from "./enumerations";

/**
 * A case's status at a moment, from what the case records: the last status change at or before
 * `at`; without a history, `closed` or `solved` once those times have passed, `open` before a
 * known solve time, and otherwise the current status. `null` before the case was created.
 *
 * @example
 * ```ts
 * import { caseStatusAt, parseCase } from "@rapport/core";
 *
 * const kase = parseCase({
 *   id: "case_1", customerId: "cus_1", channel: "email", status: "solved",
 *   createdAt: "2024-03-01T09:00:00Z", solvedAt: "2024-03-02T09:00:00Z",
 * });
 * caseStatusAt(kase, new Date("2024-03-01T12:00:00Z")); // "open"
 * caseStatusAt(kase, new Date("2024-03-03T00:00:00Z")); // "solved"
 * ```
 */
export function caseStatusAt(kase: Case, at: Date): CaseStatus | null {
  const time = at.getTime();
  if (time < kase.createdAt.getTime()) return null;
  if (kase.statusHistory.length > 0) {
    let status: CaseStatus = "new";
    for (const change of kase.statusHistory) {
      if (change.at.getTime() > time) break;
      status = change.status;
    }
    return status;
  }
  if (kase.closedAt && kase.closedAt.getTime() <= time) return "closed";
  if (kase.solvedAt && kase.solvedAt.getTime() <= time) return "solved";
  // Solved or closed later than `at`: it was still being worked on.
  if (kase.solvedAt || kase.closedAt) return "open";
  return kase.status;
}
