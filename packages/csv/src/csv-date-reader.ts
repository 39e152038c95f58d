import { TZDate } from "@date-fns/tz";
import { isTimeZone } from "@rapport/core";
import { expectedMessage } from "@rapport/stats";
import { parse } from "date-fns";

/**
 * How dates in a CSV file are written. Without options, a date must be ISO 8601 with an offset
 * (`2024-03-01T09:30:00+01:00`, `…Z`). With `timeZone` alone, ISO 8601 local times without an
 * offset (`2024-03-01 09:30`, `2024-03-01`) are read in that zone as well. With `dateFormat` (a
 * date-fns `parse` pattern such as `dd/MM/yyyy HH:mm`), dates are read with it, in `timeZone`;
 * `timeZone` may be left out only when the pattern holds an offset token (`X`, `x` or `O`).
 *
 * @example
 * ```ts
 * import type { CsvDateOptions } from "@rapport/csv";
 * const options: CsvDateOptions = { dateFormat: "dd/MM/yyyy HH:mm", timeZone: "Europe/Paris" };
 * ```
 */
export interface CsvDateOptions {
  /** A date-fns `parse` pattern, e.g. `"dd/MM/yyyy HH:mm"` or `"MM/dd/yyyy h:mm a"`. */
  readonly dateFormat?: string;
  /** The IANA time zone that naive local times are in, e.g. `"America/New_York"`. */
  readonly timeZone?: string;
}

/**
 * Reads one date cell: the instant, or `null` when the text does not match. Built by
 * {@link createDateReader}; {@link CsvDateReader.expected} says what it takes, for messages.
 *
 * @example
 * ```ts
 * import { createDateReader, type CsvDateReader } from "@rapport/csv";
 * const read: CsvDateReader = createDateReader();
 * read("2024-03-01T09:30:00+01:00")?.toISOString(); // "2024-03-01T08:30:00.000Z"
 * ```
 */
export interface CsvDateReader {
  /** Reads a date cell; `null` when it does not match. */
  (text: string): Date | null;
  /** What the reader takes, e.g. `a date in the format "dd/MM/yyyy"`. */
  readonly expected: string;
}

const ISO_OFFSET =
  /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?$/i;

const plain = (date: Date): Date | null =>
  Number.isNaN(date.getTime()) ? null : new Date(date.getTime());

// The common shape, which Date parses as it is: 2024-03-01T09:30:00(.000)(Z|+01:00).
const ISO_PLAIN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})$/;

const digit = (text: string, at: number) => text.charCodeAt(at) - 48;
const two = (text: string, at: number) => {
  const high = digit(text, at);
  const low = digit(text, at + 1);
  return high >= 0 && high <= 9 && low >= 0 && low <= 9 ? high * 10 + low : -1;
};

/**
 * The instant of `yyyy-MM-ddTHH:mm:ss` followed by `Z` or `±HH:mm`, read digit by digit (no
 * regular expression, no string parsing by `Date`); `undefined` for anything else, including
 * values out of their everyday range, which `Date` then judges as before.
 */
function readIsoPlainFast(text: string): Date | undefined {
  const length = text.length;
  if (length !== 20 && length !== 25) return undefined;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84) {
    return undefined;
  }
  if (text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return undefined;
  const century = two(text, 0);
  const yy = two(text, 2);
  const month = two(text, 5);
  const day = two(text, 8);
  const hour = two(text, 11);
  const minute = two(text, 14);
  const second = two(text, 17);
  if (century < 0 || yy < 0 || month < 1 || month > 12 || day < 1 || day > 28) return undefined;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
    return undefined;
  }
  let offset = 0;
  if (length === 20) {
    if (text.charCodeAt(19) !== 90) return undefined;
  } else {
    const sign = text.charCodeAt(19);
    const oh = two(text, 20);
    const om = two(text, 23);
    if ((sign !== 43 && sign !== 45) || text.charCodeAt(22) !== 58) return undefined;
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return undefined;
    offset = (sign === 43 ? 1 : -1) * (oh * 60 + om);
  }
  const year = century * 100 + yy;
  // Date.UTC reads the years 0 to 99 as 1900 to 1999.
  if (year < 100) return undefined;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - offset * 60_000);
}

