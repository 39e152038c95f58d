import { expectedMessage } from "@rapport/stats";
import type { BgNbdParams, FrequencyRecency } from "./bg-nbd-params";
import { expectedPurchases } from "./expected-purchases";

/**
 * A customer as {@link holdoutValidation} reads it: the calibration summary and the holdout's
 * purchases and length (a {@link CalibrationHoldoutRow} is one).
 *
 * @example
 * ```ts
 * import type { HoldoutCustomer } from "@rapport/churn";
 * const c: HoldoutCustomer = { frequency: 2, recency: 30.43, T: 38.86, frequencyHoldout: 1, durationHoldout: 39 };
 * ```
 */
export interface HoldoutCustomer extends FrequencyRecency {
  /** Purchases in the holdout period. */
  readonly frequencyHoldout: number;
  /** The holdout period's length, in the unit of recency and T. */
  readonly durationHoldout: number;
}

/**
 * One calibration-plot bucket: customers with a given calibration frequency.
 *
 * @example
 * ```ts
 * import type { FrequencyBucket } from "@rapport/churn";
 * const gap = (b: FrequencyBucket) => b.meanActual - b.meanExpected;
 * ```
 */
export interface FrequencyBucket {
  /** The calibration frequency x (the last bucket holds every x ≥ this). */
  readonly frequency: number;
  /** Whether this bucket pools every x ≥ `frequency`. */
  readonly andAbove: boolean;
  /** Customers in the bucket. */
  readonly n: number;
  /** Their mean actual holdout purchases. */
  readonly meanActual: number;
  /** Their mean expected holdout purchases under the model. */
  readonly meanExpected: number;
}

/**
 * How well a model predicted the holdout period.
 *
 * @example
 * ```ts
 * import type { HoldoutValidation } from "@rapport/churn";
 * const bias = (v: HoldoutValidation) => v.totalExpected - v.totalActual;
 * ```
 */
export interface HoldoutValidation {
  /** Customers. */
  readonly n: number;
  /** Σ actual holdout purchases. */
  readonly totalActual: number;
  /** Σ expected holdout purchases. */
  readonly totalExpected: number;
  /** Mean |expected − actual| per customer; `null` when n = 0. */
  readonly meanAbsoluteError: number | null;
  /** √ mean (expected − actual)² per customer; `null` when n = 0. */
  readonly rootMeanSquaredError: number | null;
  /** Each customer's expected holdout purchases, in input order. */
  readonly expected: number[];
  /** The calibration plot as data: actual vs expected by calibration frequency. */
  readonly byFrequency: FrequencyBucket[];
}

/**
 * Options for {@link holdoutValidation}.
 *
 * @example
 * ```ts
 * import type { HoldoutValidationOptions } from "@rapport/churn";
 * const options: HoldoutValidationOptions = { maxFrequency: 7 };
 * ```
 */
export interface HoldoutValidationOptions {
  /** Calibration frequencies 0…maxFrequency − 1 get a bucket each, the rest one pooled bucket (default 7, as lifetimes' plots). */
  readonly maxFrequency?: number;
}

/**
 * Compares a fitted BG/NBD model's predictions with a holdout period: for each customer the
 * expected purchases in the next `durationHoldout` given the calibration history
 * ({@link expectedPurchases}, Fader, Hardie & Lee 2005, eq. 10) against `frequencyHoldout`;
 * per-customer mean absolute and root mean squared errors; and the calibration plot of
 * Fader, Hardie & Lee (2005, fig. 4) and lifetimes' `plot_calibration_purchases_vs_holdout_purchases`
 * as data: mean actual and mean expected holdout purchases by calibration frequency, x ≥
 * `maxFrequency` pooled. A customer whose holdout count is not a whole number ≥ 0 or whose
 * duration is not a finite number ≥ 0 is a `RangeError` naming its index and field.
 *
 * On CDNOW (calibration 39 weeks, holdout 39 weeks) the BG/NBD fit to the calibration predicts
 * 1,653.4 holdout purchases against 1,882 made; MAE 0.785, RMSE 1.608 per customer.
 *
 * @example
 * ```ts
 * import { holdoutValidation } from "@rapport/churn";
 * const v = holdoutValidation({ r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 }, [
 *   { frequency: 2, recency: 30.43, T: 38.86, frequencyHoldout: 1, durationHoldout: 39 },
 *   { frequency: 0, recency: 0, T: 38.86, frequencyHoldout: 0, durationHoldout: 39 },
 * ]);
 * v.meanAbsoluteError; // mean |expected − actual|
 * ```
 */
export function holdoutValidation(
  params: BgNbdParams,
  customers: readonly HoldoutCustomer[],
  options: HoldoutValidationOptions = {},
): HoldoutValidation {
  const maxFrequency = options.maxFrequency ?? 7;
  if (!(Number.isSafeInteger(maxFrequency) && maxFrequency >= 1)) {
    throw new RangeError(
      expectedMessage(
        "holdoutValidation: options.maxFrequency",
        "a whole number ≥ 1",
        maxFrequency,
      ),
    );
  }
  const buckets = Array.from({ length: maxFrequency + 1 }, () => ({
    n: 0,
    actual: 0,
    expected: 0,
  }));
  const expected: number[] = [];
  let absolute = 0;
  let squared = 0;
  let totalActual = 0;
  let totalExpected = 0;
  customers.forEach((c, i) => {
    const where = `holdoutValidation: customers[${i}]`;
    if (!(Number.isInteger(c.frequencyHoldout) && c.frequencyHoldout >= 0)) {
      throw new RangeError(
        expectedMessage(`${where}.frequencyHoldout`, "a whole number ≥ 0", c.frequencyHoldout),
      );
    }
    if (!(Number.isFinite(c.durationHoldout) && c.durationHoldout >= 0)) {
      throw new RangeError(
        expectedMessage(`${where}.durationHoldout`, "a finite number ≥ 0", c.durationHoldout),
      );
    }
    const e = expectedPurchases(params, c.durationHoldout, c);
    expected.push(e);
    const error = e - c.frequencyHoldout;
    absolute += Math.abs(error);
    squared += error * error;
    totalActual += c.frequencyHoldout;
    totalExpected += e;
    const bucket = buckets[Math.min(c.frequency, maxFrequency)]!;
    bucket.n += 1;
    bucket.actual += c.frequencyHoldout;
    bucket.expected += e;
  });
  const n = customers.length;
  return {
    n,
    totalActual,
    totalExpected,
    meanAbsoluteError: n === 0 ? null : absolute / n,
    rootMeanSquaredError: n === 0 ? null : Math.sqrt(squared / n),
    expected,
    byFrequency: buckets
      .map((b, frequency) => ({
        frequency,
        andAbove: frequency === maxFrequency,
        n: b.n,
        meanActual: b.n === 0 ? 0 : b.actual / b.n,
        meanExpected: b.n === 0 ? 0 : b.expected / b.n,
      }))
      .filter((b) => b.n > 0),
  };
}
