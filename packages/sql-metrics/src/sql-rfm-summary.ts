import type { RfmRow } from "@rapport/churn";
import { type CustomerId, checkTimeZone } from "@rapport/core";
import { checkDate, expectedMessage, oneOf } from "@rapport/stats";
import { type CompiledQuery, type RawBuilder, sql } from "kysely";
import { checkSource, type SqlSource, scopedTable } from "./sql-dialect";
import { epochMs, localDayNumber } from "./sql-time";
import { resolveLayout, type WarehouseLayoutInput } from "./warehouse-layout";

/**
 * Options of {@link sqlRfmSummary}: those of `rfmSummary` in `@rapport/churn`, and the layout.
 *
 * @example
 * ```ts
 * import type { SqlRfmOptions } from "@rapport/sql-metrics";
 * const weeks: SqlRfmOptions = { asOf: new Date("1997-09-30T00:00:00Z"), unit: "day", multiplier: 7 };
 * ```
 */
export interface SqlRfmOptions {
  /** End of the observation period; transactions in a later period are left out. */
  readonly asOf: Date;
  /** One purchase per calendar day, or per Monday–Sunday week. */
  readonly unit: "day" | "week";
  /** IANA zone whose calendar defines days and weeks (default `"UTC"`). */
  readonly timeZone?: string;
  /** Divide recency and T by this (default 1), as `lifetimes`' `freq_multiplier`. */
  readonly multiplier?: number;
  /** Where the transactions are (default: `WAREHOUSE_LAYOUT`). */
  readonly layout?: WarehouseLayoutInput;
}

/**
 * The result of {@link sqlRfmSummary}: the rows of `rfmSummary`, and how many transactions
 * were left out for each of its reasons (counted, not listed: a warehouse may hold millions).
 *
 * @example
 * ```ts
 * import type { SqlRfmSummary } from "@rapport/sql-metrics";
 * const repeat = (s: SqlRfmSummary) => s.customers.filter((c) => c.frequency > 0).length;
 * ```
 */
export interface SqlRfmSummary {
  /** One row per customer with a purchase by `asOf`, by first purchase (time, then id). */
  readonly customers: RfmRow[];
  /** Transactions left out: refunds, in a period after `asOf`, in another currency than the customer's first. */
  readonly skipped: {
    readonly refunds: number;
    readonly afterAsOf: number;
    readonly otherCurrency: number;
  };
}

interface RfmQueryRow {
  customer_id: unknown;
  currency: unknown;
  periods: unknown;
  first_p: unknown;
  last_p: unknown;
  end_p: unknown;
  repeat_total: unknown;
  skipped_refunds: unknown;
  skipped_after: unknown;
  skipped_currency: unknown;
}

function rfmQuery(fn: string, source: SqlSource, options: SqlRfmOptions): RawBuilder<RfmQueryRow> {
  checkSource(fn, source);
  if (typeof options !== "object" || options === null) {
    throw new TypeError(expectedMessage(`${fn}: options`, "{ asOf, unit }", options));
  }
  const { asOf, unit } = options;
  const timeZone = options.timeZone ?? "UTC";
  checkDate(`${fn}: options.asOf`, asOf);
  checkTimeZone(`${fn}: options.timeZone`, timeZone);
  if (unit !== "day" && unit !== "week") {
    throw new RangeError(expectedMessage(`${fn}: options.unit`, oneOf(["day", "week"]), unit));
  }
  const tx = resolveLayout(options.layout).transactions;
  const { dialect } = source;
  const ms = epochMs(tx.occurredAt, tx.timeUnit, dialect);
  // Monday weeks: 1970-01-05 (day 4) starts one, so week k holds days 4 + 7k … 10 + 7k.
  const periodOf = (at: RawBuilder<number>) => {
    const day = localDayNumber(at, timeZone, dialect);
    return unit === "day" ? day : sql<number>`floor((${day} - 4) / 7.0)`;
  };
  const asOfMs = sql<number>`${sql.lit(asOf.getTime())}`;
  const ref = sql.ref;
  return sql<RfmQueryRow>`
with t as (
  select ${ref(tx.customerId)} as c, ${ref(tx.id)} as id, ${ref(tx.kind)} as kind, ${ref(tx.amount)} as amount, ${ref(tx.currency)} as cur, ${ms} as ms, ${periodOf(ms)} as p, ${periodOf(asOfMs)} as end_p
  from ${scopedTable(source, tx.table)}
),
kept as (
  select c, id, amount, cur, ms, p, end_p,
    first_value(cur) over (partition by c order by ms, id rows between unbounded preceding and unbounded following) as first_cur,
    first_value(id) over (partition by c order by ms, id rows between unbounded preceding and unbounded following) as first_id
  from t where kind <> 'refund' and p <= end_p
),
periods as (
  select c, first_cur, first_id, p, end_p, min(ms) as first_ms, sum(amount) as total, min(p) over (partition by c) as c_first
  from kept where cur = first_cur group by c, first_cur, first_id, p, end_p
),
customers as (
  select c, first_cur, first_id, count(*) as periods, min(p) as first_p, max(p) as last_p, max(end_p) as end_p, min(first_ms) as first_ms,
    sum(case when p = c_first then 0 else total end) as repeat_total
  from periods group by c, first_cur, first_id
),
skipped as (
  select
    sum(case when kind = 'refund' then 1 else 0 end) as refunds,
    sum(case when kind <> 'refund' and p > end_p then 1 else 0 end) as after_as_of,
    (select count(*) from kept where cur <> first_cur) as other_currency
  from t
)
select customers.c as customer_id, customers.first_cur as currency, customers.periods, customers.first_p, customers.last_p, customers.end_p, customers.repeat_total,
  skipped.refunds as skipped_refunds, skipped.after_as_of as skipped_after, skipped.other_currency as skipped_currency
from skipped left join customers on 1 = 1
order by customers.first_ms, customers.first_id`;
}

