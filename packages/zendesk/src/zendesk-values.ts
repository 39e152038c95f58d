// The value shapes every Zendesk record carries, read once for the zod schemas and for the
// precompiled checks alike, so that the two cannot disagree.

/** The number written with `count` digits at `start` of an ASCII string. */
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in the month of an ISO date `YYYY-MM-…` (Gregorian leap years). */
function daysInMonth(iso: string): number {
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 2);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/** A Zendesk id (a non-negative integer, or a non-empty string), as a string; else `undefined`. */
export function zendeskId(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return String(value);
  if (typeof value === "string" && value.length > 0) return value;
  return undefined;
}

// Date, time to at least minutes, an offset: what Zendesk writes (2012-09-06T20:15:09Z).
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** A Zendesk timestamp (ISO 8601 with an offset), as a `Date`; else `undefined`. */
export function zendeskTime(value: unknown): Date | undefined {
  if (typeof value !== "string" || !ISO.test(value)) return undefined;
  const date = new Date(value);
  // Out-of-range parts (month 13, hour 25) make an invalid Date; a day past the end of its
  // month (02-30) would roll over into the next, so it is checked on its own.
  return !Number.isNaN(date.getTime()) && digits(value, 8, 2) <= daysInMonth(value)
    ? date
    : undefined;
}

/** What `via` reads as when it is not an object (nor null). */
export const BAD_VIA: unique symbol = Symbol("bad via");

/** `via`, read down to its `channel` (no intermediate object: this runs once per record). */
export function zendeskViaChannel(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "object" && !Array.isArray(value)) {
    return Object.hasOwn(value, "channel")
      ? (value as Record<string, unknown>)["channel"]
      : undefined;
  }
  return BAD_VIA;
}
