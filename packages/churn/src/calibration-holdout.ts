import type { CustomerId, Transaction } from "@rapport/core";
import { checkDate, expectedMessage } from "@rapport/stats";
import { localDayNumber } from "./local-day";
import { type RfmRow, type RfmSkipped, rfmSummary } from "./rfm-summary";

/**
 * Options for {@link calibrationHoldout}.
 *
 * @example
 * ```ts
 * import type { CalibrationHoldoutOptions } from "@rapport/churn";
 * const cdnow: CalibrationHoldoutOptions = {
 *   calibrationEnd: new Date("1997-09-30T00:00:00Z"),
 *   observationEnd: new Date("1998-06-30T00:00:00Z"),
 *   unit: "day",
 *   multiplier: 7,
 * };
 * ```
 */
export interface CalibrationHoldoutOptions {
  /** Last instant of the calibration period (inclusive), as lifetimes' `calibration_period_end`. */
  readonly calibrationEnd: Date;
  /** Last instant of the holdout period (inclusive), as `observation_period_end`; after `calibrationEnd`. */
  readonly observationEnd: Date;
  /** One purchase per calendar day or per Monday–Sunday week, as `rfmSummary`'s `unit`. */
  readonly unit: "day" | "week";
  /** IANA time zone whose calendar defines the periods (default `"UTC"`). */
  readonly timeZone?: string;
  /** Divide times by this (default 1), as `freq_multiplier`: `"day"` with 7 gives weeks. */
  readonly multiplier?: number;
}

/**
 * One customer's calibration summary and what the holdout period then showed.
 *
 * @example
 * ```ts
 * import type { CalibrationHoldoutRow } from "@rapport/churn";
 * const silent = (rows: CalibrationHoldoutRow[]) => rows.filter((r) => r.frequencyHoldout === 0);
 * ```
 */
export interface CalibrationHoldoutRow extends RfmRow {
  /** Purchase periods in the holdout period (`frequency_holdout`). */
  readonly frequencyHoldout: number;
  /** Mean amount of the holdout transactions, in minor units; 0 when none (`monetary_value_holdout`). */
  readonly monetaryValueHoldout: number;
  /** Length of the holdout period, in units (÷ multiplier) (`duration_holdout`). */
  readonly durationHoldout: number;
}

/**
 * The result of {@link calibrationHoldout}.
 *
 * @example
 * ```ts
 * import type { CalibrationHoldout } from "@rapport/churn";
 * const holdoutPurchases = (c: CalibrationHoldout) =>
 *   c.customers.reduce((s, r) => s + r.frequencyHoldout, 0);
 * ```
 */
export interface CalibrationHoldout {
  /** One row per customer with a purchase by `calibrationEnd`, in order of first appearance. */
  readonly customers: CalibrationHoldoutRow[];
  /** Every transaction not counted, with its reason. */
  readonly skipped: RfmSkipped[];
}

/**
 * Splits a transaction log into a calibration period and a holdout period, with the semantics of
 * Python `lifetimes`' `calibration_and_holdout_data`: the calibration summary is
 * {@link rfmSummary} of the transactions at or before `calibrationEnd` (as of it); the holdout
 * counts, for those customers only, the distinct purchase periods after `calibrationEnd` up to
 * and including `observationEnd` (`frequencyHoldout`) and the mean amount of those transactions
 * (`monetaryValueHoldout`, 0 if none); `durationHoldout` is the number of periods from
 * `calibrationEnd`'s to `observationEnd`'s, divided by `multiplier`. Customers whose first
 * purchase falls in the holdout are left out (lifetimes' left join), their transactions
 * reported in `skipped`, with refunds, transactions after `observationEnd` and amounts in a
 * currency other than the customer's first. Fit a model to the calibration rows, then compare
 * its expected holdout purchases with `frequencyHoldout` ({@link holdoutValidation}).
 *
 * On the CDNOW sample (calibration to 1997-09-30, holdout to 1998-06-30, day periods,
 * multiplier 7) it reproduces, for all 2,357 customers, a pandas computation of lifetimes'
 * definitions, and its calibration part the published summary.
 *
 * @example
 * ```ts
 * import { customerId, recordId } from "@rapport/core";
 * import { calibrationHoldout } from "@rapport/churn";
 * const tx = (id: string, at: string, cents: number) => ({
 *   id: recordId(id), customerId: customerId("c1"), kind: "purchase" as const,
 *   amount: { amount: cents, currency: "USD" }, occurredAt: new Date(at),
 * });
 * calibrationHoldout(
 *   [tx("t1", "2024-01-01", 1000), tx("t2", "2024-01-08", 3000), tx("t3", "2024-02-10", 2000)],
 *   { calibrationEnd: new Date("2024-01-31"), observationEnd: new Date("2024-03-01"), unit: "day" },
 * ).customers[0]; // frequency 1, recency 7, T 30, frequencyHoldout 1, durationHoldout 30
 * ```
 */
