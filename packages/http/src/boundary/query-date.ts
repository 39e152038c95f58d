// An ISO 8601 date, or a date-time with seconds optional and an explicit offset: "1" or
// "2024-13-45" are not dates, however `new Date` reads them.
const ISO_DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d))?$/;

/** Parses a query parameter as an ISO 8601 date or date-time with offset; internal. */
export function parseQueryDate(value: string): Date | undefined {
  if (!ISO_DATE_TIME.test(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
