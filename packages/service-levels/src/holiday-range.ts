import { expectedMessage } from "@rapport/stats";

/**
 * The local dates a holiday import covers: `from` and `to`, `"YYYY-MM-DD"`, both included.
 *
 * @example
 * ```ts
 * import type { HolidayRange } from "@rapport/service-levels/holidays";
 * const year2026: HolidayRange = { from: "2026-01-01", to: "2026-12-31" };
 * ```
 */
export interface HolidayRange {
  /** The first local date, `"YYYY-MM-DD"`. */
  readonly from: string;
  /** The last local date, `"YYYY-MM-DD"` (included), not before `from`. */
  readonly to: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The longest range expanded: recurring events are unrolled one occurrence at a time. */
const MAX_YEARS = 100;

function checkLocalDate(where: string, value: unknown): string {
  if (typeof value !== "string") {
    throw new TypeError(expectedMessage(where, 'a local date "YYYY-MM-DD"', value));
  }
  const match = DATE.exec(value);
  const [y, m, d] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const check = new Date(Date.UTC(y, m - 1, d));
  if (!match || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
    throw new RangeError(expectedMessage(where, 'a valid local date "YYYY-MM-DD"', value));
  }
  return value;
}

/** Checks `options.from` and `options.to` of a holiday import; internal. */
export function checkHolidayRange(fn: string, options: Partial<HolidayRange> | undefined) {
  const from = checkLocalDate(`${fn}: options.from`, options?.from);
  const to = checkLocalDate(`${fn}: options.to`, options?.to);
  if (to < from) {
    throw new RangeError(expectedMessage(`${fn}: options.to`, `a date not before ${from}`, to));
  }
  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));
  if (toYear - fromYear >= MAX_YEARS) {
    throw new RangeError(
      expectedMessage(`${fn}: options.to`, `a date within ${MAX_YEARS} years of ${from}`, to),
    );
  }
  return { from, to, fromYear, toYear };
}

/** `"YYYY-MM-DD"` of a UTC-based date's fields. */
export function isoDate(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.toISOString().slice(0, 10);
}

/** The local date after `date` (`"YYYY-MM-DD"`). */
export function nextDate(date: string): string {
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000);
  return next.toISOString().slice(0, 10);
}
