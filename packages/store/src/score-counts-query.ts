import { CALENDAR_PERIODS, type CalendarPeriod, isTimeZone, type WeekDay } from "@rapport/core";
import { checkDate, expectedMessage, oneOf } from "@rapport/stats";

/**
 * The survey kind a histogram counts: `"nps"`, `"csat"` or `"ces"`.
 *
 * @example
 * ```ts
 * import type { ScoreMetric } from "@rapport/store";
 * const metric: ScoreMetric = "nps";
 * ```
 */
export type ScoreMetric = "nps" | "csat" | "ces";

/**
 * A field of a survey response that histograms can be grouped by.
 *
 * @example
 * ```ts
 * import type { ScoreGroupBy } from "@rapport/store";
 * const groupBy: ScoreGroupBy = "teamId";
 * ```
 */
export type ScoreGroupBy = "agentId" | "teamId" | "channel" | "surveyId";

/**
 * Which score histograms to compute: one survey kind, optionally grouped by a field and
 * bucketed by calendar period (core's `CalendarPeriod`, cut as core's `periodStart` cuts it)
 * in an IANA time zone, optionally within `[from, to)`.
 *
 * @example
 * ```ts
 * import type { ScoreCountsQuery } from "@rapport/store";
 * const query: ScoreCountsQuery = {
 *   metric: "nps",
 *   groupBy: "teamId",
 *   period: "month",
 *   timeZone: "Europe/Berlin",
 *   range: { from: new Date("2024-01-01T00:00:00+01:00"), to: new Date("2025-01-01T00:00:00+01:00") },
 * };
 * ```
 */
export interface ScoreCountsQuery {
  /** The survey kind. */
  metric: ScoreMetric;
  /** Group by this field (responses without it form the `null` group). */
  groupBy?: ScoreGroupBy;
  /** Bucket by this calendar period; omit for one bucket over the whole range. */
  period?: CalendarPeriod;
  /** The IANA time zone whose calendar the periods follow (default `"UTC"`). */
  timeZone?: string;
  /** The first day of a week, 0 (Sunday) to 6 (Saturday); default 1 (Monday). */
  weekStartsOn?: WeekDay;
  /** Only responses with `from <= respondedAt < to`. */
  range?: { from?: Date; to?: Date };
}

/**
 * How many responses gave each score, for one scale, group and period. Finish it with a
 * metric's `…FromCounts` function (e.g. NPS = % of 9-10 minus % of 0-6, Reichheld 2003).
 *
 * @example
 * ```ts
 * import type { ScoreHistogram } from "@rapport/store";
 * const histogram: ScoreHistogram = {
 *   scale: "zero_to_ten", group: null, periodStart: null, counts: { "10": 3, "6": 1 }, n: 4,
 * };
 * ```
 */
export interface ScoreHistogram {
  /** The response scale (`"zero_to_ten"`, `"binary"`, `"five_point"`, `"seven_point"`). */
  scale: string;
  /** The group's value, or `null` (no `groupBy`, or responses without the field). */
  group: string | null;
  /** The start of the period, or `null` without `period`. */
  periodStart: Date | null;
  /** Responses per score (scores as strings: `"0"`…`"10"`, `"good"`, `"bad"`). */
  counts: Record<string, number>;
  /** All responses counted. */
  n: number;
}

/**
 * A {@link ScoreCountsQuery} with its arguments checked: what an adapter runs.
 *
 * @example
 * ```ts
 * import { checkScoreCountsQuery } from "@rapport/store";
 * checkScoreCountsQuery({ metric: "nps" }).timeZone; // "UTC"
 * ```
 */
export interface CheckedScoreCountsQuery {
  /** The survey kind. */
  metric: ScoreMetric;
  /** The grouping field, if any. */
  groupBy: ScoreGroupBy | undefined;
  /** The period, if any. */
  period: CalendarPeriod | undefined;
  /** The time zone. */
  timeZone: string;
  /** The first day of a week. */
  weekStartsOn: WeekDay;
  /** Range start in epoch ms, if any. */
  fromMs: number | undefined;
  /** Range end in epoch ms (exclusive), if any. */
  toMs: number | undefined;
}

const METRICS = ["nps", "csat", "ces"] as const;
const GROUPS = ["agentId", "teamId", "channel", "surveyId"] as const;
const WHERE = "scoreCounts";

/**
 * Checks a {@link ScoreCountsQuery}: a `TypeError` for a value of the wrong type, a
 * `RangeError` for one outside its domain (an unknown metric, group, period or time zone, a
 * week start outside 0..6, an invalid date or an empty range), naming the field, the value and
 * what was expected.
 *
 * @example
 * ```ts
 * import { checkScoreCountsQuery } from "@rapport/store";
 * checkScoreCountsQuery({ metric: "nps", timeZone: "Mars/Olympus" });
 * // throws RangeError: scoreCounts: timeZone: expected an IANA time-zone name such as "Europe/Berlin", received "Mars/Olympus"
 * ```
 */
