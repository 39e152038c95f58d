import { TZDate, tz } from "@date-fns/tz";
import {
  checkTimeZone,
  type DataSubjectRequest,
  RapportValidationError,
  type RecordId,
  validationIssue,
} from "@rapport/core";
import { expectedMessage } from "@rapport/stats";
import { addDays } from "date-fns/addDays";
import { addMonths } from "date-fns/addMonths";
import { startOfDay } from "date-fns/startOfDay";
import { REQUEST_REGIMES, type RequestPeriod, type RequestRegime } from "./request-regimes";

/**
 * Options of {@link requestDeadline}.
 *
 * @example
 * ```ts
 * import type { RequestDeadlineOptions } from "@rapport/consent";
 * const options: RequestDeadlineOptions = { timeZone: "Europe/Dublin", jurisdiction: "EU" };
 * ```
 */
export interface RequestDeadlineOptions {
  /** The controller's IANA time zone: the calendar days and months are counted in it. */
  readonly timeZone: string;
  /** The jurisdiction of requests that name none (the controller's). */
  readonly jurisdiction?: string;
  /** Regimes to add or to use instead of {@link REQUEST_REGIMES}, by jurisdiction. */
  readonly regimes?: Readonly<Record<string, RequestRegime>>;
}

/**
 * When a request must be answered by: the last calendar day (`dueDate`, in the zone) and the
 * first instant after it (`expiresAt`), the regime and provision that set it, whether a valid
 * extension moved it, and why an extension was not applied (`"late"`: notified after the
 * first period ran out; `"not_allowed"`: the regime has none). `dueDate` and `expiresAt` are
 * `null` when no regime gives the request a deadline (no jurisdiction, or a right the regime
 * does not time).
 *
 * @example
 * ```ts
 * import type { RequestDeadline } from "@rapport/consent";
 * const late = (d: RequestDeadline, asOf: Date) => d.expiresAt !== null && asOf >= d.expiresAt;
 * ```
 */
export interface RequestDeadline {
  /** The request's id. */
  readonly requestId: RecordId;
  /** The jurisdiction whose regime applied; `null` when none did. */
  readonly jurisdiction: string | null;
  /** The provision that sets the period. */
  readonly citation: string | null;
  /** The last day to answer, as a calendar date in the zone (`"2024-02-29"`). */
  readonly dueDate: string | null;
  /** The first instant after `dueDate` (the start of the next day in the zone). */
  readonly expiresAt: Date | null;
  /** Whether a notified extension moved the deadline. */
  readonly extended: boolean;
  /** Why an extension on the request was not applied; `null` when there is none or it was. */
  readonly extensionIssue: "late" | "not_allowed" | null;
}

/** Adds a period to the start of a local day; months clamp to the month's end (31 Jan → 29 Feb). */
function addPeriod(day: Date, period: RequestPeriod, zone: ReturnType<typeof tz>): Date {
  return "months" in period
    ? addMonths(day, period.months, { in: zone })
    : addDays(day, period.days, { in: zone });
}

function periodTotal(first: RequestPeriod, more: RequestPeriod | undefined): RequestPeriod {
  if (more === undefined) return first;
  if ("months" in first && "months" in more) return { months: first.months + more.months };
  if ("days" in first && "days" in more) return { days: first.days + more.days };
  throw new RangeError(
    expectedMessage("requestDeadline: regime.extension", "the same unit as its period", more),
  );
}

const isoDate = (day: TZDate): string =>
  `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, "0")}-${String(day.getDate()).padStart(2, "0")}`;

function checkPeriod(where: string, period: unknown): void {
  const p = period as Record<string, unknown> | null;
  const keys = typeof p === "object" && p !== null ? Object.keys(p) : [];
  const value = keys.length === 1 ? p?.[keys[0] as string] : undefined;
  if (
    keys.length !== 1 ||
    (keys[0] !== "months" && keys[0] !== "days") ||
    !Number.isInteger(value) ||
    (value as number) <= 0
  ) {
    throw new RangeError(
      expectedMessage(where, "{ months: n } or { days: n } with n a positive whole number", period),
    );
  }
}

/**
 * The deadline of a data-subject request. The period runs from the calendar day of receipt in
 * `options.timeZone` (the day itself not counted, as in EU Regulation 1182/71 Art. 3): one
 * month from 15 March is 15 April, and where the month has no such day the period ends on
 * its last (31 January → 28 or 29 February; date-fns `addMonths`, with `@date-fns/tz`). Days
 * are calendar days, so a change to or from summer time moves nothing. The regime is the
 * request's `jurisdiction` (or `options.jurisdiction`) in `options.regimes`, then
 * {@link REQUEST_REGIMES}. An extension notified (`extendedAt`) before the first period ran
 * out adds the regime's extension to the whole period from receipt (one month plus two from
 * 31 January ends on 30 April). Throws a `TypeError` or `RangeError` for a bad zone or regime.
 *
 * @example
 * ```ts
 * import { decodeDataSubjectRequest } from "@rapport/core";
 * import { requestDeadline } from "@rapport/consent";
 * const request = decodeDataSubjectRequest({
 *   id: "dsr_1", customerId: "cus_1", right: "access",
 *   receivedAt: "2024-01-31T09:00:00Z", jurisdiction: "EU",
 * });
 * requestDeadline(request, { timeZone: "Europe/Paris" }).dueDate; // "2024-02-29"
 * ```
 */
export function requestDeadline(
  request: DataSubjectRequest,
  options: RequestDeadlineOptions,
): RequestDeadline {
  if (typeof request !== "object" || request === null || !(request.receivedAt instanceof Date)) {
    throw new RapportValidationError("DataSubjectRequest", [
      validationIssue(["receivedAt"], "invalid_type", "a parsed request with a Date", request),
    ]);
  }
  const timeZone = checkTimeZone("requestDeadline: options.timeZone", options?.timeZone);
  const jurisdiction = request.jurisdiction ?? options.jurisdiction ?? null;
  const regime =
    jurisdiction === null
      ? undefined
      : (options.regimes?.[jurisdiction] ?? REQUEST_REGIMES[jurisdiction]);
  const none = {
    requestId: request.id,
    jurisdiction: null,
    citation: null,
    dueDate: null,
    expiresAt: null,
    extended: false,
    extensionIssue: null,
  } as const;
  if (regime === undefined || (regime.rights && !regime.rights.includes(request.right))) {
    return none;
  }
  const where = `requestDeadline: regimes["${jurisdiction}"]`;
  checkPeriod(`${where}.period`, regime.period);
  if (regime.extension !== undefined) checkPeriod(`${where}.extension`, regime.extension);
  const zone = tz(timeZone);
  const received = startOfDay(new TZDate(request.receivedAt.getTime(), timeZone), { in: zone });
  const firstEnd = addDays(addPeriod(received, regime.period, zone), 1, { in: zone });
  let total = regime.period;
  let extensionIssue: RequestDeadline["extensionIssue"] = null;
  if (request.extendedAt !== undefined) {
    if (regime.extension === undefined) extensionIssue = "not_allowed";
    else if (request.extendedAt.getTime() >= firstEnd.getTime()) extensionIssue = "late";
    else total = periodTotal(regime.period, regime.extension);
  }
  const last = new TZDate(addPeriod(received, total, zone).getTime(), timeZone);
  return {
    requestId: request.id,
    jurisdiction,
    citation: regime.citation,
    dueDate: isoDate(last),
    expiresAt: new Date(addDays(last, 1, { in: zone }).getTime()),
    extended: total !== regime.period,
    extensionIssue,
  };
}
