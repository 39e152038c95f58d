import type { TZDate } from "@date-fns/tz";
import { isTimeZone, type SurveyResponse } from "@rapport/core";
import {
  addDays,
  addMonths,
  addQuarters,
  addWeeks,
  startOfDay,
  startOfMonth,
  startOfQuarter,
  startOfWeek,
} from "date-fns";
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
// The ".js" path stays as written in the ESM build (see tsup.config.ts).
import { tz } from "./time-zone-context.js";

/**
 * The calendar periods a trend can be bucketed by.
 *
 * @example
 * ```ts
 * import type { TrendPeriod } from "@rapport/metrics";
 * const period: TrendPeriod = "week";
 * ```
 */
export type TrendPeriod = "day" | "week" | "month" | "quarter";

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
  /** Bucket size. */
  readonly period: TrendPeriod;
  /** IANA time zone in which periods start and end, e.g. `"Europe/Berlin"`. */
  readonly timeZone: string;
  /** First day of the week for `"week"`: 0 = Sunday … 6 = Saturday. Default 1 (Monday, ISO 8601). */
  readonly weekStartsOn?: 0 | 1 | 2 | 3 | 4 | 5 | 6;
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
  /** The period in the time zone: `2024-03-31` (day), `2024-03-25` (week: its first day), `2024-03` (month), `2024-Q1` (quarter). */
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

/**
 * A score per day, week, month or quarter, with periods cut in the given IANA time zone: a
 * response at 23:30 in Berlin on 31 March belongs to March, though it is already 1 April in
 * some zones and only 21:30 in UTC. Periods without responses are present with `n: 0`.
 * Responses of another metric or scale, or outside `from`..`to`, are counted in `skipped`.
 *
 * Periods follow the calendar of the zone, daylight saving included (a day may last 23 or 25
 * hours), via `@date-fns/tz`.
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
  if (!isTimeZone(timeZone)) {
    throw new RangeError(
      `${fn}: expected timeZone to be an IANA time-zone name such as "Europe/Berlin", received ${JSON.stringify(timeZone)}`,
    );
  }
  // Own keys only: "toString" would otherwise find Object.prototype's member.
  const step = Object.hasOwn(STEPS, period) ? STEPS[period] : undefined;
  if (step === undefined) {
    throw new RangeError(
      `${fn}: expected period "day", "week", "month" or "quarter", received ${JSON.stringify(period)}`,
    );
  }
  const weekStartsOn = options.weekStartsOn ?? 1;
  if (!(Number.isInteger(weekStartsOn) && weekStartsOn >= 0 && weekStartsOn <= 6)) {
    throw new RangeError(`${fn}: expected weekStartsOn from 0 to 6, received ${weekStartsOn}`);
  }
  for (const field of ["from", "to"] as const) {
    const value = options[field];
    if (value !== undefined && !(value instanceof Date && !Number.isNaN(value.getTime()))) {
      throw new RangeError(
        `${fn}: expected options.${field} to be a valid Date, received ${String(value)}`,
      );
    }
  }
  const context = { in: tz(timeZone), weekStartsOn };
  const startOf = (date: Date | number): TZDate => step.start(date, context);
  const next = (start: TZDate): TZDate => startOf(step.add(start, 1, context));

  const from = options.from && startOf(options.from).getTime();
  const toEnd = options.to && next(startOf(options.to)).getTime();
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
    const key = startOf(time).getTime();
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
  const rangeEnd = toEnd ?? (Number.isFinite(last) ? next(startOf(last)).getTime() : last);
  if (!(rangeStart < rangeEnd)) return { buckets: [], skipped };

  const result: TrendBucket<MetricScore[M]>[] = [];
  let start = startOf(rangeStart);
  while (start.getTime() < rangeEnd) {
    if (result.length >= MAX_BUCKETS) {
      throw new RangeError(
        `${fn}: more than ${MAX_BUCKETS} ${period} buckets between ${new Date(rangeStart).toISOString()} and ${new Date(rangeEnd).toISOString()}; choose a longer period or a shorter range`,
      );
    }
    const end = next(start);
    const accumulator =
      buckets.get(start.getTime()) ?? createResponseAccumulator(metric, scale, options);
    result.push({
      label: label(start, period),
      start: new Date(start.getTime()),
      end: new Date(end.getTime()),
      score: accumulator.result(),
    });
    start = end;
  }
  return { buckets: result, skipped };
}

type Context = { in: ReturnType<typeof tz>; weekStartsOn: 0 | 1 | 2 | 3 | 4 | 5 | 6 };

const STEPS: Record<
  TrendPeriod,
  {
    start: (date: Date | number, context: Context) => TZDate;
    add: (date: TZDate, amount: number, context: Context) => TZDate;
  }
> = {
  day: { start: startOfDay, add: addDays },
  week: { start: startOfWeek, add: addWeeks },
  month: { start: startOfMonth, add: addMonths },
  quarter: { start: startOfQuarter, add: addQuarters },
};

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

// The label from the zone's calendar fields (a TZDate's getters read them in its zone).
function label(start: TZDate, period: TrendPeriod): string {
  const year = start.getFullYear();
  const month = start.getMonth() + 1;
  if (period === "quarter") return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
  if (period === "month") return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(start.getDate())}`;
}
