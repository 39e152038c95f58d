import type { CustomerId, Transaction } from "@rapport/core";
import { checkTimeZone } from "@rapport/core/calendar";
import { checkDate, expectedMessage, oneOf } from "@rapport/stats";
import { localDayNumber } from "./local-day";

/**
 * Options for {@link rfmSummary}.
 *
 * @example
 * ```ts
 * import type { RfmSummaryOptions } from "@rapport/churn";
 * const weeks: RfmSummaryOptions = { asOf: new Date("1997-09-30T00:00:00Z"), unit: "day", multiplier: 7 };
 * ```
 */
export interface RfmSummaryOptions {
  /** End of the observation period; transactions on a later period are left out. */
  readonly asOf: Date;
  /** One purchase per calendar day or per week (weeks run Monday–Sunday, as pandas' `"W"`). */
  readonly unit: "day" | "week";
  /** IANA time zone whose calendar defines days and weeks (default `"UTC"`). */
  readonly timeZone?: string;
  /**
   * Divide recency and T by this (default 1), as `lifetimes`' `freq_multiplier`: e.g. unit
   * `"day"` with multiplier 7 gives exact fractional weeks.
   */
  readonly multiplier?: number;
}

/**
 * One customer's summary, as `lifetimes`' `summary_data_from_transaction_data` defines it.
 *
 * @example
 * ```ts
 * import type { RfmRow } from "@rapport/churn";
 * const repeatBuyers = (rows: RfmRow[]) => rows.filter((row) => row.frequency > 0);
 * ```
 */
export interface RfmRow {
  /** The customer. */
  readonly customerId: CustomerId;
  /** Repeat purchases: distinct purchase periods − 1. */
  readonly frequency: number;
  /** Last purchase period − first purchase period, in units (÷ multiplier). */
  readonly recency: number;
  /** `asOf`'s period − first purchase period, in units (÷ multiplier). */
  readonly T: number;
  /** Mean over repeat periods of each period's total amount, in minor units; 0 when frequency is 0. */
  readonly monetaryValue: number;
  /** The currency of `monetaryValue`. */
  readonly currency: string;
}

/**
 * A transaction that did not enter the summary, and why.
 *
 * @example
 * ```ts
 * import type { RfmSkipped } from "@rapport/churn";
 * const log = (skipped: RfmSkipped[]) => skipped.map((s) => `${s.transactionId}: ${s.reason}`);
 * ```
 */
export interface RfmSkipped {
  /** The transaction's id. */
  readonly transactionId: string;
  /** Why it was left out. */
  readonly reason: string;
}

/**
 * The result of {@link rfmSummary}: one row per customer and every transaction left out.
 *
 * @example
 * ```ts
 * import type { RfmSummary } from "@rapport/churn";
 * const count = (summary: RfmSummary) => summary.customers.length;
 * ```
 */
export interface RfmSummary {
  /** One row per customer with at least one purchase by `asOf`, in order of first appearance. */
  readonly customers: RfmRow[];
  /** Every transaction not counted, with its reason. */
  readonly skipped: RfmSkipped[];
}

/**
 * Builds the per-customer frequency / recency / T / monetary summary that the BG/NBD and
 * Gamma-Gamma models take, defined exactly as Python `lifetimes`'
 * `summary_data_from_transaction_data`: transactions are grouped into periods (calendar days
 * or Monday–Sunday weeks in `timeZone`), one purchase per period with the period's amounts
 * summed; frequency = distinct periods − 1; recency = last period − first; T = `asOf`'s period −
 * first; monetary value = mean of the repeat periods' totals (the first period excluded), 0 when
 * there are none. Transactions in a period after `asOf` are skipped, as are refunds and
 * amounts in a currency other than the customer's first; every skip is reported.
 *
 * On the CDNOW sample, unit `"day"`, multiplier 7 and `asOf` 1997-09-30 reproduce the published
 * `cdnow_customers_summary` (rounded to 2 decimals) for all 2,357 customers.
 *
 * @example
 * ```ts
 * import { customerId, recordId } from "@rapport/core";
 * import { rfmSummary } from "@rapport/churn";
 * const tx = (id: string, at: string, cents: number) => ({
 *   id: recordId(id), customerId: customerId("c1"), kind: "purchase" as const,
 *   amount: { amount: cents, currency: "USD" }, occurredAt: new Date(at),
 * });
 * rfmSummary([tx("t1", "2024-01-01", 1000), tx("t2", "2024-01-08", 3000)], {
 *   asOf: new Date("2024-01-31"), unit: "day",
 * }).customers[0]; // frequency 1, recency 7, T 30, monetaryValue 3000
 * ```
 */
