import { TZDate } from "@date-fns/tz";
import { DATA_SUBJECT_RIGHTS, type DataSubjectRequest, type DataSubjectRight } from "@rapport/core";
import { checkDate, expectedMessage, percentile } from "@rapport/stats";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import {
  type RequestDeadline,
  type RequestDeadlineOptions,
  requestDeadline,
} from "./request-deadline";

/**
 * Options of {@link pendingRequests}: the moment, the start of the period whose completions
 * are counted, and the deadline options (zone, default jurisdiction, regimes).
 *
 * @example
 * ```ts
 * import type { PendingRequestsOptions } from "@rapport/consent";
 * const options: PendingRequestsOptions = {
 *   asOf: new Date("2024-06-30T00:00:00Z"),
 *   since: new Date("2024-04-01T00:00:00Z"),
 *   timeZone: "Europe/Berlin",
 * };
 * ```
 */
export interface PendingRequestsOptions extends RequestDeadlineOptions {
  /** The moment: requests received after it do not exist yet; ones completed after it are open. */
  readonly asOf: Date;
  /** The start of the period whose completions the summary counts; every one before `asOf` when left out. */
  readonly since?: Date;
}

/**
 * A request open at `asOf`, with its deadline, its age and the days left, all in calendar
 * days of the zone (`daysLeft` is 0 on the due date itself and negative once overdue;
 * `null` with no deadline).
 *
 * @example
 * ```ts
 * import type { PendingRequest } from "@rapport/consent";
 * const urgent = (p: PendingRequest) => p.daysLeft !== null && p.daysLeft <= 3;
 * ```
 */
export interface PendingRequest {
  /** The request. */
  readonly request: DataSubjectRequest;
  /** Its deadline. */
  readonly deadline: RequestDeadline;
  /** Calendar days from the day of receipt to the day of `asOf`. */
  readonly daysOpen: number;
  /** Calendar days from the day of `asOf` to the due date. */
  readonly daysLeft: number | null;
  /** Whether the deadline has passed unanswered. */
  readonly overdue: boolean;
}

/**
 * Counts of one right (or of all): open and overdue at `asOf`, completed in the period.
 *
 * @example
 * ```ts
 * import type { RequestCounts } from "@rapport/consent";
 * const counts: RequestCounts = { open: 2, overdue: 1, completed: 5 };
 * ```
 */
export interface RequestCounts {
  /** Open at `asOf`. */
  readonly open: number;
  /** Open and past their deadline. */
  readonly overdue: number;
  /** Completed between `since` and `asOf`. */
  readonly completed: number;
}

/**
 * What {@link pendingRequests} returns: the open requests, oldest first, and a summary.
 *
 * @example
 * ```ts
 * import type { PendingRequests } from "@rapport/consent";
 * const line = (p: PendingRequests) => `${p.summary.open} open, ${p.summary.overdue} overdue`;
 * ```
 */
export interface PendingRequests {
  /** The requests open at `asOf`, oldest receipt first. */
  readonly pending: readonly PendingRequest[];
  /** The counts and durations. */
  readonly summary: RequestCounts & {
    /** Requests completed in the period that were answered after their deadline. */
    readonly completedLate: number;
    /** Calendar days open of the oldest open request; `null` when none is open. */
    readonly oldestOpenDays: number | null;
    /** The median calendar days from receipt to completion, of those completed in the period. */
    readonly medianDaysToComplete: { readonly value: number | null; readonly n: number };
    /** The same counts, by right (every right listed, zeros included). */
    readonly byRight: Readonly<Record<DataSubjectRight, RequestCounts>>;
  };
}

/**
 * The data-subject requests open at `options.asOf`, each with its deadline
 * ({@link requestDeadline}), its age, the days left and whether it is overdue, and a summary:
 * open, overdue, completed since `options.since` (and how many of those late), the oldest
 * open request's age and the median days to complete (Hyndman–Fan type 7 median of the
 * calendar days from receipt to completion). A request received after `asOf` is left out; one
 * completed after it counts as open. Throws a `TypeError` when `requests` is not an array or
 * `asOf` not a `Date`, a `RangeError` for an invalid date or zone.
 *
 * @example
 * ```ts
 * import { decodeDataSubjectRequest } from "@rapport/core";
 * import { pendingRequests } from "@rapport/consent";
 * const requests = [decodeDataSubjectRequest({
 *   id: "dsr_1", customerId: "cus_1", right: "erasure",
 *   receivedAt: "2024-05-02T09:00:00Z", jurisdiction: "UK",
 * })];
 * const { pending, summary } = pendingRequests(requests, {
 *   asOf: new Date("2024-06-10T12:00:00Z"), timeZone: "Europe/London",
 * });
 * pending[0]?.deadline.dueDate; // "2024-06-02"
 * summary.overdue; // 1
 * ```
 */
export function pendingRequests(
  requests: readonly DataSubjectRequest[],
  options: PendingRequestsOptions,
): PendingRequests {
  if (!Array.isArray(requests)) {
    throw new TypeError(
      expectedMessage("pendingRequests: requests", "an array of data-subject requests", requests),
    );
  }
  const asOf = checkDate("pendingRequests: options.asOf", options?.asOf);
  const since =
    options.since === undefined
      ? undefined
      : checkDate("pendingRequests: options.since", options.since);
  const today = new TZDate(asOf.getTime(), options.timeZone);
  const byRight = Object.fromEntries(
    DATA_SUBJECT_RIGHTS.map((right) => [right, { open: 0, overdue: 0, completed: 0 }]),
  ) as Record<DataSubjectRight, { open: number; overdue: number; completed: number }>;
  const pending: PendingRequest[] = [];
  const durations: number[] = [];
  let completedLate = 0;
  const now = asOf.getTime();
  for (const request of requests as readonly DataSubjectRequest[]) {
    if (request.receivedAt.getTime() > now) continue;
    const deadline = requestDeadline(request, options);
    const received = new TZDate(request.receivedAt.getTime(), options.timeZone);
    const completed = request.completedAt;
    if (completed !== undefined && completed.getTime() <= now) {
      if (since !== undefined && completed.getTime() < since.getTime()) continue;
      byRight[request.right].completed++;
      durations.push(
        differenceInCalendarDays(new TZDate(completed.getTime(), options.timeZone), received),
      );
      if (deadline.expiresAt !== null && completed.getTime() >= deadline.expiresAt.getTime()) {
        completedLate++;
      }
      continue;
    }
    const overdue = deadline.expiresAt !== null && now >= deadline.expiresAt.getTime();
    const due =
      deadline.expiresAt === null
        ? null
        : differenceInCalendarDays(
            new TZDate(deadline.expiresAt.getTime() - 1, options.timeZone),
            today,
          );
    pending.push({
      request,
      deadline,
      daysOpen: differenceInCalendarDays(today, received),
      daysLeft: due,
      overdue,
    });
    byRight[request.right].open++;
    if (overdue) byRight[request.right].overdue++;
  }
  pending.sort(
    (a, b) =>
      a.request.receivedAt.getTime() - b.request.receivedAt.getTime() ||
      (a.request.id < b.request.id ? -1 : 1),
  );
  durations.sort((a, b) => a - b);
  return {
    pending,
    summary: {
      open: pending.length,
      overdue: pending.filter((p) => p.overdue).length,
      completed: durations.length,
      completedLate,
      oldestOpenDays: pending[0]?.daysOpen ?? null,
      medianDaysToComplete: { value: percentile(durations, 0.5), n: durations.length },
      byRight,
    },
  };
}
