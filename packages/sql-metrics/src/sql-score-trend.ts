import { periodStarts } from "@rapport/core";
import type { MetricName, MetricScore, ScoreTrend } from "@rapport/metrics";
import { expectedMessage } from "@rapport/stats";
import { type CompiledQuery, type RawBuilder, sql } from "kysely";
import {
  type CheckedTrend,
  checkTrendOptions,
  type SqlScoreTrendOptions,
} from "./score-trend-options";
import { checkSource, type SqlSource, scopedTable } from "./sql-dialect";
import { epochMs, periodIndex } from "./sql-time";
import { type EqualsValue, equalsParameter, textComparisons } from "./text-comparison";
import {
  type GroupedScoreTrends,
  OTHER_METRIC,
  OTHER_SCALE,
  OUT_OF_RANGE,
  type ScoreCountRow,
  trendsFromRows,
} from "./trends-from-rows";
import { resolveLayout, type SurveyResponsesLayout } from "./warehouse-layout";

/** The range of a query whose periods are written into the SQL: both ends are required. */
function fixedRange(
  fn: string,
  q: CheckedTrend,
  options: SqlScoreTrendOptions,
  expected: string,
): { fromMs: number; toEndMs: number } {
  if (q.fromMs === undefined || q.toEndMs === undefined) {
    throw new TypeError(
      expectedMessage(`${fn}: options.from and options.to`, expected, options.from ?? options.to),
    );
  }
  return { fromMs: q.fromMs, toEndMs: q.toEndMs };
}

const GROUP_FIELDS = {
  agentId: "agentId",
  teamId: "teamId",
  channel: "channel",
  surveyId: "surveyId",
} as const;
const MAX_BUCKETS = 100_000;

function startsOf(fn: string, q: CheckedTrend, lo: number, hi: number): number[] {
  if ((hi - lo) / 86_400_000 > 2 * MAX_BUCKETS * (q.period === "day" ? 1 : 7)) {
    throw new RangeError(
      expectedMessage(
        `${fn}: options.period`,
        `a period giving at most ${MAX_BUCKETS} buckets`,
        q.period,
      ),
    );
  }
  const starts = periodStarts(new Date(lo), new Date(hi), q.period, q.calendar).map((d) =>
    d.getTime(),
  );
  if (starts.length - 1 > MAX_BUCKETS) {
    throw new RangeError(
      expectedMessage(
        `${fn}: options.period`,
        `a period giving at most ${MAX_BUCKETS} buckets`,
        q.period,
      ),
    );
  }
  return starts;
}

/** How the kind and scale columns are compared with the metric and scale asked for. */
interface KindScaleEquals {
  readonly kind: EqualsValue;
  readonly scale: EqualsValue;
}

function parameterEquals(layout: SurveyResponsesLayout): KindScaleEquals {
  return { kind: equalsParameter(layout.kind), scale: equalsParameter(layout.scale) };
}

function countQuery(
  layout: SurveyResponsesLayout,
  q: CheckedTrend,
  source: SqlSource,
  starts: readonly number[],
  equals: KindScaleEquals,
): RawBuilder<ScoreCountRow> {
  const ms = epochMs(layout.respondedAt, layout.timeUnit, source.dialect);
  // One expression classifies each row: another metric (-1), another scale (-2), outside the
  // range (-3), or the index of its period. Grouping by it and the answer alone keeps the
  // table to two keys; the kind and scale strings are compared once a row, never hashed. Its
  // branches are small constants, never NULL, so DuckDB knows its range and, for an integer
  // answer column, counts in an array indexed by both keys (a perfect hash aggregate).
  // On DuckDB, ENUM columns are compared with constants of their own type (integer codes).
  const bucket = sql`case when ${equals.kind(q.metric)} then case when ${equals.scale(q.scale)} then ${periodIndex(ms, starts, OUT_OF_RANGE)} else ${sql.raw(String(OTHER_SCALE))} end else ${sql.raw(String(OTHER_METRIC))} end`;
  const select: RawBuilder<unknown>[] = [
    sql`${bucket} as bucket`,
    sql`${sql.ref(layout.score)} as score`,
  ];
  if (q.groupBy !== undefined) select.push(sql`${sql.ref(layout[GROUP_FIELDS[q.groupBy]])} as grp`);
  // Grouping by position writes the CASE once; BigQuery and Snowflake group by ordinal as
  // DuckDB and PostgreSQL do.
  return sql<ScoreCountRow>`select ${sql.join(select)}, count(*) as n from ${scopedTable(source, layout.table)} group by ${sql.raw(q.groupBy === undefined ? "1, 2" : "1, 2, 3")}`;
}

