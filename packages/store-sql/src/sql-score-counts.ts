import {
  checkScoreCountsQuery,
  histogramsFromRows,
  periodBoundaries,
  type ScoreCountsQuery,
  type ScoreGroupBy,
  type ScoreHistogram,
} from "@rapport/store";
import { type Kysely, type RawBuilder, sql } from "kysely";
import { bucketExpression } from "./bucket-expression";
import type { SqlDialectName, SqlTables } from "./sql-tables";

const GROUP_COLUMNS: Readonly<Record<ScoreGroupBy, string>> = {
  agentId: "agent_id",
  teamId: "team_id",
  channel: "channel",
  surveyId: "survey_id",
};

interface CountRow {
  scale: string;
  score: string;
  grp?: string | null;
  bucket?: number | string | null;
  n: number | string;
}

/**
 * Score histograms computed by the database: one `GROUP BY` over `survey_responses`, so only
 * one row per (scale, score, group, period) ever leaves it. PostgreSQL buckets with
 * `date_trunc` on the local time `AT TIME ZONE`; SQLite with period starts computed in the
 * zone by `@date-fns/tz` (see `bucketExpression`). Both equal `scoreCountsOf`.
 *
 * @example
 * ```ts
 * import { createSqliteStore, sqlScoreCounts } from "@rapport/store-sql";
 * const store = await createSqliteStore({ filename: ":memory:" });
 * await store.scoreCounts({ metric: "nps", period: "month", timeZone: "Europe/Berlin" });
 * ```
 */
export async function sqlScoreCounts(
  db: Kysely<SqlTables>,
  dialect: SqlDialectName,
  query: ScoreCountsQuery,
): Promise<ScoreHistogram[]> {
  const q = checkScoreCountsQuery(query);
  const where: RawBuilder<unknown>[] = [sql`kind = ${q.metric}`];
  if (q.fromMs !== undefined) where.push(sql`at_ms >= ${q.fromMs}`);
  if (q.toMs !== undefined) where.push(sql`at_ms < ${q.toMs}`);
  const condition = sql.join(where, sql` and `);
  const select: RawBuilder<unknown>[] = [sql`scale`, sql`score`];
  if (q.groupBy !== undefined) select.push(sql`${sql.ref(GROUP_COLUMNS[q.groupBy])} as grp`);
  if (q.period !== undefined) {
    if (dialect === "postgres") {
      select.push(
        sql`cast(extract(epoch from (date_trunc(${q.period}, to_timestamp(at_ms / 1000.0) at time zone ${q.timeZone}) at time zone ${q.timeZone})) * 1000 as bigint) as bucket`,
      );
    } else {
      const span = await sql<{ lo: number | null; hi: number | null }>`
        select min(at_ms) as lo, max(at_ms) as hi from survey_responses where ${condition}`.execute(
        db,
      );
      const { lo, hi } = span.rows[0] ?? { lo: null, hi: null };
      if (lo === null || hi === null) return [];
      const starts = periodBoundaries(Number(lo), Number(hi), q.period, q.timeZone);
      select.push(sql`${bucketExpression("at_ms", starts)} as bucket`);
    }
  }
  const groupBy = select.map((_, index) => sql.raw(String(index + 1)));
  const result = await sql<CountRow>`
    select ${sql.join(select)}, count(*) as n from survey_responses
    where ${condition} group by ${sql.join(groupBy)}`.execute(db);
  return histogramsFromRows(
    result.rows.map((row) => ({
      scale: row.scale,
      score: row.score,
      group: row.grp ?? null,
      periodStartMs: row.bucket == null ? null : Number(row.bucket),
      count: Number(row.n),
    })),
  );
}
