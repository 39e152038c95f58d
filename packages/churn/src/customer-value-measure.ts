import type { Interval } from "@rapport/stats";
import { checkLevel, expectedMessage, percentile } from "@rapport/stats";
import type { BgNbdParams, FrequencyRecency } from "./bg-nbd-params";
import { checkFrequencyRecency } from "./check-bg-nbd";
import {
  type CustomerLifetimeValueOptions,
  customerLifetimeValue,
} from "./customer-lifetime-value";
import { expectedPurchases } from "./expected-purchases";
import type { FrequencyMonetary, GammaGammaParams } from "./gamma-gamma";
import { probabilityAlive } from "./probability-alive";

/**
 * What to put an interval on: P(alive), the expected purchases in the next `t` time units, or
 * the lifetime value (which also needs each customer's `monetaryValue` and a Gamma-Gamma fit).
 *
 * @example
 * ```ts
 * import type { CustomerValueMeasure } from "@rapport/churn";
 * const nextQuarter: CustomerValueMeasure = { kind: "expectedPurchases", t: 13 };
 * ```
 */
export type CustomerValueMeasure =
  | { readonly kind: "probabilityAlive" }
  | { readonly kind: "expectedPurchases"; readonly t: number }
  | {
      readonly kind: "customerLifetimeValue";
      /** Options of {@link customerLifetimeValue} (months, discount rate, unit). */
      readonly clv?: CustomerLifetimeValueOptions;
    };

/**
 * An estimate with its interval and the method behind it.
 *
 * @example
 * ```ts
 * import type { IntervalEstimate } from "@rapport/churn";
 * const show = (e: IntervalEstimate) =>
 *   `${e.value.toFixed(2)} (${e.interval.lower.toFixed(2)}–${e.interval.upper.toFixed(2)})`;
 * ```
 */
export interface IntervalEstimate {
  /** The value at the fitted parameters. */
  readonly value: number;
  /** The percentile interval of the sampled or bootstrapped values. */
  readonly interval: Interval;
  /** `"parameter-sampling"` or `"bootstrap"`. */
  readonly method: string;
}

/**
 * Intervals per customer and for the sum over them.
 *
 * @example
 * ```ts
 * import type { CustomerValueIntervals } from "@rapport/churn";
 * const width = (i: CustomerValueIntervals) => i.total.interval.upper - i.total.interval.lower;
 * ```
 */
export interface CustomerValueIntervals {
  /** One estimate per customer, in input order. */
  readonly customers: IntervalEstimate[];
  /** The sum over the customers. */
  readonly total: IntervalEstimate;
  /** Parameter draws or bootstrap resamples used (those that gave a finite value). */
  readonly samples: number;
}

/**
 * A customer the interval functions take: the CLV measure also reads `monetaryValue`.
 *
 * @example
 * ```ts
 * import type { ValuedCustomer } from "@rapport/churn";
 * const c: ValuedCustomer = { frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 22.35 };
 * ```
 */
export type ValuedCustomer = FrequencyRecency & Partial<FrequencyMonetary>;

/** Checks a measure and the customers (naming the bad one's index and field); internal. */
export function checkMeasure(
  measure: CustomerValueMeasure,
  customers: readonly ValuedCustomer[],
  fn: string,
): void {
  if (!Array.isArray(customers)) {
    throw new TypeError(expectedMessage(`${fn}: customers`, "an array", customers));
  }
  customers.forEach((c, i) => {
    checkFrequencyRecency(c, `${fn}: customers[${i}]`);
  });
  const kind = (measure as { kind?: unknown } | undefined)?.kind;
  if (kind === "expectedPurchases") {
    const t = (measure as { t: number }).t;
    if (!(Number.isFinite(t) && t >= 0)) {
      throw new RangeError(expectedMessage(`${fn}: options.measure.t`, "a finite number ≥ 0", t));
    }
  } else if (kind !== "probabilityAlive" && kind !== "customerLifetimeValue") {
    throw new RangeError(
      expectedMessage(
        `${fn}: options.measure.kind`,
        `one of "probabilityAlive", "expectedPurchases", "customerLifetimeValue"`,
        kind,
      ),
    );
  }
}

/** The measure of each customer under given parameters; internal. */
export function measureAll(
  measure: CustomerValueMeasure,
  bgNbd: BgNbdParams,
  gammaGamma: GammaGammaParams | null,
  customers: readonly ValuedCustomer[],
  into: Float64Array,
): void {
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i]!;
    if (measure.kind === "probabilityAlive") into[i] = probabilityAlive(bgNbd, c);
    else if (measure.kind === "expectedPurchases") into[i] = expectedPurchases(bgNbd, measure.t, c);
    else {
      into[i] = customerLifetimeValue(
        bgNbd,
        gammaGamma!,
        { ...c, monetaryValue: c.monetaryValue ?? 0 },
        measure.clv,
      );
    }
  }
}

/**
 * Percentile intervals from sampled values: `samples[k]` holds every customer's value under
 * draw k (rows with a non-finite total are dropped); internal.
 */
export function percentileIntervals(
  point: Float64Array,
  samples: Float64Array[],
  level: number,
  method: string,
): CustomerValueIntervals {
  const usable = samples.filter((s) => Number.isFinite(s.reduce((a, b) => a + b, 0)));
  const tail = (1 - level) / 2;
  const interval = (values: number[], value: number): IntervalEstimate => {
    values.sort((a, b) => a - b);
    return {
      value,
      interval: {
        lower: percentile(values, tail) ?? value,
        upper: percentile(values, 1 - tail) ?? value,
        level,
        method,
      },
      method,
    };
  };
  const customers = Array.from(point, (value, i) =>
    interval(
      usable.map((s) => s[i]!),
      value,
    ),
  );
  const total = interval(
    usable.map((s) => s.reduce((a, b) => a + b, 0)),
    point.reduce((a, b) => a + b, 0),
  );
  return { customers, total, samples: usable.length };
}

/**
 * Checks the options shared by the interval methods, in this order: `options.level` (default
 * 0.95) and the number of samples `options.<name>`, a whole number ≥ 1. Returns the level;
 * internal.
 */
export function checkSampling(
  fn: string,
  level: number | undefined,
  samples: number,
  name: string,
): number {
  const checked = checkLevel(`${fn}: options.level`, level ?? 0.95);
  if (!(Number.isSafeInteger(samples) && samples >= 1)) {
    throw new RangeError(expectedMessage(`${fn}: options.${name}`, "a whole number ≥ 1", samples));
  }
  return checked;
}