async function run<M extends MetricName>(
  fn: string,
  source: SqlSource,
  options: SqlScoreTrendOptions<M>,
): Promise<GroupedScoreTrends<MetricScore[M]>> {
  checkSource(fn, source);
  const q = checkTrendOptions(fn, options);
  const layout = resolveLayout(options.layout).surveyResponses;
  const equals = await textComparisons(source, scopedTable(source, layout.table), {
    kind: layout.kind,
    scale: layout.scale,
  });
  let lo = q.fromMs;
  let hi = q.toEndMs === undefined ? undefined : q.toEndMs - 1;
  if (lo === undefined || hi === undefined) {
    // The range of every row: the first and the last time in time order, which engines
    // answer without reading every row (DuckDB skips the row groups whose min/max cannot
    // hold a better one, PostgreSQL reads an index on the column if there is one). Sorting
    // by the column itself, not its epoch milliseconds, keeps that possible for timestamp
    // columns; the order is the same.
    // Periods before the first answer and after the last are trimmed from the result, so it
    // is scoreTrend's range. Other metrics spanning far more periods than the limit fall back
    // to the range of this metric's answers.
    const ms = epochMs(layout.respondedAt, layout.timeUnit, source.dialect);
    const at = sql.ref(layout.respondedAt);
    const span = async (scoredOnly: boolean) => {
      const where: RawBuilder<unknown>[] = [sql`${at} is not null`];
      if (scoredOnly) {
        where.push(equals.kind(q.metric), equals.scale(q.scale));
      }
      if (q.fromMs !== undefined) where.push(sql`${ms} >= ${q.fromMs}`);
      if (q.toEndMs !== undefined) where.push(sql`${ms} < ${q.toEndMs}`);
      const table = scopedTable(source, layout.table);
      const end = (order: RawBuilder<unknown>) =>
        sql`(select ${ms} from ${table} where ${sql.join(where, sql` and `)} order by ${at} ${order} limit 1)`;
      const result = await sql<{
        lo: unknown;
        hi: unknown;
      }>`select ${end(sql`asc`)} as lo, ${end(sql`desc`)} as hi`.execute(source.db);
      return result.rows[0];
    };
    let row = await span(false);
    if (row?.lo == null || row.hi == null) {
      return { groups: [], skipped: { otherMetric: 0, otherScale: 0, outOfRange: 0 } };
    }
    try {
      startsOf(fn, q, lo ?? Number(row.lo), hi ?? Number(row.hi));
    } catch {
      row = await span(true);
    }
    lo ??= row?.lo == null ? undefined : Number(row.lo);
    hi ??= row?.hi == null ? undefined : Number(row.hi);
  }
  if (lo === undefined || hi === undefined) {
    return { groups: [], skipped: { otherMetric: 0, otherScale: 0, outOfRange: 0 } };
  }
  const starts = startsOf(fn, q, lo, hi);
  const result = await countQuery(layout, q, source, starts, equals).execute(source.db);
  return trendsFromRows(fn, result.rows, starts, q, options);
}

/**
 * A score per calendar period in an IANA zone, counted by the engine and scored by
 * `@rapport/metrics`: the same buckets, labels, counts, values and intervals as `scoreTrend`
 * on the same responses, on DuckDB, PostgreSQL, BigQuery and Snowflake. Periods are core's
 * calendar periods, computed in JavaScript and sent as a `CASE` over epoch milliseconds, so
 * daylight-saving changes (New York, Berlin, Santiago, Lord Howe's 30 minutes) fall exactly
 * where `scoreTrend` puts them. Without `from` and `to`, one small query first reads the
 * first and last time of the data. Only counts leave the engine: one row per (period,
 * answer), the rows of other metrics, other scales and outside the range in rows of their own.
 *
 * @example
 * ```ts
 * import { createDuckDbStore } from "@rapport/store-duckdb";
 * import { sqlScoreTrend } from "@rapport/sql-metrics";
 * const store = await createDuckDbStore({ path: "care.duckdb" });
 * const trend = await sqlScoreTrend(
 *   { db: store.kysely, dialect: "duckdb" },
 *   { metric: "nps", period: "month", timeZone: "Europe/Berlin" },
 * );
 * trend.buckets.map((b) => [b.label, b.score.value]);
 * ```
 */
