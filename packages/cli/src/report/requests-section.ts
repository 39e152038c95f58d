import { pendingRequests } from "@rapport/consent";
import {
  type CalendarPeriod,
  DATA_SUBJECT_RIGHTS,
  type DataSubjectRequest,
  periodBounds,
  periodLabel,
} from "@rapport/core";
import type { RequestsSection } from "./requests-data";

/**
 * Computes the requests part of the consent and privacy section: `pendingRequests` of
 * @rapport/consent at `asOf` in `timeZone` (each request's deadline from its jurisdiction),
 * with completions counted from the start of the period containing `asOf`. Counts only.
 * Null without a request received by `asOf`.
 *
 * @example
 * ```ts
 * import { requestsSection } from "./requests-section"; // internal
 * requestsSection([], { asOf: new Date(), timeZone: "UTC", period: "month" }); // null
 * ```
 */
export function requestsSection(
  requests: readonly DataSubjectRequest[],
  options: { readonly asOf: Date; readonly timeZone: string; readonly period: CalendarPeriod },
): RequestsSection | null {
  const { asOf, timeZone, period } = options;
  const received = requests.filter((r) => r.receivedAt <= asOf);
  if (received.length === 0) return null;
  const since = periodBounds(asOf, period, { timeZone }).start;
  const { pending, summary } = pendingRequests(received, { asOf, since, timeZone });
  return {
    received: received.length,
    open: summary.open,
    overdue: summary.overdue,
    withoutDeadline: pending.filter((p) => p.deadline.dueDate === null).length,
    oldestOpenDays: summary.oldestOpenDays,
    period: periodLabel(asOf, period, { timeZone }),
    completed: summary.completed,
    completedLate: summary.completedLate,
    medianDaysToComplete: summary.medianDaysToComplete.value,
    byRight: DATA_SUBJECT_RIGHTS.map((right) => ({ right, ...summary.byRight[right] })).filter(
      (row) => row.open + row.completed > 0,
    ),
  };
}
