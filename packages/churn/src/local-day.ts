import { TZDate } from "@date-fns/tz";

const MS_PER_DAY = 86_400_000;

/**
 * The calendar day an instant falls on in an IANA time zone, as a whole number of days since
 * 1970-01-01 (so day differences are calendar-day differences, across daylight-saving changes).
 * Throws a `RangeError` naming the zone when it is unknown, and one naming the date when it is
 * invalid.
 *
 * @example
 * ```ts
 * import { localDayNumber } from "@rapport/churn";
 * localDayNumber(new Date("1997-01-01T12:00:00Z"), "UTC"); // 9862
 * ```
 */
export function localDayNumber(at: Date, timeZone: string): number {
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) {
    throw new RangeError(`localDayNumber: expected at to be a valid Date, received ${String(at)}`);
  }
  if (timeZone === "UTC") return Math.floor(at.getTime() / MS_PER_DAY);
  const local = new TZDate(at.getTime(), timeZone);
  const year = local.getFullYear();
  if (Number.isNaN(year)) {
    throw new RangeError(
      `localDayNumber: expected timeZone to be an IANA time-zone name, received ${JSON.stringify(timeZone)}`,
    );
  }
  return Date.UTC(year, local.getMonth(), local.getDate()) / MS_PER_DAY;
}
