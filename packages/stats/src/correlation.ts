import { checkLevel } from "./check-level";
import { criticalZ } from "./critical-z";
import { expectedMessage } from "./expected-message";
import type { Interval } from "./interval";

/**
 * A correlation coefficient with its sample: `value` from −1 to 1 and an interval from the
 * Fisher z-transformation; `value` is `null` when it is undefined (fewer than 2 pairs, or one
 * side constant) and `interval` is `null` also when there are fewer than 4 pairs or the value
 * is exactly ±1 (where atanh is infinite).
 *
 * @example
 * ```ts
 * import { pearsonCorrelation, type Correlation } from "@rapport/stats";
 * const strong = (c: Correlation) => c.value !== null && Math.abs(c.value) >= 0.5;
 * strong(pearsonCorrelation([1, 2, 3, 4], [2, 1, 4, 3])); // true (r = 0.6)
 * ```
 */
export interface Correlation {
  /** The coefficient, or `null`. */
  readonly value: number | null;
  /** The number of pairs. */
  readonly n: number;
  /** The interval at `options.level` (default 95 %), method `"fisher-z"`, or `null`. */
  readonly interval: Interval | null;
}

/**
 * Options of {@link pearsonCorrelation} and {@link spearmanCorrelation}.
 *
 * @example
 * ```ts
 * import { spearmanCorrelation, type CorrelationOptions } from "@rapport/stats";
 * const options: CorrelationOptions = { level: 0.9 };
 * spearmanCorrelation([1, 2, 3, 4, 5], [2, 1, 4, 3, 5], options).interval?.level; // 0.9
 * ```
 */
export interface CorrelationOptions {
  /** Confidence level of the interval, strictly between 0 and 1. Default 0.95. */
  readonly level?: number;
}

/** Checks paired lists of finite numbers of one length; internal. */
export function checkPairs(fn: string, xs: readonly number[], ys: readonly number[]): void {
  for (const [name, list] of [
    ["xs", xs],
    ["ys", ys],
  ] as const) {
    if (!Array.isArray(list)) {
      throw new TypeError(expectedMessage(`${fn}: ${name}`, "an array of numbers", list));
    }
    for (let i = 0; i < list.length; i++) {
      const value = list[i];
      if (typeof value !== "number") {
        throw new TypeError(expectedMessage(`${fn}: ${name}[${i}]`, "a finite number", value));
      }
      if (!Number.isFinite(value)) {
        throw new RangeError(expectedMessage(`${fn}: ${name}[${i}]`, "a finite number", value));
      }
    }
  }
  if (xs.length !== ys.length) {
    throw new RangeError(
      expectedMessage(`${fn}: ys`, `an array of ${xs.length}, one value per x`, ys),
    );
  }
}

/** Pearson's r of paired values, or null where undefined; internal. */
export function pearsonValue(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 2) return null;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i++) {
    meanX += xs[i]!;
    meanY += ys[i]!;
  }
  meanX /= n;
  meanY /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - meanX;
    const dy = ys[i]! - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/**
 * Fisher (1921): atanh(r) is about normal with standard error √(variance/(n−3)); variance is
 * 1 for Pearson's r and 1.06 for Spearman's ρ (Fieller, Hartley & Pearson 1957). Internal.
 */
export function fisherInterval(
  value: number | null,
  n: number,
  variance: number,
  options: CorrelationOptions | undefined,
  fn: string,
): Interval | null {
  const level = checkLevel(`${fn}: options.level`, options?.level ?? 0.95);
  if (value === null || n < 4 || Math.abs(value) === 1) return null;
  const centre = Math.atanh(value);
  const half = criticalZ(level) * Math.sqrt(variance / (n - 3));
  return {
    lower: Math.tanh(centre - half),
    upper: Math.tanh(centre + half),
    level,
    method: "fisher-z",
  };
}
