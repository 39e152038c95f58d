import type { CustomerId, Transaction } from "@rapport/core";
import { checkTimeZone } from "@rapport/core/calendar";
import { checkDate, expectedMessage, oneOf } from "@rapport/stats";
import type { BgNbdParams } from "./bg-nbd-params";
import { expectedPurchasesNewCustomer } from "./expected-purchases";
import { localDayNumber } from "./local-day";

/**
 * Options for {@link cumulativeTransactions}.
 *
 * @example
 * ```ts
 * import type { CumulativeTransactionsOptions } from "@rapport/churn";
 * const weekly: CumulativeTransactionsOptions = {
 *   observationEnd: new Date("1998-06-30T00:00:00Z"), unit: "day", multiplier: 7,
 * };
 * ```
 */
export interface CumulativeTransactionsOptions {
  /** Last instant counted (inclusive). */
  readonly observationEnd: Date;
  /** Purchase periods: calendar days or Monday–Sunday weeks, as `rfmSummary`'s `unit`. */
  readonly unit: "day" | "week";
  /** IANA time zone whose calendar defines the periods (default `"UTC"`). */
  readonly timeZone?: string;
  /** Periods per model time unit (default 1): `"day"` with 7 when the model was fitted in weeks. */
  readonly multiplier?: number;
  /** Periods between points of the curve (default `multiplier`: one point per model unit). */
  readonly step?: number;
}

/**
 * One point of the tracking curve.
 *
 * @example
 * ```ts
 * import type { CumulativePoint } from "@rapport/churn";
 * const gap = (p: CumulativePoint) => p.expected - p.actual;
 * ```
 */
export interface CumulativePoint {
  /** Time since the first purchase period in the data, in model units. */
  readonly t: number;
  /** Repeat purchase periods before this point, all customers. */
  readonly actual: number;
  /** Their expected number under the model. */
  readonly expected: number;
}

/**
 * Expected against actual cumulative repeat transactions over time, the tracking plot of Fader,
 * Hardie & Lee (2005, fig. 1) and lifetimes' `expected_cumulative_transactions`. Purchases are
 * reduced to one per period and customer (as {@link rfmSummary} does); each customer is born at
 * their first purchase period fᵢ. At the point P = start + k·step (k = 1, 2, … up to
 * `observationEnd`'s period, start the data's first purchase period) `actual` counts the repeat
 * purchase periods before P and `expected` = Σ over customers born before P of
 * E[X((P − fᵢ)/multiplier)], the expected repeat purchases of a new customer
 * ({@link expectedPurchasesNewCustomer}). Refunds and transactions after `observationEnd` or
 * with an invalid date are left out. Returns `[]` when there is no purchase.
 *
 * @example
 * ```ts
 * import { customerId, recordId } from "@rapport/core";
 * import { cumulativeTransactions } from "@rapport/churn";
 * const tx = (id: string, who: string, at: string) => ({
 *   id: recordId(id), customerId: customerId(who), kind: "purchase" as const,
 *   amount: { amount: 1000, currency: "USD" }, occurredAt: new Date(at),
 * });
 * cumulativeTransactions(
 *   { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 },
 *   [tx("t1", "a", "2024-01-01"), tx("t2", "a", "2024-01-09"), tx("t3", "b", "2024-01-03")],
 *   { observationEnd: new Date("2024-01-31"), unit: "day", multiplier: 7 },
 * ); // [{ t: 1, actual: 0, expected: … }, { t: 2, actual: 1, … }, …]
 * ```
 */
export function cumulativeTransactions(
  params: BgNbdParams,
  transactions: Iterable<Transaction>,
  options: CumulativeTransactionsOptions,
): CumulativePoint[] {
  const { observationEnd, unit } = options;
  const timeZone = options.timeZone ?? "UTC";
  const multiplier = options.multiplier ?? 1;
  const step = options.step ?? multiplier;
  checkDate("cumulativeTransactions: options.observationEnd", observationEnd);
  checkTimeZone("cumulativeTransactions: options.timeZone", timeZone);
  if (unit !== "day" && unit !== "week") {
    throw new RangeError(
      expectedMessage("cumulativeTransactions: options.unit", oneOf(["day", "week"]), unit),
    );
  }
  for (const [name, value] of [
    ["multiplier", multiplier],
    ["step", step],
  ] as const) {
    if (!(Number.isFinite(value) && value > 0)) {
      throw new RangeError(
        expectedMessage(`cumulativeTransactions: options.${name}`, "a finite number > 0", value),
      );
    }
  }
  const periodOf = (at: Date): number =>
    unit === "day" ? localDayNumber(at, timeZone) : (localDayNumber(at, timeZone, "week") - 4) / 7;
  const end = observationEnd.getTime();
  const periods = new Map<CustomerId, Set<number>>();
  for (const tx of transactions) {
    const time = tx.occurredAt?.getTime?.();
    if (tx.kind === "refund" || time === undefined || Number.isNaN(time) || time > end) continue;
    let set = periods.get(tx.customerId);
    if (set === undefined) {
      set = new Set();
      periods.set(tx.customerId, set);
    }
    set.add(periodOf(tx.occurredAt));
  }
  if (periods.size === 0) return [];
  const births = new Map<number, number>();
  const repeats: number[] = [];
  let start = Number.POSITIVE_INFINITY;
  for (const set of periods.values()) {
    const first = Math.min(...set);
    start = Math.min(start, first);
    births.set(first, (births.get(first) ?? 0) + 1);
    for (const p of set) if (p !== first) repeats.push(p);
  }
  repeats.sort((x, y) => x - y);
  const last = periodOf(observationEnd);
  const points: CumulativePoint[] = [];
  let seen = 0;
  for (let k = 1; start + k * step <= last; k++) {
    const P = start + k * step;
    while (seen < repeats.length && repeats[seen]! < P) seen++;
    let expected = 0;
    for (const [birth, count] of births) {
      if (birth < P)
        expected += count * expectedPurchasesNewCustomer(params, (P - birth) / multiplier);
    }
    points.push({ t: (k * step) / multiplier, actual: seen, expected });
  }
  return points;
}
