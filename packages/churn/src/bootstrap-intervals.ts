import { expectedMessage, seededRandom } from "@rapport/stats";
import { fitBgNbd } from "./bg-nbd";
import { groupCustomers } from "./bg-nbd-data";
import { fitGroupedBgNbd } from "./bg-nbd-fit-core";
import {
  type CustomerValueIntervals,
  type CustomerValueMeasure,
  checkMeasure,
  checkSampling,
  measureAll,
  percentileIntervals,
  type ValuedCustomer,
} from "./customer-value-measure";
import { type FrequencyMonetary, fitGammaGamma } from "./gamma-gamma";

/**
 * Options for {@link bootstrapIntervals}.
 *
 * @example
 * ```ts
 * import type { BootstrapIntervalsOptions } from "@rapport/churn";
 * const options: BootstrapIntervalsOptions = { measure: { kind: "probabilityAlive" }, seed: 1, resamples: 500 };
 * ```
 */
export interface BootstrapIntervalsOptions {
  /** What to put intervals on. */
  readonly measure: CustomerValueMeasure;
  /** Seed of the resampling (same seed, same intervals). */
  readonly seed: number;
  /** Bootstrap resamples, each refitted (default 200). */
  readonly resamples?: number;
  /** Confidence level (default 0.95). */
  readonly level?: number;
  /** The customers to compute intervals for (default: the fitted customers themselves). */
  readonly predictFor?: readonly ValuedCustomer[];
}

/**
 * Intervals on P(alive), expected purchases or lifetime value, per customer and summed, by a
 * customer-level bootstrap: the customers are resampled with replacement (n of n), the BG/NBD
 * model — and for the lifetime value the Gamma-Gamma model, on the resample's repeat buyers — is
 * refitted on each resample (from the full fit's optimum), every customer's value (or that of
 * each customer in `predictFor`) is recomputed
 * under the refitted parameters, and the interval is the percentile interval over resamples
 * (Efron & Tibshirani 1993, "An Introduction to the Bootstrap", ch. 13; the approach of
 * CLVTools' bootstrap). `value` is the measure at the fit to all customers. Deterministic for a
 * seed. Returns `null` for no customers; bad options, or a customer that is not a history, are
 * a `RangeError` naming the field; a resample whose values are not finite is dropped
 * (`samples` counts the rest). The lifetime value needs each customer's `monetaryValue`.
 *
 * @example
 * ```ts
 * import { bootstrapIntervals, simulateBgNbd } from "@rapport/churn";
 * const customers = simulateBgNbd({ r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, { customers: 300, seed: 1, T: 39 });
 * const result = bootstrapIntervals(customers, {
 *   measure: { kind: "probabilityAlive" },
 *   seed: 7,
 *   resamples: 50,
 * });
 * // result?.customers[0].interval
 * ```
 */
export function bootstrapIntervals(
  customers: readonly ValuedCustomer[],
  options: BootstrapIntervalsOptions,
): CustomerValueIntervals | null {
  const fn = "bootstrapIntervals";
  const { measure, seed } = options;
  checkMeasure(measure, customers, fn);
  const targets = options.predictFor ?? customers;
  if (options.predictFor !== undefined) checkMeasure(measure, targets, `${fn}: options.predictFor`);
  const resamples = options.resamples ?? 200;
  const level = checkSampling(fn, options.level, resamples, "resamples");
  const next = seededRandom(seed);
  const full = fitBgNbd(customers);
  if (full === null) return null;
  const clv = measure.kind === "customerLifetimeValue";
  const spend = (c: ValuedCustomer): FrequencyMonetary => ({
    frequency: c.frequency,
    monetaryValue: c.monetaryValue ?? 0,
  });
  const fullSpend = clv ? fitGammaGamma(customers.map(spend)) : null;
  if (clv && fullSpend === null) {
    throw new RangeError(
      expectedMessage(`${fn}: customers`, "at least one repeat buyer for the lifetime value", 0),
    );
  }
  const point = new Float64Array(targets.length);
  measureAll(measure, full, fullSpend, targets, point);
  const n = customers.length;
  const start = [Math.log(full.r), Math.log(full.alpha), Math.log(full.a), Math.log(full.b)];
  const counts = new Float64Array(n);
  const samples: Float64Array[] = [];
  for (let k = 0; k < resamples; k++) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[Math.floor(next() * n)]! += 1;
    const values = new Float64Array(targets.length);
    try {
      const bg = fitGroupedBgNbd(groupCustomers(customers, fn, counts), start, 500, false);
      let gg = null;
      if (clv) {
        const resample: FrequencyMonetary[] = [];
        for (let i = 0; i < n; i++) {
          for (let c = 0; c < counts[i]!; c++) resample.push(spend(customers[i]!));
        }
        gg = fitGammaGamma(resample);
      }
      if (clv && gg === null) values.fill(Number.NaN);
      else measureAll(measure, bg, gg, targets, values);
    } catch {
      // A refit outside a formula's domain (a = 1 exactly, q ≤ 1): dropped.
      values.fill(Number.NaN);
    }
    samples.push(values);
  }
  return percentileIntervals(point, samples, level, "bootstrap");
}
