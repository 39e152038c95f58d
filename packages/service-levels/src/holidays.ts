export type { HolidayRange } from "./holiday-range";
export { holidaysFromICalendar, type ICalendarHolidayOptions } from "./ical-holidays";
export {
  PUBLIC_HOLIDAY_TYPES,
  type PublicHolidayOptions,
  type PublicHolidayType,
  publicHolidays,
} from "./public-holidays";
