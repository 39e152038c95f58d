import { periodLabel } from "@rapport/core";
import type { MetricName, MetricScore, SkippedResponses, TrendBucket } from "@rapport/metrics";
import { emptyCounts, scoreFromCounts, slotOf } from "./score-from-counts";
import type { CheckedTrend, SqlScoreTrendOptions } from "./score-trend-options";

/**
 * One row of the counting query: how many responses have this answer, group and period
 * start (NULL outside the range), and whether they are of the metric and of its scale.
 *
 * @example
 * ```ts
 * import type { ScoreCountRow } from "@rapport/sql-metrics";
 * const row: ScoreCountRow = { same_metric: true, scored: true, score: "9", grp: null, bucket: 1711922400000, n: 12 };
 * ```
 */
export interface ScoreCountRow {
  readonly same_metric: boolean | number | string;
  readonly scored: boolean | number | string;
  readonly score: string | number | null;
  readonly grp: string | null;
  readonly bucket: number | string | bigint | null;
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

const truthy = (value: unknown): boolean =>
  value === true || value === 1 || value === "1" || value === "t" || value === "true";

/** Builds the trends from the counting query's rows, with core's labels and metrics' scores. */
export function trendsFromRows<M extends MetricName>(
  fn: string,
  rows: readonly ScoreCountRow[],
  starts: readonly number[],
  q: CheckedTrend,
  options: SqlScoreTrendOptions<M>,
): GroupedScoreTrends<MetricScore[M]> {
  const index = new Map(starts.map((start, i) => [start, i]));
  const groups = new Map<string | null, number[][]>();
  let otherMetric = 0;
  let otherScale = 0;
  let outOfRange = 0;
  for (const row of rows) {
    const n = Number(row.n);
    if (!truthy(row.same_metric)) {
      otherMetric += n;
      continue;
    }
    if (!truthy(row.scored)) {
      otherScale += n;
      continue;
    }
    const at = row.bucket === null ? undefined : index.get(Number(row.bucket));
    if (at === undefined || at === starts.length - 1) {
      outOfRange += n;
      continue;
    }
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
