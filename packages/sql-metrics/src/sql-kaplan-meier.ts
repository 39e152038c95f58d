import { type KaplanMeierCurve, type KaplanMeierOptions, kaplanMeier } from "@rapport/churn";
import { checkDate, expectedMessage } from "@rapport/stats";
import { type CompiledQuery, type RawBuilder, sql } from "kysely";
import { checkSource, type SqlSource, scopedTable } from "./sql-dialect";
import { epochMs } from "./sql-time";
import { resolveLayout, type WarehouseLayoutInput } from "./warehouse-layout";

/**
 * Options of {@link sqlKaplanMeier}.
 *
 * @example
 * ```ts
 * import type { SqlKaplanMeierOptions } from "@rapport/sql-metrics";
 * const options: SqlKaplanMeierOptions = { asOf: new Date("2024-06-30T00:00:00Z"), unitMs: 3_600_000 };
 * ```
 */
export interface SqlKaplanMeierOptions extends Pick<KaplanMeierOptions, "level" | "ci"> {
  /** The moment of observation: cases opened by then count, those unsolved then are censored. */
  readonly asOf: Date;
  /** The time unit of the curve in milliseconds (default 86 400 000: days). */
  readonly unitMs?: number;
  /** Where the cases are (default: `WAREHOUSE_LAYOUT`). */
  readonly layout?: WarehouseLayoutInput;
}

/**
 * One row of the Kaplan-Meier inputs: at a time, how many cases were solved then (events),
 * left unsolved then (censored), and still open just before (at risk).
 *
 * @example
 * ```ts
 * import type { KaplanMeierInput } from "@rapport/sql-metrics";
 * const input: KaplanMeierInput = { time: 2, atRisk: 10, events: 3, censored: 1 };
 * ```
 */
export interface KaplanMeierInput {
  readonly time: number;
  readonly atRisk: number;
  readonly events: number;
  readonly censored: number;
}

/**
 * What {@link sqlKaplanMeier} returns: the counts by time from the engine, and the curve.
 *
 * @example
 * ```ts
 * import type { SqlKaplanMeier } from "@rapport/sql-metrics";
 * const median = (km: SqlKaplanMeier) => km.curve.median;
 * ```
 */
export interface SqlKaplanMeier {
  /** At-risk, event and censored counts at every distinct time, ascending. */
  readonly inputs: KaplanMeierInput[];
  /** The product-limit curve of `kaplanMeier` (`@rapport/churn`) from those counts. */
  readonly curve: KaplanMeierCurve;
}

interface KmRow {
  duration_ms: unknown;
  observed: unknown;
  n: unknown;
}

function kmQuery(fn: string, source: SqlSource, options: SqlKaplanMeierOptions): RawBuilder<KmRow> {
  checkSource(fn, source);
  if (typeof options !== "object" || options === null) {
    throw new TypeError(expectedMessage(`${fn}: options`, "{ asOf }", options));
  }
  checkDate(`${fn}: options.asOf`, options.asOf);
  const cases = resolveLayout(options.layout).cases;
  const at = (column: string) => epochMs(column, cases.timeUnit, source.dialect);
  const asOf = sql.lit(options.asOf.getTime());
  const created = at(cases.createdAt);
  const end = sql`coalesce(${at(cases.solvedAt)}, ${at(cases.closedAt)})`;
  const solved = sql`(${end} is not null and ${end} <= ${asOf})`;
  return sql<KmRow>`select case when ${solved} then ${end} - ${created} else ${asOf} - ${created} end as duration_ms, case when ${solved} then 1 else 0 end as observed, count(*) as n from ${scopedTable(source, cases.table)} where ${created} <= ${asOf} group by 1, 2 order by 1, 2`;
}

/**
 * The Kaplan-Meier curve of time to resolution (solved, or else closed), from counts the
 * engine makes: one row per (duration, solved or not) leaves it, and `kaplanMeier` of
 * `@rapport/churn` computes the curve from them as frequency weights, so survival, Greenwood
 * standard errors, intervals and median equal `kaplanMeier` over one entry per case. Cases
 * opened after `asOf` are left out; those not solved by then are censored at `asOf`.
 *
 * @example
 * ```ts
 * import { createDuckDbStore } from "@rapport/store-duckdb";
 * import { sqlKaplanMeier } from "@rapport/sql-metrics";
 * const store = await createDuckDbStore({ path: "care.duckdb" });
 * const km = await sqlKaplanMeier({ db: store.kysely, dialect: "duckdb" }, { asOf: new Date("2024-06-30T00:00:00Z") });
 * km.curve.median; // days to resolution for half the cases
 * ```
 */
export async function sqlKaplanMeier(
  source: SqlSource,
  options: SqlKaplanMeierOptions,
): Promise<SqlKaplanMeier> {
  const fn = "sqlKaplanMeier";
  const query = kmQuery(fn, source, options);
  const unitMs = options.unitMs ?? 86_400_000;
  if (!(typeof unitMs === "number" && Number.isFinite(unitMs) && unitMs > 0)) {
    throw new RangeError(
      expectedMessage(`${fn}: options.unitMs`, "a finite number of milliseconds > 0", unitMs),
    );
  }
  const rows = (await query.execute(source.db)).rows;
  return kaplanMeierFromRows(rows, unitMs, options);
}

function kaplanMeierFromRows(
  rows: readonly KmRow[],
  unitMs: number,
  options: SqlKaplanMeierOptions,
): SqlKaplanMeier {
  const durations: number[] = [];
  const observed: boolean[] = [];
  const weights: number[] = [];
  let total = 0;
  for (const row of rows) {
    durations.push(Number(row.duration_ms) / unitMs);
    observed.push(Number(row.observed) === 1);
    weights.push(Number(row.n));
    total += Number(row.n);
  }
  const { level, ci } = options;
  const curve = kaplanMeier(durations, observed, {
    weights,
    ...(level === undefined ? {} : { level }),
    ...(ci === undefined ? {} : { ci }),
  });
  // The inputs at every distinct time (events or censorings), from the same counts.
  const inputs: KaplanMeierInput[] = [];
  let atRisk = total;
  for (let i = 0; i < durations.length; ) {
    const time = durations[i]!;
    let events = 0;
    let censored = 0;
    for (; i < durations.length && durations[i] === time; i++) {
      if (observed[i]) events += weights[i]!;
      else censored += weights[i]!;
    }
    inputs.push({ time, atRisk, events, censored });
    atRisk -= events + censored;
  }
  return { inputs, curve: { ...curve, n: total } };
}

/**
 * The SQL of {@link sqlKaplanMeier} for the source's dialect, to run with the engine's own
 * client; each row is `{ duration_ms, observed, n }`.
 *
 * @example
 * ```ts
 * import { compileKaplanMeier, compileOnlyKysely } from "@rapport/sql-metrics";
 * compileKaplanMeier({ db: compileOnlyKysely("bigquery"), dialect: "bigquery" }, { asOf: new Date("2024-06-30T00:00:00Z") }).sql;
 * ```
 */
export function compileKaplanMeier(
  source: SqlSource,
  options: SqlKaplanMeierOptions,
): CompiledQuery<unknown> {
  return kmQuery("compileKaplanMeier", source, options).compile(source.db);
}
