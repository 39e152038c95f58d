import { choleskyDecomposition, expectedMessage, seededRandom } from "@rapport/stats";
import type { BgNbdFit } from "./bg-nbd-fit";
import type { BgNbdParams } from "./bg-nbd-params";
import {
  type CustomerValueIntervals,
  type CustomerValueMeasure,
  checkMeasure,
  checkSampling,
  measureAll,
  percentileIntervals,
  type ValuedCustomer,
} from "./customer-value-measure";
import type { FitUncertainty } from "./fit-uncertainty";
import type { GammaGammaFit, GammaGammaParams } from "./gamma-gamma";

/**
 * Options for {@link parameterSamplingIntervals}.
 *
 * @example
 * ```ts
 * import type { ParameterSamplingOptions } from "@rapport/churn";
 * const options: ParameterSamplingOptions = { measure: { kind: "probabilityAlive" }, seed: 1, draws: 2000 };
 * ```
 */
export interface ParameterSamplingOptions {
  /** What to put intervals on. */
  readonly measure: CustomerValueMeasure;
  /** Seed of the draws (same seed, same intervals). */
  readonly seed: number;
  /** Parameter draws (default 1,000). */
  readonly draws?: number;
  /** Confidence level (default 0.95). */
  readonly level?: number;
  /** The Gamma-Gamma fit, required for the lifetime-value measure (its parameters are drawn too). */
  readonly gammaGamma?: GammaGammaFit;
}

// Standard normal pairs by Box-Muller from a seeded uniform stream.
function normals(next: () => number, count: number): number[] {
  const out: number[] = [];
  while (out.length < count) {
    const radius = Math.sqrt(-2 * Math.log(1 - next()));
    const angle = 2 * Math.PI * next();
    out.push(radius * Math.cos(angle), radius * Math.sin(angle));
  }
  return out.slice(0, count);
}

/** A sampler of parameter vectors φ̂ + Lz, z ~ N(0, I), on the log scale, mapped back by exp. */
function sampler<P>(
  fit: P & FitUncertainty<P>,
  names: readonly (keyof P & string)[],
  where: string,
): (next: () => number) => P {
  const covariance = fit.covariance;
  const lower = covariance === null ? null : choleskyDecomposition(covariance.logScale);
  if (lower === null) {
    throw new RangeError(
      expectedMessage(
        `${where}.covariance`,
        "a positive-definite covariance (see the fit's warnings)",
        covariance,
      ),
    );
  }
  const centre = names.map((name) => Math.log(fit[name] as number));
  return (next) => {
    const z = normals(next, names.length);
    const draw = {} as Record<string, number>;
    names.forEach((name, i) => {
      let phi = centre[i]!;
      for (let j = 0; j <= i; j++) phi += lower[i]![j]! * z[j]!;
      draw[name] = Math.exp(phi);
    });
    return draw as P;
  };
}

/**
 * Intervals on P(alive), expected purchases or lifetime value, per customer and summed, from the
 * fit's parameter uncertainty: parameters are drawn from the asymptotic normal of the
 * log-parameters, N(φ̂, I⁻¹) (the fit's `covariance.logScale`; for the lifetime value the
 * Gamma-Gamma parameters likewise and independently, the two models being fitted separately),
 * each draw's values are computed, and the interval is the percentile interval of those values
 * (the "parametric bootstrap" of the estimates, e.g. Efron & Tibshirani 1993, §6.5). `value` is
 * the measure at the fitted parameters. Deterministic for a seed. A fit without a
 * positive-definite covariance is a `RangeError`, as are bad options; a draw whose total is not
 * finite is dropped (`samples` counts the rest). This reflects estimation uncertainty only, not
 * the randomness of each customer's own future purchases.
 *
 * @example
 * ```ts
 * import { fitBgNbd, parameterSamplingIntervals, simulateBgNbd } from "@rapport/churn";
 * const customers = simulateBgNbd({ r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, { customers: 500, seed: 1, T: 39 });
 * const fit = fitBgNbd(customers)!;
 * const { total } = parameterSamplingIntervals(fit, customers, {
 *   measure: { kind: "expectedPurchases", t: 13 },
 *   seed: 7,
 * });
 * // total.value, total.interval.lower … upper
 * ```
 */
export function parameterSamplingIntervals(
  fit: BgNbdFit,
  customers: readonly ValuedCustomer[],
  options: ParameterSamplingOptions,
): CustomerValueIntervals {
  const fn = "parameterSamplingIntervals";
  const { measure, seed } = options;
  checkMeasure(measure, customers, fn);
  const draws = options.draws ?? 1000;
  const level = checkSampling(fn, options.level, draws, "draws");
  const gammaGamma = options.gammaGamma ?? null;
  if (measure.kind === "customerLifetimeValue" && gammaGamma === null) {
    throw new RangeError(
      expectedMessage(
        `${fn}: options.gammaGamma`,
        "a Gamma-Gamma fit for the lifetime value",
        gammaGamma,
      ),
    );
  }
  const next = seededRandom(seed);
  const drawBgNbd = sampler<BgNbdParams>(fit, ["r", "alpha", "a", "b"], `${fn}: fit`);
  const drawGammaGamma =
    measure.kind === "customerLifetimeValue"
      ? sampler<GammaGammaParams>(gammaGamma!, ["p", "q", "v"], `${fn}: options.gammaGamma`)
      : null;
  const point = new Float64Array(customers.length);
  measureAll(measure, fit, gammaGamma, customers, point);
  const samples: Float64Array[] = [];
  for (let k = 0; k < draws; k++) {
    const bg = drawBgNbd(next);
    const gg = drawGammaGamma === null ? null : drawGammaGamma(next);
    const values = new Float64Array(customers.length);
    try {
      measureAll(measure, bg, gg, customers, values);
    } catch {
      // A draw outside a formula's domain (a = 1 exactly, q ≤ 1 for the spend mean): dropped.
      values.fill(Number.NaN);
    }
    samples.push(values);
  }
  return percentileIntervals(point, samples, level, "parameter-sampling");
}