export function checkScoreCountsQuery(query: ScoreCountsQuery): CheckedScoreCountsQuery {
  if (typeof query !== "object" || query === null) {
    throw new TypeError(expectedMessage(`${WHERE}: query`, "an object { metric, … }", query));
  }
  member("metric", query.metric, METRICS);
  if (query.groupBy !== undefined) member("groupBy", query.groupBy, GROUPS);
  if (query.period !== undefined) member("period", query.period, CALENDAR_PERIODS);
  const timeZone = query.timeZone ?? "UTC";
  const zone = 'an IANA time-zone name such as "Europe/Berlin"';
  if (typeof timeZone !== "string") {
    throw new TypeError(expectedMessage(`${WHERE}: timeZone`, zone, timeZone));
  }
  if (!isTimeZone(timeZone)) {
    throw new RangeError(expectedMessage(`${WHERE}: timeZone`, zone, timeZone));
  }
  const weekStartsOn = query.weekStartsOn ?? 1;
  if (typeof weekStartsOn !== "number") {
    throw new TypeError(expectedMessage(`${WHERE}: weekStartsOn`, "a number", weekStartsOn));
  }
  if (!Number.isInteger(weekStartsOn) || weekStartsOn < 0 || weekStartsOn > 6) {
    throw new RangeError(
      expectedMessage(
        `${WHERE}: weekStartsOn`,
        "an integer from 0 (Sunday) to 6 (Saturday)",
        weekStartsOn,
      ),
    );
  }
  const fromMs = instant("range.from", query.range?.from);
  const toMs = instant("range.to", query.range?.to);
  if (fromMs !== undefined && toMs !== undefined && fromMs > toMs) {
    throw new RangeError(
      expectedMessage(
        `${WHERE}: range.from`,
        `an instant not after range.to (${new Date(toMs).toISOString()})`,
        query.range?.from,
      ),
    );
  }
  return {
    metric: query.metric,
    groupBy: query.groupBy,
    period: query.period,
    timeZone,
    weekStartsOn,
    fromMs,
    toMs,
  };
}

function member(field: string, value: unknown, options: readonly string[]): void {
  if (typeof value !== "string") {
    throw new TypeError(expectedMessage(`${WHERE}: ${field}`, oneOf(options), value));
  }
  if (!options.includes(value)) {
    throw new RangeError(expectedMessage(`${WHERE}: ${field}`, oneOf(options), value));
  }
}

function instant(field: string, value: unknown): number | undefined {
  return value === undefined ? undefined : checkDate(`${WHERE}: ${field}`, value).getTime();
}

/**
 * Orders histograms by period start, then group (`null` first), then scale, so every adapter
 * returns them in the same order.
 *
 * @example
 * ```ts
 * import { compareHistograms } from "@rapport/store";
 * const sorted = [].sort(compareHistograms);
 * ```
 */
export function compareHistograms(a: ScoreHistogram, b: ScoreHistogram): number {
  const at = (a.periodStart?.getTime() ?? 0) - (b.periodStart?.getTime() ?? 0);
  if (at !== 0) return at;
  if (a.group !== b.group) {
    if (a.group === null) return -1;
    if (b.group === null) return 1;
    return a.group < b.group ? -1 : 1;
  }
  return a.scale < b.scale ? -1 : a.scale > b.scale ? 1 : 0;
}

/**
 * Folds counted rows (`scale`, group, period start, score, count) into sorted histograms: what
 * a SQL adapter does with the rows of its `GROUP BY`.
 *
 * @example
 * ```ts
 * import { histogramsFromRows } from "@rapport/store";
 * histogramsFromRows([
 *   { scale: "zero_to_ten", group: null, periodStartMs: null, score: "9", count: 2 },
 *   { scale: "zero_to_ten", group: null, periodStartMs: null, score: "3", count: 1 },
 * ]); // [{ scale: "zero_to_ten", group: null, periodStart: null, counts: { "9": 2, "3": 1 }, n: 3 }]
 * ```
 */
export function histogramsFromRows(
  rows: Iterable<{
    scale: string;
    group: string | null;
    periodStartMs: number | null;
    score: string;
    count: number;
  }>,
): ScoreHistogram[] {
  const byKey = new Map<string, ScoreHistogram>();
  for (const row of rows) {
    const key = JSON.stringify([row.periodStartMs, row.group, row.scale]);
    let histogram = byKey.get(key);
    if (!histogram) {
      histogram = {
        scale: row.scale,
        group: row.group,
        periodStart: row.periodStartMs === null ? null : new Date(row.periodStartMs),
        counts: {},
        n: 0,
      };
      byKey.set(key, histogram);
    }
    histogram.counts[row.score] = (histogram.counts[row.score] ?? 0) + row.count;
    histogram.n += row.count;
  }
  return [...byKey.values()].sort(compareHistograms);
}