export function rfmSummary(
  transactions: Iterable<Transaction>,
  options: RfmSummaryOptions,
): RfmSummary {
  const { asOf, unit } = options;
  const timeZone = options.timeZone ?? "UTC";
  const multiplier = options.multiplier ?? 1;
  checkDate("rfmSummary: options.asOf", asOf);
  checkTimeZone("rfmSummary: options.timeZone", timeZone);
  if (unit !== "day" && unit !== "week") {
    throw new RangeError(expectedMessage("rfmSummary: options.unit", oneOf(["day", "week"]), unit));
  }
  if (!(Number.isFinite(multiplier) && multiplier > 0)) {
    const message = expectedMessage(
      "rfmSummary: options.multiplier",
      "a finite number > 0",
      multiplier,
    );
    throw typeof multiplier === "number" ? new RangeError(message) : new TypeError(message);
  }
  // Days, or Monday-start weeks (whose first days are 1970-01-05 + 7k, day numbers 4 + 7k),
  // on the zone's calendar (core's calendar periods).
  const periodOf = (at: Date): number =>
    unit === "day" ? localDayNumber(at, timeZone) : (localDayNumber(at, timeZone, "week") - 4) / 7;
  const end = periodOf(asOf);
  const byCustomer = new Map<CustomerId, { currency: string; periods: Map<number, number> }>();
  const skipped: RfmSkipped[] = [];
  for (const tx of transactions) {
    if (tx.kind === "refund") {
      skipped.push({ transactionId: tx.id, reason: "refund: not a purchase" });
      continue;
    }
    const time = tx.occurredAt?.getTime?.();
    if (time === undefined || Number.isNaN(time)) {
      skipped.push({ transactionId: tx.id, reason: "occurredAt: expected a valid Date" });
      continue;
    }
    const period = periodOf(tx.occurredAt);
    if (period > end) {
      skipped.push({ transactionId: tx.id, reason: `after asOf (${asOf.toISOString()})` });
      continue;
    }
    let entry = byCustomer.get(tx.customerId);
    if (entry === undefined) {
      entry = { currency: tx.amount.currency, periods: new Map() };
      byCustomer.set(tx.customerId, entry);
    } else if (entry.currency !== tx.amount.currency) {
      skipped.push({
        transactionId: tx.id,
        reason: `currency ${tx.amount.currency} differs from the customer's ${entry.currency}`,
      });
      continue;
    }
    entry.periods.set(period, (entry.periods.get(period) ?? 0) + tx.amount.amount);
  }
  const customers: RfmRow[] = [];
  for (const [customerId, { currency, periods }] of byCustomer) {
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const p of periods.keys()) {
      if (p < first) first = p;
      if (p > last) last = p;
    }
    let repeatTotal = 0;
    for (const [p, amount] of periods) if (p !== first) repeatTotal += amount;
    const frequency = periods.size - 1;
    customers.push({
      customerId,
      frequency,
      recency: (last - first) / multiplier,
      T: (end - first) / multiplier,
      monetaryValue: frequency > 0 ? repeatTotal / frequency : 0,
      currency,
    });
  }
  return { customers, skipped };
}
