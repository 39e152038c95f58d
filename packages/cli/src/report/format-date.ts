import type { CalendarPeriod } from "@rapport/core";

/**
 * Where and for whom dates are written: a BCP 47 locale and an IANA time zone.
 *
 * @example
 * ```ts
 * import type { DateStyle } from "./format-date"; // internal
 * const style: DateStyle = { locale: "en-GB", timeZone: "Europe/London" };
 * ```
 */
export interface DateStyle {
  readonly locale: string;
  readonly timeZone: string;
}

/**
 * An instant as a reader of the report's zone and locale writes it, on the zone's own clock
 * and naming it, so the hour repeated when summer time ends reads twice apart:
 * `25 Oct 2026, 01:30 BST`, then `25 Oct 2026, 01:30 GMT`.
 *
 * @example
 * ```ts
 * import { formatInstant } from "./format-date"; // internal
 * formatInstant("2026-10-24T23:30:00Z", { locale: "en-GB", timeZone: "Europe/London" }); // "25 Oct 2026, 00:30 BST"
 * ```
 */
export function formatInstant(instant: string | Date, style: DateStyle): string {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return String(instant);
  return new Intl.DateTimeFormat(style.locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
    timeZone: style.timeZone,
  }).format(date);
}

/**
 * The day of an instant in the report's zone and locale: `30 Oct 2026`.
 *
 * @example
 * ```ts
 * import { formatDay } from "./format-date"; // internal
 * formatDay("2026-10-24T23:30:00Z", { locale: "en-GB", timeZone: "Europe/London" }); // "25 Oct 2026"
 * ```
 */
export function formatDay(instant: string | Date, style: DateStyle): string {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return String(instant);
  return new Intl.DateTimeFormat(style.locale, {
    dateStyle: "medium",
    timeZone: style.timeZone,
  }).format(date);
}

/**
 * The report's moment with its zone: `30 Oct 2026, 21:27 GMT (Europe/London)`; the zone's
 * name is left out when it is UTC, which the time already says.
 *
 * @example
 * ```ts
 * import { formatMoment } from "./format-date"; // internal
 * formatMoment("2026-10-30T21:27:00Z", { locale: "en-GB", timeZone: "UTC" }); // "30 Oct 2026, 21:27 UTC"
 * ```
 */
export function formatMoment(instant: string | Date, style: DateStyle): string {
  const utc = style.timeZone === "UTC" || style.timeZone === "Etc/UTC";
  return `${formatInstant(instant, style)}${utc ? "" : ` (${style.timeZone})`}`;
}

const LABEL = /^(\d{4})(?:-(?:Q([1-4])|(\d{2})(?:-(\d{2}))?))?$/;

/**
 * A period label (`"2026-10"`, `"2026-Q4"`, `"2026-10-26"`, `"2026"`) as words in the
 * locale: `Oct 2026`, `Q4 2026`, `26 Oct 2026` (or `week of 26 Oct 2026` for a week),
 * `2026`. The label names a day of the report's calendar already, so it is written as that
 * day, whatever the zone. Anything else is returned as it is.
 *
 * @example
 * ```ts
 * import { formatPeriodLabel } from "./format-date"; // internal
 * formatPeriodLabel("2026-10", "month", "en-GB"); // "Oct 2026"
 * ```
 */
export function formatPeriodLabel(label: string, period: CalendarPeriod, locale: string): string {
  const match = LABEL.exec(label);
  if (!match) return label;
  const [, year, quarter, month, day] = match;
  if (quarter !== undefined) return `Q${quarter} ${year}`;
  if (month === undefined) return year!;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1), 12));
  if (day === undefined) {
    return new Intl.DateTimeFormat(locale, {
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    }).format(date);
  }
  const text = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(
    date,
  );
  return period === "week" ? `week of ${text}` : text;
}