/**
 * The frequency / recency / T / monetary summary of `rfmSummary` (`@rapport/churn`), with
 * `lifetimes`' exact semantics, computed by the engine: periods are calendar days (or Monday
 * weeks) in `timeZone` by the engine's time-zone database, one purchase per period with its
 * amounts summed; frequency = distinct periods − 1; recency = last − first period; T =
 * `asOf`'s period − first; monetary value = mean of the repeat periods' totals. Refunds,
 * periods after `asOf` and amounts in another currency than the customer's first are left
 * out and counted. Only one row per customer leaves the engine, so ten million transactions
 * need no more memory in JavaScript than their customers do.
 *
 * Where it differs from `rfmSummary`: the customer's currency is that of their earliest
 * transaction (time, then id), where `rfmSummary` takes the first in its input's order (the
 * same for input in time order); rows come in order of first purchase.
 *
 * @example
 * ```ts
 * import { createDuckDbStore } from "@rapport/store-duckdb";
 * import { sqlRfmSummary } from "@rapport/sql-metrics";
 * const store = await createDuckDbStore({ path: "care.duckdb" });
 * const summary = await sqlRfmSummary(
 *   { db: store.kysely, dialect: "duckdb" },
 *   { asOf: new Date("1997-09-30T00:00:00Z"), unit: "day", multiplier: 7 },
 * );
 * ```
 */
export async function sqlRfmSummary(
  source: SqlSource,
  options: SqlRfmOptions,
): Promise<SqlRfmSummary> {
  const fn = "sqlRfmSummary";
  const query = rfmQuery(fn, source, options);
  const multiplier = options.multiplier ?? 1;
  if (!(Number.isFinite(multiplier) && multiplier > 0)) {
    const message = expectedMessage(`${fn}: options.multiplier`, "a finite number > 0", multiplier);
    throw typeof multiplier === "number" ? new RangeError(message) : new TypeError(message);
  }
  return rfmFromRows((await query.execute(source.db)).rows, multiplier);
}

function rfmFromRows(rows: readonly RfmQueryRow[], multiplier: number): SqlRfmSummary {
  const customers: RfmRow[] = [];
  for (const row of rows) {
    if (row.customer_id === null || row.customer_id === undefined) continue;
    const frequency = Number(row.periods) - 1;
    const first = Number(row.first_p);
    customers.push({
      customerId: String(row.customer_id) as CustomerId,
      frequency,
      recency: (Number(row.last_p) - first) / multiplier,
      T: (Number(row.end_p) - first) / multiplier,
      monetaryValue: frequency > 0 ? Number(row.repeat_total) / frequency : 0,
      currency: String(row.currency),
    });
  }
  const head = rows[0];
  return {
    customers,
    skipped: {
      refunds: Number(head?.skipped_refunds ?? 0),
      afterAsOf: Number(head?.skipped_after ?? 0),
      otherCurrency: Number(head?.skipped_currency ?? 0),
    },
  };
}

/**
 * The SQL of {@link sqlRfmSummary} for the source's dialect, to run with the engine's own
 * client (the zone goes in as a parameter).
 *
 * @example
 * ```ts
 * import { compileOnlyKysely, compileRfmSummary } from "@rapport/sql-metrics";
 * compileRfmSummary({ db: compileOnlyKysely("snowflake"), dialect: "snowflake" }, {
 *   asOf: new Date("2024-06-30T00:00:00Z"), unit: "week", timeZone: "Europe/Berlin",
 * }).parameters; // ["Europe/Berlin", "Europe/Berlin"]
 * ```
 */
export function compileRfmSummary(
  source: SqlSource,
  options: SqlRfmOptions,
): CompiledQuery<unknown> {
  return rfmQuery("compileRfmSummary", source, options).compile(source.db);
}
