import { periodStarts, type SurveyResponse } from "@rapport/core";
import {
  checkScoreCountsQuery,
  histogramsFromRows,
  type ScoreCountsQuery,
  type ScoreHistogram,
} from "./score-counts-query";

/**
 * Score histograms of survey responses held in memory: the reference every adapter's
 * `scoreCounts` must equal.
 *
 * @example
 * ```ts
 * import { scoreCountsOf } from "@rapport/store";
 * import { parseSurveyResponse } from "@rapport/core";
 * const responses = [9, 10, 3].map((score, i) =>
 *   parseSurveyResponse({
 *     kind: "nps", score, id: `r${i}`, customerId: "c1", respondedAt: "2024-03-01T10:00:00Z",
 *   }),
 * );
 * scoreCountsOf(responses, { metric: "nps" })[0]?.counts; // { "9": 1, "10": 1, "3": 1 }
 * ```
 */
export function scoreCountsOf(
  responses: Iterable<SurveyResponse>,
  query: ScoreCountsQuery,
): ScoreHistogram[] {
  const q = checkScoreCountsQuery(query);
  const counted: SurveyResponse[] = [];
  for (const response of responses) {
    if (response.kind !== q.metric) continue;
    const atMs = response.respondedAt.getTime();
    if (q.fromMs !== undefined && atMs < q.fromMs) continue;
    if (q.toMs !== undefined && atMs >= q.toMs) continue;
    counted.push(response);
  }
  const bucketOf = q.period === undefined ? () => null : bucketing(counted, q.period, q);
  return histogramsFromRows(
    counted.map((response) => ({
      scale: response.scale,
      group: q.groupBy === undefined ? null : (response[q.groupBy] ?? null),
      periodStartMs: bucketOf(response.respondedAt.getTime()),
      score: String(response.score),
      count: 1,
    })),
  );
}

/**
 * The period start of each instant, from core's calendar: the starts covering the responses
 * are computed once (`periodStarts`), then each instant is found among them by bisection.
 */
function bucketing(
  responses: readonly SurveyResponse[],
  period: NonNullable<ScoreCountsQuery["period"]>,
  options: { timeZone: string; weekStartsOn: NonNullable<ScoreCountsQuery["weekStartsOn"]> },
): (atMs: number) => number {
  if (responses.length === 0) return () => 0;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const response of responses) {
    const atMs = response.respondedAt.getTime();
    if (atMs < lo) lo = atMs;
    if (atMs > hi) hi = atMs;
  }
  const starts = periodStarts(new Date(lo), new Date(hi), period, options).map((start) =>
    start.getTime(),
  );
  return (atMs) => {
    // The last start at or before atMs: starts[0] <= atMs < starts[starts.length - 1].
    let low = 0;
    let high = starts.length - 1;
    while (high - low > 1) {
      const mid = (low + high) >> 1;
      if ((starts[mid] as number) <= atMs) low = mid;
      else high = mid;
    }
    return starts[low] as number;
  };
}

/**
 * Score histograms from any store: pushed down to the store's own `scoreCounts` (a SQL
 * `GROUP BY` in the SQL adapters), so the responses themselves are never loaded.
 *
 * @example
 * ```ts
 * import { createMemoryStore, scoreCounts } from "@rapport/store";
 * const histograms = await scoreCounts(createMemoryStore().forTenant("acme"), { metric: "nps", period: "month" });
 * ```
 */
export function scoreCounts(
  store: { scoreCounts(query: ScoreCountsQuery): Promise<ScoreHistogram[]> },
  query: ScoreCountsQuery,
): Promise<ScoreHistogram[]> {
  return store.scoreCounts(query);
}
