/**
 * The requests of one data-subject right in the report: open and overdue at the report's
 * moment, completed in its period. Counts only.
 *
 * @example
 * ```ts
 * import type { RequestRightRow } from "@rapport/cli";
 * const line = (r: RequestRightRow) => `${r.right}: ${r.open} open, ${r.overdue} overdue`;
 * ```
 */
export interface RequestRightRow {
  /** The right, as core names it (`"access"`, `"opt_out_of_sale"`, …). */
  readonly right: string;
  /** Open at the report's moment. */
  readonly open: number;
  /** Open and past their deadline. */
  readonly overdue: number;
  /** Completed in the report's period. */
  readonly completed: number;
}

/**
 * Data-subject requests in the consent and privacy section: the open ones and how many are
 * past their legal deadline (`pendingRequests` of @rapport/consent), by right; the oldest open
 * request's age; those completed in the period with the median days to complete. Counts
 * only: no customer is named.
 *
 * @example
 * ```ts
 * import type { RequestsSection } from "@rapport/cli";
 * const late = (s: RequestsSection) => s.overdue > 0;
 * ```
 */
export interface RequestsSection {
  /** Requests received by the report's moment. */
  readonly received: number;
  /** Open at the report's moment. */
  readonly open: number;
  /** Open and past their deadline. */
  readonly overdue: number;
  /** Open with no deadline: no jurisdiction, or a right its regime does not time. */
  readonly withoutDeadline: number;
  /** Calendar days since the oldest open request was received; null when none is open. */
  readonly oldestOpenDays: number | null;
  /** The period of the completions (label), the one containing the report's moment. */
  readonly period: string;
  /** Completed in the period. */
  readonly completed: number;
  /** Of them, answered after their deadline. */
  readonly completedLate: number;
  /** The median calendar days from receipt to completion of those; null when none. */
  readonly medianDaysToComplete: number | null;
  /** By right, the rights with any request only, in core's order. */
  readonly byRight: readonly RequestRightRow[];
}
