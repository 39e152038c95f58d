const ISO_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

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
