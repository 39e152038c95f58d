import type { DurationSummary } from "@rapport/metrics";
import { expectedMessage, oneOf } from "@rapport/stats";
import { type CompiledQuery, type RawBuilder, sql } from "kysely";
import { byGroup, caseGroup, groupClause, groupOf, type SqlCaseGroupBy } from "./case-groups";
import { checkSource, type SqlMetricsDialect, type SqlSource, scopedTable } from "./sql-dialect";
import { epochMs } from "./sql-time";
import { type CasesLayout, resolveLayout, type WarehouseLayoutInput } from "./warehouse-layout";

/**
 * The service durations the engine computes: `firstReply` (first reply − created, as
 * `firstReplyTimes`) and `resolution` (solved or else closed − created, for cases solved or
 * closed now, as `resolutionTimes`).
 *
 * @example
 * ```ts
 * import type { SqlDurationName } from "@rapport/sql-metrics";
 * const name: SqlDurationName = "resolution";
 * ```
 */
export type SqlDurationName = "firstReply" | "resolution";

/**
 * Options of {@link sqlServiceDurations}.
 *
 * @example
 * ```ts
 * import type { SqlServiceDurationOptions } from "@rapport/sql-metrics";
 * const options: SqlServiceDurationOptions = { duration: "firstReply", groupBy: "assigneeId" };
 * ```
 */
export interface SqlServiceDurationOptions {
  /** Which duration. */
  readonly duration: SqlDurationName;
  /** One summary per assignee, team or channel (NULL included). */
  readonly groupBy?: SqlCaseGroupBy;
  /** Where the cases are (default: `WAREHOUSE_LAYOUT`). */
  readonly layout?: WarehouseLayoutInput;
}

/**
 * One group's duration summary, in milliseconds, shaped as `@rapport/metrics`' `DurationSummary`.
 *
 * @example
 * ```ts
 * import type { GroupDurations } from "@rapport/sql-metrics";
 * const medians = (rows: GroupDurations[]) => rows.map((r) => r.summary.median);
 * ```
 */
export interface GroupDurations {
  /** The group's value (`null` without `groupBy`, and for cases without one). */
  readonly group: string | null;
  /** n, missing, median, mean, p90, min and max; medians and p90 from the engine. */
  readonly summary: DurationSummary;
}

interface DurationRow {
  grp: unknown;
  n: unknown;
  missing: unknown;
  total: unknown;
  lo: unknown;
  hi: unknown;
  p50: unknown;
  p90: unknown;
}

function durationOf(
  fn: string,
  cases: CasesLayout,
  dialect: SqlMetricsDialect,
  name: SqlDurationName,
): RawBuilder<number | null> {
  const at = (column: string) => epochMs(column, cases.timeUnit, dialect);
  if (name === "firstReply") return sql`(${at(cases.firstReplyAt)} - ${at(cases.createdAt)})`;
  if (name === "resolution") {
    return sql`(case when ${sql.ref(cases.status)} in ('solved', 'closed') then coalesce(${at(cases.solvedAt)}, ${at(cases.closedAt)}) - ${at(cases.createdAt)} end)`;
  }
  throw new RangeError(
    expectedMessage(`${fn}: options.duration`, oneOf(["firstReply", "resolution"]), name),
  );
}

// Continuous quantiles (linear between the two nearest ranks, as R's type 7 and
// @rapport/stats' percentile): DuckDB's quantile_cont, the SQL-standard ordered-set
// percentile_cont in PostgreSQL and Snowflake; BigQuery has it only as a window function.
function quantile(
  dialect: SqlMetricsDialect,
  x: RawBuilder<unknown>,
  p: number,
): RawBuilder<number> {
  const q = sql.raw(String(p));
  if (dialect === "duckdb") return sql`quantile_cont(${x}, ${q})`;
  return sql`percentile_cont(${q}) within group (order by ${x})`;
}

