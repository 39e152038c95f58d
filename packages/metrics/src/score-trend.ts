import type { SurveyResponse } from "@rapport/core";
// The calendar entry: cutting periods in a zone needs the time-zone library but not zod.
import {
  type CalendarOptions,
  type CalendarPeriod,
  checkTrendCalendar,
  periodBounds,
  periodLabel,
  periodStart,
  type WeekDay,
} from "@rapport/core/calendar";
import { expectedMessage } from "@rapport/stats";
import {
  classify,
  createResponseAccumulator,
  type MetricName,
  type MetricScore,
  type ResponseAccumulator,
  type ResponseScoreOptions,
  resolveScale,
  type SkippedResponses,
} from "./metric-accumulator";

/**
 * Options of {@link scoreTrend}.
 *
 * @example
 * ```ts
 * import type { ScoreTrendOptions } from "@rapport/metrics";
 * const options: ScoreTrendOptions<"nps"> = {
 *   metric: "nps", period: "month", timeZone: "Europe/Berlin",
 * };
 * ```
 */
export interface ScoreTrendOptions<M extends MetricName = MetricName> extends ResponseScoreOptions {
  /** Which metric to score. */
  readonly metric: M;
  /** Bucket size: a calendar period of @rapport/core (`day`, `week`, `month`, `quarter`, `year`). */
  readonly period: CalendarPeriod;
  /** IANA time zone in which periods start and end, e.g. `"Europe/Berlin"`. */
  readonly timeZone: string;
  /** First day of the week for `"week"`: 0 = Sunday … 6 = Saturday. Default 1 (Monday, ISO 8601). */
  readonly weekStartsOn?: WeekDay;
  /** First instant to include (its whole period is shown). Default: the earliest response. */
  readonly from?: Date;
  /** Last instant to include (its whole period is shown). Default: the latest response. */
  readonly to?: Date;
}

/**
 * One period of a trend.
 *
 * @example
 * ```ts
 * import type { TrendBucket, NpsScore } from "@rapport/metrics";
 * const describe = (b: TrendBucket<NpsScore>) => `${b.label}: ${b.score.value ?? "no answers"}`;
 * ```
 */
export interface TrendBucket<Score> {
  /** The period in the time zone, by core's `periodLabel`: `2024-03-31` (day), `2024-03-25` (week: its first day), `2024-03` (month), `2024-Q1` (quarter), `2024` (year). */
  readonly label: string;
  /** First instant of the period. */
  readonly start: Date;
  /** First instant of the next period (exclusive end). */
  readonly end: Date;
  /** The score of the responses in the period; `n: 0` and `value: null` for an empty one. */
  readonly score: Score;
}

/**
 * A score per calendar period, and what was not scored.
 *
 * @example
 * ```ts
 * import { scoreTrend, type ScoreTrend, type CesScore } from "@rapport/metrics";
 * const trend: ScoreTrend<CesScore> = scoreTrend([], {
 *   metric: "ces", period: "day", timeZone: "UTC",
 * });
 * trend.buckets.length; // 0
 * ```
 */
export interface ScoreTrend<Score> {
  /** One bucket per period, in time order, with empty periods present. */
  readonly buckets: ReadonlyArray<TrendBucket<Score>>;
  /** Responses not scored, and why. */
  readonly skipped: SkippedResponses;
}

/** At most this many buckets: a guard against a day trend over centuries by mistake. */
const MAX_BUCKETS = 100_000;
const NOMINAL_DAYS: Record<CalendarPeriod, number> = {
  day: 1,
  week: 7,
  month: 30,
  quarter: 91,
  year: 365,
};

