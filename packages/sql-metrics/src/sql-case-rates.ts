import type { ScoreOptions } from "@rapport/metrics";
import { responseRate } from "@rapport/metrics";
import type { Proportion } from "@rapport/stats";
import { type CompiledQuery, type RawBuilder, sql } from "kysely";
import {
  byGroup,
  caseGroup,
  groupClause,
  groupOf,
  type SqlCaseGroupBy,
  solvedOnce,
} from "./case-groups";
import { checkSource, type SqlSource, scopedTable } from "./sql-dialect";
import { resolveLayout, type WarehouseLayoutInput } from "./warehouse-layout";

/**
 * Options of {@link sqlReopenRate} and {@link sqlResponseRate}.
 *
 * @example
 * ```ts
 * import type { SqlCaseRateOptions } from "@rapport/sql-metrics";
 * const options: SqlCaseRateOptions = { groupBy: "teamId", level: 0.9 };
 * ```
 */
export interface SqlCaseRateOptions extends ScoreOptions {
  /** Where the cases (and responses) are (default: `WAREHOUSE_LAYOUT`). */
  readonly layout?: WarehouseLayoutInput;
  /** One rate per assignee, team or channel (NULL included). */
  readonly groupBy?: SqlCaseGroupBy;
}

/**
 * One group's rate.
 *
 * @example
 * ```ts
 * import type { GroupRate } from "@rapport/sql-metrics";
 * const line = (r: GroupRate) => `${r.group ?? "(none)"}: ${r.rate.value ?? "–"} %`;
 * ```
 */
export interface GroupRate {
  /** The group's value (`null` without `groupBy`, and for cases without one). */
  readonly group: string | null;
  /** The share, by `@rapport/metrics` from the counts (Wilson interval). */
  readonly rate: Proportion;
}

interface RateRow {
  grp: unknown;
  n: unknown;
  hits: unknown;
}

function reopenQuery(source: SqlSource, options: SqlCaseRateOptions): RawBuilder<RateRow> {
  const fn = "sqlReopenRate";
  checkSource(fn, source);
  const cases = resolveLayout(options.layout).cases;
  const grp = caseGroup(fn, cases, options.groupBy);
  return sql<RateRow>`select ${grp} as grp, count(*) as n, sum(case when ${sql.ref(cases.reopenCount)} > 0 then 1 else 0 end) as hits from ${scopedTable(source, cases.table)} where ${solvedOnce(cases)}${groupClause(options.groupBy)}`;
}

function responseQuery(source: SqlSource, options: SqlCaseRateOptions): RawBuilder<RateRow> {
  const fn = "sqlResponseRate";
  checkSource(fn, source);
  const { cases, surveyResponses: answers } = resolveLayout(options.layout);
  const grp = caseGroup(fn, cases, options.groupBy, "c.");
  return sql<RateRow>`select ${grp} as grp, count(*) as n, count(a.case_id) as hits from ${scopedTable(source, cases.table, "c")} left join (select distinct ${sql.ref(answers.caseId)} as case_id from ${scopedTable(source, answers.table)} where ${sql.ref(answers.caseId)} is not null) as a on a.case_id = ${sql.ref(`c.${cases.id}`)} where ${solvedOnce(cases, "c.")}${groupClause(options.groupBy)}`;
}

async function rates(
  source: SqlSource,
  query: RawBuilder<RateRow>,
  rate: (hits: number, n: number) => Proportion,
): Promise<GroupRate[]> {
  const result = await query.execute(source.db);
  return byGroup(
    result.rows.map((row) => ({
      group: groupOf(row.grp),
      rate: rate(Number(row.hits ?? 0), Number(row.n)),
    })),
  );
}

/**
 * The reopen rate of `@rapport/metrics` counted by the engine: of the cases solved at least
 * once (`solved_at` or `closed_at` set, status solved or closed, or reopened), the share
 * reopened (`reopen_count > 0`), with its Wilson interval, overall or per group. The flat
 * layout has no status history, so a case whose only sign of being solved is a solved status
 * in its history must carry `solved_at` (as every source adapter of Rapport sets it).
 *
 * @example
 * ```ts
 * import { createDuckDbStore } from "@rapport/store-duckdb";
 * import { sqlReopenRate } from "@rapport/sql-metrics";
 * const store = await createDuckDbStore({ path: "care.duckdb" });
 * const [overall] = await sqlReopenRate({ db: store.kysely, dialect: "duckdb" });
 * overall?.rate.value;
 * ```
 */
export async function sqlReopenRate(
  source: SqlSource,
  options: SqlCaseRateOptions = {},
): Promise<GroupRate[]> {
  // reopenRate and responseRate make their share with the same proportion() and checks;
  // responseRate takes the two counts (reopened ≤ solved, as received ≤ sent).
  return rates(source, reopenQuery(source, options), (hits, n) =>
    responseRate(n, hits, scoringOf(options)),
  );
}

/**
 * The survey response rate counted by the engine: of the cases solved at least once (the
 * surveys sent), the share that have at least one survey response naming them (`case_id`),
 * with its Wilson interval, by `responseRate` of `@rapport/metrics`; overall or per group.
 *
 * @example
 * ```ts
 * import { createDuckDbStore } from "@rapport/store-duckdb";
 * import { sqlResponseRate } from "@rapport/sql-metrics";
 * const store = await createDuckDbStore({ path: "care.duckdb" });
 * await sqlResponseRate({ db: store.kysely, dialect: "duckdb" }, { groupBy: "channel" });
 * ```
 */
export async function sqlResponseRate(
  source: SqlSource,
  options: SqlCaseRateOptions = {},
): Promise<GroupRate[]> {
  return rates(source, responseQuery(source, options), (hits, n) =>
    responseRate(n, hits, scoringOf(options)),
  );
}

/**
 * The SQL of {@link sqlReopenRate} or {@link sqlResponseRate} for the source's dialect, to
 * run with the engine's own client; each row is `{ grp, n, hits }` (cases solved, and of
 * them reopened or answered).
 *
 * @example
 * ```ts
 * import { compileCaseRate, compileOnlyKysely } from "@rapport/sql-metrics";
 * compileCaseRate({ db: compileOnlyKysely("snowflake"), dialect: "snowflake" }, "reopen").sql;
 * ```
 */
export function compileCaseRate(
  source: SqlSource,
  rate: "reopen" | "response",
  options: SqlCaseRateOptions = {},
): CompiledQuery<unknown> {
  return (
    rate === "reopen" ? reopenQuery(source, options) : responseQuery(source, options)
  ).compile(source.db);
}

function scoringOf(options: ScoreOptions): ScoreOptions {
  const { level, minSample } = options;
  return {
    ...(level === undefined ? {} : { level }),
    ...(minSample === undefined ? {} : { minSample }),
  };
}
