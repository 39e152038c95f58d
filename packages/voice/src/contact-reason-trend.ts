import { type CalendarPeriod, periodLabel, periodStart, type WeekDay } from "@rapport/core";
import { expectedMessage, type Proportion, proportion } from "@rapport/stats";

/**
 * A contact with its reason and the instant it came in.
 *
 * @example
 * ```ts
 * import type { ReasonContact } from "@rapport/voice";
 * const contact: ReasonContact = { at: new Date("2024-03-04T09:00:00Z"), reason: "refund" };
 * ```
 */
export interface ReasonContact {
  /** When the contact came in. */
  readonly at: Date;
  /** Its reason (e.g. from {@link classifyContactReason}). */
  readonly reason: string;
}

/**
 * Options of {@link contactReasonTrend}.
 *
 * @example
 * ```ts
 * import type { ContactReasonTrendOptions } from "@rapport/voice";
 * const options: ContactReasonTrendOptions = { period: "month", timeZone: "Europe/Paris" };
 * ```
 */
export interface ContactReasonTrendOptions {
  /** The calendar period of each point: `"day"`, `"week"`, `"month"`, `"quarter"`, `"year"`. */
  readonly period: CalendarPeriod;
  /** IANA time zone the periods are reckoned in. */
  readonly timeZone: string;
  /** First day of a week (default 1, Monday). */
  readonly weekStartsOn?: WeekDay;
  /** Interval level of the shares (default 0.95). */
  readonly level?: number;
}

/**
 * Contact reasons period by period.
 *
 * @example
 * ```ts
 * import type { ContactReasonTrend } from "@rapport/voice";
 * const first = (t: ContactReasonTrend) => t.reasons[0];
 * ```
 */
export interface ContactReasonTrend {
  /** Every reason seen, most contacts first (ties by name). */
  readonly reasons: readonly string[];
  /** One point per period with contacts, oldest first. */
  readonly periods: readonly {
    /** The period's first instant. */
    readonly start: Date;
    /** core's `periodLabel`: `2024-03` (month), `2024-Q1` (quarter) … */
    readonly label: string;
    /** Contacts in the period. */
    readonly n: number;
    /** Each reason's share of the period's contacts (every reason, 0 where none). */
    readonly shares: Readonly<Record<string, Proportion>>;
  }[];
}

/**
 * The share of each contact reason per calendar period, in a time zone: how the reasons
 * people call about move over time. Every share is a `Proportion` with its Wilson interval.
 * An invalid `at` is a `RangeError` naming the contact.
 *
 * @example
 * ```ts
 * import { contactReasonTrend } from "@rapport/voice";
 * const trend = contactReasonTrend(
 *   [
 *     { at: new Date("2024-03-04T09:00:00Z"), reason: "refund" },
 *     { at: new Date("2024-03-20T09:00:00Z"), reason: "login" },
 *     { at: new Date("2024-04-02T09:00:00Z"), reason: "refund" },
 *   ],
 *   { period: "month", timeZone: "UTC" },
 * );
 * trend.periods[0]?.shares.refund?.value; // 50
 * ```
 */
export function contactReasonTrend(
  contacts: Iterable<ReasonContact>,
  options: ContactReasonTrendOptions,
): ContactReasonTrend {
  const calendar = {
    timeZone: options.timeZone,
    ...(options.weekStartsOn === undefined ? {} : { weekStartsOn: options.weekStartsOn }),
  };
  const byPeriod = new Map<number, Map<string, number>>();
  const totals = new Map<string, number>();
  let i = 0;
  for (const contact of contacts) {
    if (!(contact?.at instanceof Date) || Number.isNaN(contact.at.getTime())) {
      throw new RangeError(
        expectedMessage(`contactReasonTrend: contacts[${i}].at`, "a valid Date", contact?.at),
      );
    }
    const start = periodStart(contact.at, options.period, calendar).getTime();
    let counts = byPeriod.get(start);
    if (counts === undefined) {
      counts = new Map();
      byPeriod.set(start, counts);
    }
    counts.set(contact.reason, (counts.get(contact.reason) ?? 0) + 1);
    totals.set(contact.reason, (totals.get(contact.reason) ?? 0) + 1);
    i++;
  }
  const reasons = [...totals.keys()].sort(
    (a, b) => totals.get(b)! - totals.get(a)! || (a < b ? -1 : a > b ? 1 : 0),
  );
  const level = options.level ?? 0.95;
  const periods = [...byPeriod.keys()]
    .sort((a, b) => a - b)
    .map((time) => {
      const counts = byPeriod.get(time)!;
      let n = 0;
      for (const c of counts.values()) n += c;
      const start = new Date(time);
      const shares: Record<string, Proportion> = {};
      for (const reason of reasons)
        shares[reason] = proportion(counts.get(reason) ?? 0, n, { level });
      return { start, label: periodLabel(start, options.period, calendar), n, shares };
    });
  return { reasons, periods };
}