export function calibrationHoldout(
  transactions: Iterable<Transaction>,
  options: CalibrationHoldoutOptions,
): CalibrationHoldout {
  const { calibrationEnd, observationEnd, unit } = options;
  const timeZone = options.timeZone ?? "UTC";
  const multiplier = options.multiplier ?? 1;
  checkDate("calibrationHoldout: options.calibrationEnd", calibrationEnd);
  checkDate("calibrationHoldout: options.observationEnd", observationEnd);
  if (!(observationEnd.getTime() > calibrationEnd.getTime())) {
    throw new RangeError(
      expectedMessage(
        "calibrationHoldout: options.observationEnd",
        `an instant after calibrationEnd (${calibrationEnd.toISOString()})`,
        observationEnd,
      ),
    );
  }
  const calibration: Transaction[] = [];
  const holdout: Transaction[] = [];
  const skipped: RfmSkipped[] = [];
  for (const tx of transactions) {
    const time = tx.occurredAt?.getTime?.();
    if (time === undefined || Number.isNaN(time) || time <= calibrationEnd.getTime()) {
      // rfmSummary reports the invalid ones.
      calibration.push(tx);
    } else if (time <= observationEnd.getTime()) {
      holdout.push(tx);
    } else {
      skipped.push({
        transactionId: tx.id,
        reason: `after observationEnd (${observationEnd.toISOString()})`,
      });
    }
  }
  // rfmSummary checks the unit, the zone and the multiplier.
  const summary = rfmSummary(calibration, {
    asOf: calibrationEnd,
    unit,
    timeZone,
    multiplier,
  });
  const periodOf = (at: Date): number =>
    unit === "day" ? localDayNumber(at, timeZone) : (localDayNumber(at, timeZone, "week") - 4) / 7;
  const byCustomer = new Map<CustomerId, { periods: Set<number>; total: number; count: number }>();
  const currencies = new Map<CustomerId, string>();
  for (const row of summary.customers) {
    byCustomer.set(row.customerId, { periods: new Set(), total: 0, count: 0 });
    currencies.set(row.customerId, row.currency);
  }
  for (const tx of holdout) {
    const entry = byCustomer.get(tx.customerId);
    if (tx.kind === "refund") {
      skipped.push({ transactionId: tx.id, reason: "refund: not a purchase" });
    } else if (entry === undefined) {
      skipped.push({
        transactionId: tx.id,
        reason: "first purchase after calibrationEnd: not in the calibration summary",
      });
    } else if (tx.amount.currency !== currencies.get(tx.customerId)) {
      skipped.push({
        transactionId: tx.id,
        reason: `currency ${tx.amount.currency} differs from the customer's ${currencies.get(tx.customerId)}`,
      });
    } else {
      entry.periods.add(periodOf(tx.occurredAt));
      entry.total += tx.amount.amount;
      entry.count += 1;
    }
  }
  const durationHoldout = (periodOf(observationEnd) - periodOf(calibrationEnd)) / multiplier;
  const customers = summary.customers.map((row): CalibrationHoldoutRow => {
    const entry = byCustomer.get(row.customerId)!;
    return {
      ...row,
      frequencyHoldout: entry.periods.size,
      monetaryValueHoldout: entry.count > 0 ? entry.total / entry.count : 0,
      durationHoldout,
    };
  });
  return { customers, skipped: [...summary.skipped, ...skipped] };
}
