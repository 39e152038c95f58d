import { periodStarts } from "@rapport/core";
import {
  checkScoreCountsQuery,
  checkTenant,
  histogramsFromRows,
  type ScoreCountsQuery,
  type ScoreGroupBy,
  type ScoreHistogram,
} from "@rapport/store";
import { type Kysely, type RawBuilder, sql } from "kysely";
import { bucketExpression } from "./bucket-expression";
import type { SqlTables } from "./sql-tables";

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
 * Score histograms of one tenant (`options.tenant`) computed by the database: one `GROUP BY`
 * over that tenant's rows of `survey_responses`, so only
 * one row per (scale, score, group, period) ever leaves it. Periods are core's calendar
 * periods (`periodStarts` in the query's time zone, weeks from `weekStartsOn`), turned into a
 * `CASE` expression (see `bucketExpression`) in both dialects, so the result equals
 * `scoreCountsOf`.
 *
 * @example
 * ```ts
 * import { sqlScoreCounts, type SqlTables } from "@rapport/store-sql";
 * import Database from "better-sqlite3";
 * import { Kysely, SqliteDialect } from "kysely";
 * const db = new Kysely<SqlTables>({ dialect: new SqliteDialect({ database: new Database(":memory:") }) });
 * // …after storeMigrations("sqlite") have run:
 * await sqlScoreCounts(
 *   db,
 *   { metric: "nps", period: "week", timeZone: "Europe/Berlin", weekStartsOn: 0 },
 *   { tenant: "acme" },
 * );
 * ```
 */
export async function sqlScoreCounts(
  db: Kysely<SqlTables>,
  query: ScoreCountsQuery,
  options: { readonly tenant: string },
): Promise<ScoreHistogram[]> {
  const q = checkScoreCountsQuery(query);
  const tenant = checkTenant("sqlScoreCounts: options.tenant", options?.tenant);
  const where: RawBuilder<unknown>[] = [sql`tenant = ${tenant}`, sql`kind = ${q.metric}`];
  if (q.fromMs !== undefined) where.push(sql`at_ms >= ${q.fromMs}`);
  if (q.toMs !== undefined) where.push(sql`at_ms < ${q.toMs}`);
  const condition = sql.join(where, sql` and `);
  const select: RawBuilder<unknown>[] = [sql`scale`, sql`score`];
  if (q.groupBy !== undefined) select.push(sql`${sql.ref(GROUP_COLUMNS[q.groupBy])} as grp`);
  if (q.period !== undefined) {
    // Both dialects bucket with the period starts of core's calendar, computed once for the
    // span of the matching rows, so SQL agrees with `periodStart` to the millisecond, on
    // daylight-saving days and for any `weekStartsOn`.
    const span = await sql<{ lo: number | string | null; hi: number | string | null }>`
      select min(at_ms) as lo, max(at_ms) as hi from survey_responses where ${condition}`.execute(
      db,
    );
    const { lo, hi } = span.rows[0] ?? { lo: null, hi: null };
    if (lo === null || hi === null) return [];
    const starts = periodStarts(new Date(Number(lo)), new Date(Number(hi)), q.period, {
      timeZone: q.timeZone,
      weekStartsOn: q.weekStartsOn,
    }).map((start) => start.getTime());
    select.push(sql`${bucketExpression("at_ms", starts)} as bucket`);
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
