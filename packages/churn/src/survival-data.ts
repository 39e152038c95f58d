import { expectedMessage } from "@rapport/stats";

/**
 * Case weights and late entry, accepted by every survival function of this package
 * ({@link kaplanMeier}, {@link nelsonAalen}, {@link logRankTest}, {@link pairwiseLogRank}).
 *
 * @example
 * ```ts
 * import type { SurvivalDataOptions } from "@rapport/churn";
 * // Two customers observed from day 0, one only from day 30 (migrated from an older system).
 * const options: SurvivalDataOptions = { entry: [0, 0, 30], weights: [1, 1, 2] };
 * ```
 */
export interface SurvivalDataOptions {
  /**
   * Case weights, one per subject, finite and ≥ 0. They act as frequency weights: a weight
   * of 2 counts as two identical subjects, in the estimate and in its variance.
   */
  readonly weights?: readonly number[];
  /**
   * Entry times (left truncation, late entry), one per subject: subject i is at risk on the
   * interval (entry[i], durations[i]], so it counts at risk at time t only when
   * entry[i] < t ≤ durations[i]. Each entry must be ≥ 0 and below its duration. Without it,
   * every subject is at risk from the start (a duration of 0 included).
   */
  readonly entry?: readonly number[];
}

/** Checked survival data; internal. */
export interface SurvivalData {
  readonly durations: readonly number[];
  readonly observed: readonly boolean[];
  readonly weights: readonly number[] | null;
  readonly entry: readonly number[] | null;
}

function checkArray(where: string, value: unknown, expected: string, length: number): void {
  if (!Array.isArray(value)) throw new TypeError(expectedMessage(where, expected, value));
  if (value.length !== length) {
    throw new RangeError(
      expectedMessage(where, `an array of ${length}, one entry per duration`, value),
    );
  }
}

function fail(where: string, expected: string, value: unknown): never {
  const message = expectedMessage(where, expected, value);
  throw typeof value === "number" ? new RangeError(message) : new TypeError(message);
}

/**
 * Checks durations, event flags and the options' weights and entry times, naming the first
 * bad value; internal.
 */
export function checkSurvivalData(
  fn: string,
  durations: unknown,
  observed: unknown,
  options: SurvivalDataOptions,
): SurvivalData {
  if (!Array.isArray(durations)) {
    throw new TypeError(expectedMessage(`${fn}: durations`, "an array of numbers", durations));
  }
  const n = durations.length;
  checkArray(`${fn}: observed`, observed, "an array of booleans", n);
  durations.forEach((time, i) => {
    if (!(Number.isFinite(time) && time >= 0)) {
      fail(`${fn}: durations[${i}]`, "a finite number ≥ 0", time);
    }
  });
  (observed as unknown[]).forEach((flag, i) => {
    if (typeof flag !== "boolean") {
      throw new TypeError(expectedMessage(`${fn}: observed[${i}]`, "a boolean", flag));
    }
  });
  const { weights, entry } = options;
  if (weights !== undefined) {
    checkArray(`${fn}: options.weights`, weights, "an array of numbers", n);
    weights.forEach((w, i) => {
      if (!(Number.isFinite(w) && w >= 0)) {
        fail(`${fn}: options.weights[${i}]`, "a finite number ≥ 0", w);
      }
    });
  }
  if (entry !== undefined) {
    checkArray(`${fn}: options.entry`, entry, "an array of numbers", n);
    entry.forEach((start, i) => {
      const stop = durations[i] as number;
      if (!(Number.isFinite(start) && start >= 0 && start < stop)) {
        fail(`${fn}: options.entry[${i}]`, `a finite number ≥ 0 and below ${stop}`, start);
      }
    });
  }
  return {
    durations: durations as number[],
    observed: observed as boolean[],
    weights: weights ?? null,
    entry: entry ?? null,
  };
}
