const ISO_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const two = (text: string, at: number) => {
  const high = text.charCodeAt(at) - 48;
  const low = text.charCodeAt(at + 1) - 48;
  return high >= 0 && high <= 9 && low >= 0 && low <= 9 ? high * 10 + low : -1;
};

/**
 * The instant of `yyyy-MM-ddTHH:mm:ssZ` or `yyyy-MM-ddTHH:mm:ss.sssZ` (what `toISOString`
 * writes, and what Segment's libraries send), read digit by digit; `undefined` for anything
 * else, including values out of their everyday range, which the regular expression and `Date`
 * then judge as before.
 */
function readUtcFast(text: string): Date | undefined {
  const length = text.length;
  if (length !== 20 && length !== 24) return undefined;
  if (text.charCodeAt(length - 1) !== 90 || text.charCodeAt(10) !== 84) return undefined;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  if (text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return undefined;
  let ms = 0;
  if (length === 24) {
    const hundreds = text.charCodeAt(20) - 48;
    const rest = two(text, 21);
    if (text.charCodeAt(19) !== 46 || hundreds < 0 || hundreds > 9 || rest < 0) return undefined;
    ms = hundreds * 100 + rest;
  }
  const century = two(text, 0);
  const years = two(text, 2);
  if (century < 0 || years < 0) return undefined;
  const year = century * 100 + years;
  const month = two(text, 5);
  const day = two(text, 8);
  const hour = two(text, 11);
  const minute = two(text, 14);
  const second = two(text, 17);
  // Date.UTC reads the years 0 to 99 as 1900 to 1999; days past the 28th are Date's to judge.
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > 28) return undefined;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
    return undefined;
  }
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
}

function valid(date: Date): Date | null {
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Reads a message time: an ISO 8601 date-time with an offset (`Z` or `±hh:mm`), as the Spec
 * sends `timestamp`, `sentAt` and `receivedAt`. Returns `null` for anything else, including a
 * date-time without an offset (its instant would depend on the machine).
 *
 * @example
 * ```ts
 * import { parseSegmentInstant } from "@rapport/segment";
 * parseSegmentInstant("2024-03-01T12:00:00.000Z"); // Date
 * parseSegmentInstant("2024-03-01 12:00"); // null
 * ```
 */
export function parseSegmentInstant(value: unknown): Date | null {
  if (typeof value === "string") {
    const fast = readUtcFast(value);
    if (fast !== undefined) return fast;
  }
  if (typeof value !== "string" || !ISO_WITH_OFFSET.test(value.trim())) return null;
  const text = value.trim().replace(" ", "T");
  // `+0100` and `+01` are ISO 8601 too, but not every runtime's Date.parse takes them.
  const normalised = text.replace(/([+-]\d{2})(\d{2})$/, "$1:$2").replace(/([+-]\d{2})$/, "$1:00");
  return valid(new Date(normalised));
}

/**
 * Reads a `createdAt` trait: an ISO 8601 date-time with an offset, a calendar date
 * (`YYYY-MM-DD`, taken as midnight UTC), or a Unix time as a number (seconds; milliseconds
 * when at least 10¹¹, i.e. after 1973 in milliseconds). Returns `null` for anything else.
 *
 * @example
 * ```ts
 * import { parseSegmentCreatedAt } from "@rapport/segment";
 * parseSegmentCreatedAt("2023-06-01")?.toISOString(); // "2023-06-01T00:00:00.000Z"
 * parseSegmentCreatedAt(1_700_000_000)?.toISOString(); // "2023-11-14T22:13:20.000Z"
 * ```
 */
export function parseSegmentCreatedAt(value: unknown): Date | null {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0) return null;
    return valid(new Date(value >= 1e11 ? value : value * 1000));
  }
  if (typeof value === "string" && DATE_ONLY.test(value.trim())) {
    return valid(new Date(`${value.trim()}T00:00:00Z`));
  }
  return parseSegmentInstant(value);
}
