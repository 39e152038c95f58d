// The `@rapport/core/intl` entry: the time-zone and locale checks alone, without the calendar
// periods (date-fns) or the entity schemas (zod), for code that only validates a zone name and
// does its own arithmetic in it (business time). Everything here is also in the main entry.
export { checkTimeZone, isLocale, isTimeZone } from "./intl-names";
