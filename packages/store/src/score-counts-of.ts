import type { SurveyResponse } from "@rapport/core";
import { periodStart } from "./period-start";
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
  const rows = [];
  for (const response of responses) {
    if (response.kind !== q.metric) continue;
    const atMs = response.respondedAt.getTime();
    if (q.fromMs !== undefined && atMs < q.fromMs) continue;
    if (q.toMs !== undefined && atMs >= q.toMs) continue;
    const group = q.groupBy === undefined ? null : (response[q.groupBy] ?? null);
    rows.push({
      scale: response.scale,
      group,
      periodStartMs: q.period === undefined ? null : periodStart(atMs, q.period, q.timeZone),
      score: String(response.score),
      count: 1,
    });
  }
  return histogramsFromRows(rows);
}

/**
 * Score histograms from any store: pushed down to the store's own `scoreCounts` (a SQL
 * `GROUP BY` in the SQL adapters), so the responses themselves are never loaded.
 *
 * @example
 * ```ts
 * import { createMemoryStore, scoreCounts } from "@rapport/store";
 * const histograms = await scoreCounts(createMemoryStore(), { metric: "nps", period: "month" });
 * ```
 */
export function scoreCounts(
  store: { scoreCounts(query: ScoreCountsQuery): Promise<ScoreHistogram[]> },
  query: ScoreCountsQuery,
): Promise<ScoreHistogram[]> {
  return store.scoreCounts(query);
}