export async function sqlScoreTrend<M extends MetricName>(
  source: SqlSource,
  options: Omit<SqlScoreTrendOptions<M>, "groupBy">,
): Promise<ScoreTrend<MetricScore[M]>> {
  const { groupBy: _ignored, ...ungrouped } = options as SqlScoreTrendOptions<M>;
  const trends = await run("sqlScoreTrend", source, ungrouped as SqlScoreTrendOptions<M>);
  return { buckets: trends.groups[0]?.buckets ?? [], skipped: trends.skipped };
}

/**
 * {@link sqlScoreTrend} for each agent, team, channel or survey (`options.groupBy`), in one
 * query: every group gets the same periods (the range of all scored responses, or
 * `from`..`to`), so each equals `scoreTrend` of that group's responses with that range.
 *
 * @example
 * ```ts
 * import { createDuckDbStore } from "@rapport/store-duckdb";
 * import { sqlScoreTrendsByGroup } from "@rapport/sql-metrics";
 * const store = await createDuckDbStore({ path: "care.duckdb" });
 * const byAgent = await sqlScoreTrendsByGroup(
 *   { db: store.kysely, dialect: "duckdb" },
 *   { metric: "csat", scale: "binary", period: "week", timeZone: "America/New_York", groupBy: "agentId" },
 * );
 * ```
 */
export async function sqlScoreTrendsByGroup<M extends MetricName>(
  source: SqlSource,
  options: SqlScoreTrendOptions<M> & {
    readonly groupBy: NonNullable<SqlScoreTrendOptions["groupBy"]>;
  },
): Promise<GroupedScoreTrends<MetricScore[M]>> {
  return run("sqlScoreTrendsByGroup", source, options);
}

/**
 * The SQL of {@link sqlScoreTrend} (and of the grouped form with `groupBy`) for a fixed
 * range (`from` and `to` required), compiled for the source's dialect: run it with the
 * engine's own client (BigQuery, Snowflake) and pass the rows to `scoreTrendFromRows`.
 *
 * @example
 * ```ts
 * import { compileOnlyKysely, compileScoreTrend } from "@rapport/sql-metrics";
 * const { sql, parameters } = compileScoreTrend(
 *   { db: compileOnlyKysely("bigquery"), dialect: "bigquery" },
 *   { metric: "nps", period: "month", timeZone: "Europe/Berlin",
 *     from: new Date("2024-01-01T00:00:00+01:00"), to: new Date("2024-12-31T12:00:00+01:00") },
 * );
 * ```
 */
export function compileScoreTrend(
  source: SqlSource,
  options: SqlScoreTrendOptions,
): CompiledQuery<ScoreCountRow> {
  const fn = "compileScoreTrend";
  checkSource(fn, source);
  const q = checkTrendOptions(fn, options);
  const { fromMs, toEndMs } = fixedRange(
    fn,
    q,
    options,
    "both Dates (the range is fixed in the SQL)",
  );
  const layout = resolveLayout(options.layout).surveyResponses;
  return countQuery(
    layout,
    q,
    source,
    startsOf(fn, q, fromMs, toEndMs - 1),
    parameterEquals(layout),
  ).compile(source.db);
}

/**
 * The trends from the rows of {@link compileScoreTrend}'s query, as {@link sqlScoreTrendsByGroup}
 * returns them (one group, `null`, without `groupBy`), for the same options.
 *
 * @example
 * ```ts
 * import { scoreTrendFromRows } from "@rapport/sql-metrics";
 * const rows = [{ bucket: 1704063600000, score: 10, n: 3 }];
 * scoreTrendFromRows(rows, { metric: "nps", period: "month", timeZone: "Europe/Berlin",
 *   from: new Date("2024-01-01T00:00:00+01:00"), to: new Date("2024-01-31T00:00:00+01:00") },
 * ).groups[0]?.buckets[0]?.score.value; // 100
 * ```
 */
export function scoreTrendFromRows<M extends MetricName>(
  rows: readonly ScoreCountRow[],
  options: SqlScoreTrendOptions<M>,
): GroupedScoreTrends<MetricScore[M]> {
  const fn = "scoreTrendFromRows";
  const q = checkTrendOptions(fn, options);
  const { fromMs, toEndMs } = fixedRange(
    fn,
    q,
    options,
    "both Dates, as given to compileScoreTrend",
  );
  if (!Array.isArray(rows))
    throw new TypeError(expectedMessage(`${fn}: rows`, "an array of rows", rows));
  return trendsFromRows(fn, rows, startsOf(fn, q, fromMs, toEndMs - 1), q, options);
}
