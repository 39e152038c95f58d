import { periodLabel } from "@rapport/core/calendar";

const MS_PER_DAY = 86_400_000;

/**
 * The calendar day (or the Monday of the week) an instant falls on in an IANA time zone,
 * as whole days since 1970-01-01, from core's calendar periods; day differences are then
 * calendar-day differences across daylight-saving changes. Core's `periodLabel` checks the
 * instant and the zone (a `TypeError` or `RangeError` naming them). Internal.
 */
export function localDayNumber(at: Date, timeZone: string, period: "day" | "week" = "day"): number {
  return Date.parse(periodLabel(at, period, { timeZone, weekStartsOn: 1 })) / MS_PER_DAY;
}