function durationQuery(
  fn: string,
  source: SqlSource,
  options: SqlServiceDurationOptions,
): RawBuilder<DurationRow> {
  checkSource(fn, source);
  if (typeof options !== "object" || options === null) {
    throw new TypeError(expectedMessage(`${fn}: options`, "{ duration }", options));
  }
  const cases = resolveLayout(options.layout).cases;
  const grp = caseGroup(fn, cases, options.groupBy);
  const x = durationOf(fn, cases, source.dialect, options.duration);
  const table = scopedTable(source, cases.table);
  if (source.dialect === "bigquery") {
    return sql<DurationRow>`select grp, count(x) as n, count(*) - count(x) as missing, sum(x) as total, min(x) as lo, max(x) as hi, any_value(p50) as p50, any_value(p90) as p90 from (select ${grp} as grp, ${x} as x, percentile_cont(${x}, 0.5) over (partition by ${grp}) as p50, percentile_cont(${x}, 0.9) over (partition by ${grp}) as p90 from ${table}) as ${sql.id("d")} group by grp`;
  }
  return sql<DurationRow>`select ${grp} as grp, count(${x}) as n, count(*) - count(${x}) as missing, sum(${x}) as total, min(${x}) as lo, max(${x}) as hi, ${quantile(source.dialect, x, 0.5)} as p50, ${quantile(source.dialect, x, 0.9)} as p90 from ${table}${groupClause(options.groupBy)}`;
}

const orNull = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value);

/**
 * Median and 90th percentile of first-reply or resolution times (milliseconds), computed by
 * the engine's own quantile function, with n, missing, mean, min and max; overall or per
 * group. Every engine interpolates linearly between the two nearest ranks (`quantile_cont` in
 * DuckDB, `percentile_cont … within group` in PostgreSQL and Snowflake, the `percentile_cont`
 * window function in BigQuery), as `percentile` of `@rapport/stats` does, so the figures equal
 * `firstReplyTimes` / `resolutionTimes`; engines compute the interpolation in double
 * precision, so a median between two ranks can differ from JavaScript's in the last bit.
 * Approximate functions (`approx_quantile`, `APPROX_QUANTILES`) are never used.
 *
 * @example
 * ```ts
 * import { createDuckDbStore } from "@rapport/store-duckdb";
 * import { sqlServiceDurations } from "@rapport/sql-metrics";
 * const store = await createDuckDbStore({ path: "care.duckdb" });
 * const [all] = await sqlServiceDurations({ db: store.kysely, dialect: "duckdb" }, { duration: "resolution" });
 * all?.summary.p90;
 * ```
 */
export async function sqlServiceDurations(
  source: SqlSource,
  options: SqlServiceDurationOptions,
): Promise<GroupDurations[]> {
  const result = await durationQuery("sqlServiceDurations", source, options).execute(source.db);
  return byGroup(
    result.rows.map((row) => {
      const n = Number(row.n);
      const summary: DurationSummary =
        n === 0
          ? {
              n,
              missing: Number(row.missing),
              median: null,
              mean: null,
              p90: null,
              min: null,
              max: null,
            }
          : {
              n,
              missing: Number(row.missing),
              median: orNull(row.p50),
              mean: Number(row.total) / n,
              p90: orNull(row.p90),
              min: orNull(row.lo),
              max: orNull(row.hi),
            };
      return { group: groupOf(row.grp), summary };
    }),
  );
}

/**
 * The SQL of {@link sqlServiceDurations} for the source's dialect, to run with the engine's
 * own client; each row is `{ grp, n, missing, total, lo, hi, p50, p90 }` (milliseconds).
 *
 * @example
 * ```ts
 * import { compileOnlyKysely, compileServiceDurations } from "@rapport/sql-metrics";
 * compileServiceDurations({ db: compileOnlyKysely("bigquery"), dialect: "bigquery" }, { duration: "firstReply" }).sql;
 * ```
 */
export function compileServiceDurations(
  source: SqlSource,
  options: SqlServiceDurationOptions,
): CompiledQuery<unknown> {
  return durationQuery("compileServiceDurations", source, options).compile(source.db);
}
