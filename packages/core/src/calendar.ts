// The `@rapport/core/calendar` entry: calendar periods and the time-zone and locale checks,
// without the entity schemas, so that code which only cuts periods in a zone (metrics' trends,
// business time) does not load zod at start-up. Everything here is also in the main entry.
export type { CalendarOptions, CalendarPeriod, PeriodBounds, WeekDay } from "./calendar-period";
export {
  CALENDAR_PERIODS,
  periodBounds,
  periodLabel,
  periodStart,
  periodStarts,
} from "./calendar-period";
export type { CheckedTrendCalendar, TrendCalendarOptions } from "./check-trend-calendar";
export { checkTrendCalendar } from "./check-trend-calendar";
export { checkTimeZone, isLocale, isTimeZone } from "./intl-names";
