import type { CalendarPeriod } from "@rapport/core";

const HOUR = 3_600_000;
// The shortest each period can be in any zone (a DST change removes at most one hour), so
// that the bound never undercounts.
const SHORTEST: Record<CalendarPeriod, number> = {
  day: 23 * HOUR,
  week: 7 * 24 * HOUR - HOUR,
  month: 28 * 24 * HOUR - HOUR,
  quarter: 89 * 24 * HOUR - HOUR,
  year: 365 * 24 * HOUR - HOUR,
};

/**
 * The most calendar periods a range can touch, computed in constant time before any work:
 * the guard against a query for every day of two centuries. Internal.
 */
export function periodBucketBound(period: CalendarPeriod, from: Date, to: Date): number {
  const span = Math.max(0, to.getTime() - from.getTime());
  return Math.floor(span / SHORTEST[period]) + 2;
}
