import { periodLabel } from "@rapport/core";
import type { MetricName, MetricScore, SkippedResponses, TrendBucket } from "@rapport/metrics";
import { expectedMessage } from "@rapport/stats";
import { emptyCounts, scoreFromCounts, slotOf } from "./score-from-counts";
import type { CheckedTrend, SqlScoreTrendOptions } from "./score-trend-options";

/** The `bucket` of the rows of another metric. */
export const OTHER_METRIC = -1;
/** The `bucket` of the rows of the metric on another scale. */
export const OTHER_SCALE = -2;
/** The `bucket` of the rows outside the range (or without a time). */
export const OUT_OF_RANGE = -3;

/**
 * One row of the counting query: how many responses have this answer (and group) in this
 * `bucket`: the index of their period (0 for the first period of the range), `-3` outside
 * the range, `-1` for responses of another metric and `-2` for the metric on another scale
 * (`null` is read as outside the range). `grp` is present with `groupBy` only.
 *
 * @example
 * ```ts
 * import type { ScoreCountRow } from "@rapport/sql-metrics";
 * const row: ScoreCountRow = { bucket: 3, score: "9", n: 12 };
 * const otherMetric: ScoreCountRow = { bucket: -1, score: "good", n: 3 };
 * ```
 */
export interface ScoreCountRow {
  readonly bucket: number | string | bigint | null;
  readonly score: string | number | null;
  readonly grp?: string | null;
  readonly n: number | string | bigint;
}

/**
 * Trends per group (see {@link sqlScoreTrendsByGroup}).
 *
 * @example
 * ```ts
 * import type { GroupedScoreTrends, NpsScore } from "@rapport/sql-metrics";
 * const agents = (t: GroupedScoreTrends<NpsScore>) => t.groups.map((g) => g.group);
 * ```
 */
export interface GroupedScoreTrends<Score> {
  /** One trend per group value (NULL as `null`), in ascending order of the value. */
  readonly groups: ReadonlyArray<{
    readonly group: string | null;
    readonly buckets: ReadonlyArray<TrendBucket<Score>>;
  }>;
  /** Responses not scored, and why. */
  readonly skipped: SkippedResponses;
}

/** Builds the trends from the counting query's rows, with core's labels and metrics' scores. */
export function trendsFromRows<M extends MetricName>(
  fn: string,
  rows: readonly ScoreCountRow[],
  starts: readonly number[],
  q: CheckedTrend,
  options: SqlScoreTrendOptions<M>,
): GroupedScoreTrends<MetricScore[M]> {
  const periods = starts.length - 1;
  const groups = new Map<string | null, number[][]>();
  let otherMetric = 0;
  let otherScale = 0;
  let outOfRange = 0;
  for (const row of rows) {
    const n = Number(row.n);
    const bucket = row.bucket === null || row.bucket === undefined ? null : Number(row.bucket);
    if (bucket === OTHER_METRIC) {
      otherMetric += n;
      continue;
    }
    if (bucket === OTHER_SCALE) {
      otherScale += n;
      continue;
    }
    if (bucket === null || bucket === OUT_OF_RANGE) {
      outOfRange += n;
      continue;
    }
    if (!Number.isInteger(bucket) || bucket < 0 || bucket >= periods) {
      throw new RangeError(
        expectedMessage(
          `${fn}: row.bucket`,
          `a period index from 0 to ${periods - 1}, ${OTHER_METRIC}, ${OTHER_SCALE}, ${OUT_OF_RANGE} or null`,
          row.bucket,
        ),
      );
    }
    const at = bucket;
    const group = row.grp === null || row.grp === undefined ? null : String(row.grp);
    let histograms = groups.get(group);
    if (histograms === undefined) {
      histograms = starts.slice(0, -1).map(() => emptyCounts(q.scale));
      groups.set(group, histograms);
    }
    histograms[at]![slotOf(fn, q.scale, row.score)]! += n;
  }
  if (
    q.groupBy === undefined &&
    groups.size === 0 &&
    q.fromMs !== undefined &&
    q.toEndMs !== undefined
  ) {
    // A fixed range with no answer: every period present and empty, as in scoreTrend.
    groups.set(
      null,
      starts.slice(0, -1).map(() => emptyCounts(q.scale)),
    );
  }
  // Without from (to), the trend starts (ends) at the first (last) period with an answer.
  let first = 0;
  let last = starts.length - 2;
  if (groups.size === 0) {
    first = 1;
    last = 0;
  } else {
    const hasAnswer = (i: number) =>
      [...groups.values()].some((histograms) => histograms[i]!.some((count) => count > 0));
    if (q.fromMs === undefined) while (first <= last && !hasAnswer(first)) first++;
    if (q.toEndMs === undefined) while (last >= first && !hasAnswer(last)) last--;
  }
  const ordered = [...groups.keys()].sort((a, b) =>
    a === null ? -1 : b === null ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  const kept = starts.slice(first, last + 2);
  return {
    groups: ordered.map((group) => ({
      group,
      buckets: groups
        .get(group)!
        .slice(first, last + 1)
        .map((counts, i) => ({
          label: periodLabel(new Date(kept[i]!), q.period, q.calendar),
          start: new Date(kept[i]!),
          end: new Date(kept[i + 1]!),
          score: scoreFromCounts(q.metric as M, q.scale, counts, options),
        })),
    })),
    skipped: { otherMetric, otherScale, outOfRange },
  };
}