function readIsoOffset(text: string): Date | null {
  const fast = readIsoPlainFast(text);
  if (fast !== undefined) return fast;
  let normalised = text;
  if (!ISO_PLAIN.test(text)) {
    if (!ISO_OFFSET.test(text)) return null;
    normalised = text
      .replace(" ", "T")
      .replace(/([+-]\d{2})(\d{2})$/, "$1:$2")
      .replace(/([+-]\d{2})$/, "$1:00");
  }
  const date = new Date(normalised);
  if (Number.isNaN(date.getTime())) return null;
  // Date.parse rolls 2024-02-30 over to March; a calendar check refuses it.
  const day = Number(text.slice(8, 10));
  if (day <= 28) return date;
  return day <= daysIn(Number(text.slice(0, 4)), Number(text.slice(5, 7))) ? date : null;
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function readIsoLocal(text: string, timeZone: string): Date | null {
  const match = ISO_LOCAL.exec(text);
  if (match === null) return null;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match
    .slice(1, 7)
    .map((part) => (part === undefined ? undefined : Number(part))) as number[];
  const ms = match[7] === undefined ? 0 : Number(match[7].slice(0, 3).padEnd(3, "0"));
  if (
    month! < 1 ||
    month! > 12 ||
    day! < 1 ||
    day! > daysIn(year!, month!) ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return null;
  }
  return plain(new TZDate(year!, month! - 1, day!, hour, minute, second, ms, timeZone));
}

/**
 * Builds the reader of date cells for {@link CsvDateOptions}. A local time that does not exist
 * (in the hour skipped when clocks go forward) moves forward by the gap (02:30 becomes 03:30);
 * one that happens twice (the hour repeated when clocks go back) is taken at its later,
 * standard-time instant: both as `TZDate` of `@date-fns/tz` resolves them. Throws naming the
 * option: a `RangeError` for an unknown time zone or a pattern date-fns refuses, a `TypeError`
 * for an option of the wrong type or a pattern without an offset and no `timeZone`.
 *
 * @example
 * ```ts
 * import { createDateReader } from "@rapport/csv";
 * const read = createDateReader({ dateFormat: "dd/MM/yyyy HH:mm", timeZone: "Europe/Berlin" });
 * read("01/07/2024 09:00")?.toISOString(); // "2024-07-01T07:00:00.000Z" (CEST is UTC+2)
 * read("2024-07-01"); // null
 * ```
 */
export function createDateReader(options: CsvDateOptions = {}): CsvDateReader {
  const { dateFormat, timeZone } = options;
  if (timeZone !== undefined && (typeof timeZone !== "string" || !isTimeZone(timeZone))) {
    throw new (typeof timeZone === "string" ? RangeError : TypeError)(
      expectedMessage(
        "options.timeZone",
        'an IANA time-zone name such as "Europe/Berlin"',
        timeZone,
      ),
    );
  }
  if (dateFormat === undefined) {
    const read = (text: string) => {
      const trimmed = text.trim();
      return (
        readIsoOffset(trimmed) ?? (timeZone === undefined ? null : readIsoLocal(trimmed, timeZone))
      );
    };
    const expected =
      timeZone === undefined
        ? "an ISO 8601 date-time with an offset (e.g. 2024-03-01T09:30:00+01:00; set dateFormat and timeZone for local times)"
        : `an ISO 8601 date or date-time (local times read in ${timeZone})`;
    return Object.assign(read, { expected });
  }
  if (typeof dateFormat !== "string" || dateFormat.trim() === "") {
    throw new (typeof dateFormat === "string" ? RangeError : TypeError)(
      expectedMessage(
        "options.dateFormat",
        'a date-fns pattern such as "dd/MM/yyyy HH:mm"',
        dateFormat,
      ),
    );
  }
  const unquoted = dateFormat.replace(/'[^']*'/g, "");
  // date-fns refuses these (and logs a warning): day of year and week-numbering year.
  const refused = (unquoted.match(/D+|Y+/g) ?? []).find((run) =>
    ["D", "DD", "YY", "YYYY"].includes(run),
  );
  if (refused !== undefined) {
    throw new RangeError(
      expectedMessage(
        "options.dateFormat",
        `a pattern date-fns can use (${refused} is a day of the year or a week-numbering year; use ${refused.startsWith("D") ? "d or dd for the day of the month" : "yyyy for the year"})`,
        dateFormat,
      ),
    );
  }
  const hasOffset = /[XxO]/.test(unquoted);
  if (timeZone === undefined && !hasOffset) {
    throw new TypeError(
      expectedMessage(
        "options.timeZone",
        `an IANA time-zone name to read "${dateFormat}" (a pattern without an offset token X, x or O gives local times)`,
        timeZone,
      ),
    );
  }
  const reference = new TZDate(0, timeZone ?? "UTC");
  const read = (text: string) => {
    try {
      return plain(parse(text.trim(), dateFormat, reference));
    } catch {
      // date-fns throws on some patterns (an unescaped letter) only when it reaches them.
      return null;
    }
  };
  return Object.assign(read, { expected: `a date in the format "${dateFormat}"` });
}
