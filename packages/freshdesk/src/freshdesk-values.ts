// The two value shapes every Freshdesk record carries, read once for the zod schemas and for
// the precompiled checks alike, so that the two cannot disagree.

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const DIGITS = /^\d+$/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A Freshdesk id (a non-negative integer, or its digits), as a string; `undefined` if not one. */
export function freshdeskId(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return String(value);
  if (typeof value === "string" && DIGITS.test(value)) return value;
  return undefined;
}

/** The last day of a month, as `Date.UTC` counts years (0 to 99 are 1900 to 1999). */
function monthEnd(year: number, month: number): number {
  const y = year >= 0 && year <= 99 ? 1900 + year : year;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 31);
}

/** The digit at `index` of `text`, or -1. */
function digit(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/** A 2-digit number at `index`, or -1. */
function two(text: string, index: number): number {
  const tens = digit(text, index);
  const ones = digit(text, index + 1);
  return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
}

/**
 * The one form Freshdesk writes, `2015-08-24T11:59:05Z`, read by arithmetic rather than by
 * the engine's date parser (the same instant, for years 100 and later); `undefined` for
 * anything else, which the general reading below handles.
 */
function utcSeconds(text: string): Date | undefined {
  if (
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 84 ||
    text.charCodeAt(13) !== 58 ||
    text.charCodeAt(16) !== 58 ||
    text.charCodeAt(19) !== 90
  ) {
    return undefined;
  }
  const high = two(text, 0);
  const low = two(text, 2);
  const month = two(text, 5);
  const day = two(text, 8);
  const hour = two(text, 11);
  const minute = two(text, 14);
  const second = two(text, 17);
  if (high < 1 || low < 0 || month < 1 || month > 12 || day < 1 || hour > 23) return undefined;
  if (hour < 0 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  const year = high * 100 + low;
  if (day > monthEnd(year, month)) return undefined;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second));
}

/**
 * A Freshdesk timestamp (ISO 8601 with an offset, on a day the month has), as a `Date`;
 * `undefined` if not one. One `Date` per timestamp: the day is checked by arithmetic.
 */
export function freshdeskTime(value: unknown): Date | undefined {
  if (typeof value !== "string") return undefined;
  if (value.length === 20) {
    const utc = utcSeconds(value);
    if (utc !== undefined) return utc;
  }
  if (!ISO.test(value)) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;
  const day = Number(value.slice(8, 10));
  return day <= monthEnd(Number(value.slice(0, 4)), Number(value.slice(5, 7))) ? date : undefined;
}