/**
 * A score per day, week, month, quarter or year, with periods cut in the given IANA time zone: a
 * response at 23:30 in Berlin on 31 March belongs to March, though it is already 1 April in
 * some zones and only 21:30 in UTC. Periods without responses are present with `n: 0`.
 * Responses of another metric or scale, or outside `from`..`to`, are counted in `skipped`.
 *
 * Periods follow the calendar of the zone, daylight saving included (a day may last 23 or 25
 * hours): they are core's calendar periods (`periodStart`, `periodBounds`, `periodLabel`).
 *
 * @example
 * ```ts
 * import { decodeSurveyResponse } from "@rapport/core";
 * import { scoreTrend } from "@rapport/metrics";
 * const responses = [
 *   ["2024-03-31T23:30:00+02:00", 10],
 *   ["2024-05-02T09:00:00+02:00", 3],
 * ].map(([respondedAt, score], i) =>
 *   decodeSurveyResponse({ kind: "nps", id: `r${i}`, customerId: "u1", respondedAt, score }),
 * );
 * const trend = scoreTrend(responses, { metric: "nps", period: "month", timeZone: "Europe/Berlin" });
 * trend.buckets.map((b) => [b.label, b.score.n]); // [["2024-03", 1], ["2024-04", 0], ["2024-05", 1]]
 * ```
 */
export function scoreTrend<M extends MetricName>(
  responses: Iterable<SurveyResponse>,
  options: ScoreTrendOptions<M>,
): ScoreTrend<MetricScore[M]> {
  const fn = "scoreTrend";
  const { metric, period, timeZone } = options;
  const scale = resolveScale(fn, metric, options.scale);
  const { weekStartsOn } = checkTrendCalendar(fn, options);
  const calendar: CalendarOptions = { timeZone, weekStartsOn };
  const startOf = (time: number): number => periodStart(new Date(time), period, calendar).getTime();
  const next = (start: number): number =>
    periodBounds(new Date(start), period, calendar).end.getTime();

  const from = options.from && startOf(options.from.getTime());
  const toEnd = options.to && next(startOf(options.to.getTime()));
  const buckets = new Map<number, ResponseAccumulator<M>>();
  let otherMetric = 0;
  let otherScale = 0;
  let outOfRange = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const response of responses) {
    const verdict = classify(response, metric, scale);
    if (verdict === "otherMetric") {
      otherMetric++;
      continue;
    }
    if (verdict === "otherScale") {
      otherScale++;
      continue;
    }
    const time = response.respondedAt.getTime();
    if ((from !== undefined && time < from) || (toEnd !== undefined && time >= toEnd)) {
      outOfRange++;
      continue;
    }
    const key = startOf(time);
    let accumulator = buckets.get(key);
    if (accumulator === undefined) {
      accumulator = createResponseAccumulator(metric, scale, options);
      buckets.set(key, accumulator);
    }
    accumulator.add(response);
    if (key < first) first = key;
    if (key > last) last = key;
  }
  const skipped = { otherMetric, otherScale, outOfRange };
  const rangeStart = from ?? first;
  const rangeEnd = toEnd ?? (Number.isFinite(last) ? next(last) : last);
  if (!(rangeStart < rangeEnd)) return { buckets: [], skipped };

  const result: TrendBucket<MetricScore[M]>[] = [];
  let start = rangeStart;
  // No period is longer than twice its nominal length, so a range that long in nominal
  // periods is refused before any bucket is built.
  const tooMany = (rangeEnd - rangeStart) / (2 * NOMINAL_DAYS[period] * 86_400_000) > MAX_BUCKETS;
  while (start < rangeEnd) {
    if (tooMany || result.length >= MAX_BUCKETS) {
      throw new RangeError(
        expectedMessage(
          `${fn}: options.period`,
          `a period giving at most ${MAX_BUCKETS} buckets between ${new Date(rangeStart).toISOString()} and ${new Date(rangeEnd).toISOString()} (choose a longer period or a shorter range)`,
          period,
        ),
      );
    }
    const end = next(start);
    const accumulator = buckets.get(start) ?? createResponseAccumulator(metric, scale, options);
    result.push({
      label: periodLabel(new Date(start), period, calendar),
      start: new Date(start),
      end: new Date(end),
      score: accumulator.result(),
    });
    start = end;
  }
  return { buckets: result, skipped };
}
