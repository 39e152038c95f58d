import type { MetricName, MetricScore, ScoreOptions } from "@rapport/metrics";
import {
  cesAccumulatorFromJSON,
  csatAccumulatorFromJSON,
  npsAccumulatorFromJSON,
} from "@rapport/metrics";
import { expectedMessage } from "@rapport/stats";

const SIZES: Readonly<Record<string, number>> = {
  zero_to_ten: 11,
  binary: 2,
  five_point: 5,
  seven_point: 7,
};

/** An empty histogram for a scale: one count per answer. */
export function emptyCounts(scale: string): number[] {
  return new Array<number>(SIZES[scale] ?? 0).fill(0);
}

/** The histogram slot of an answer as the engine returns it (integer or text). */
export function slotOf(fn: string, scale: string, score: unknown): number {
  const text = String(score);
  if (scale === "binary") {
    if (text === "good") return 0;
    if (text === "bad") return 1;
  } else {
    const value = Number(text);
    const size = SIZES[scale]!;
    const low = scale === "zero_to_ten" ? 0 : 1;
    if (Number.isInteger(value) && value >= low && value < low + size) return value - low;
  }
  const expected =
    scale === "binary"
      ? '"good" or "bad"'
      : `an integer from ${scale === "zero_to_ten" ? 0 : 1} to ${scale === "zero_to_ten" ? 10 : SIZES[scale]}`;
  throw new RangeError(expectedMessage(`${fn}: score on the ${scale} scale`, expected, score));
}

/**
 * The score of a histogram, computed by the accumulators of `@rapport/metrics` from the
 * counts, exactly as the in-memory functions compute it.
 */
export function scoreFromCounts<M extends MetricName>(
  metric: M,
  scale: string,
  counts: readonly number[],
  options: ScoreOptions,
): MetricScore[M] {
  if (metric === "nps") {
    return npsAccumulatorFromJSON({ metric: "nps", scale: "zero_to_ten", counts }).result(
      options,
    ) as MetricScore[M];
  }
  if (metric === "csat") {
    return csatAccumulatorFromJSON({ metric: "csat", scale: scale as "binary", counts }).result(
      options,
    ) as MetricScore[M];
  }
  return cesAccumulatorFromJSON({ metric: "ces", scale: scale as "five_point", counts }).result(
    options,
  ) as MetricScore[M];
}
