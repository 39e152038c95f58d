import type { Interval } from "@rapport/stats";
import { studentTQuantile } from "@rapport/stats";

/** Mean, standard deviation and Student-t interval of a histogram of answers; internal. */
export interface HistogramMoments {
  readonly mean: number | null;
  readonly sd: number | null;
  readonly interval: Interval | null;
}

/**
 * Exact moments of a histogram: `counts[i]` answers of value `first + i`. Integer sums are
 * exact, so every split of the same data gives the same mean and variance. The interval is
 * mean ± t(1 − α/2, n − 1)·s/√n (Student 1908), clamped to the scale; null for n < 2.
 */
export function histogramMoments(
  counts: readonly number[],
  first: number,
  level: number,
): HistogramMoments {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < counts.length; i++) {
    n += counts[i]!;
    sum += counts[i]! * (first + i);
  }
  if (n === 0) return { mean: null, sd: null, interval: null };
  const mean = sum / n;
  if (n < 2) return { mean, sd: null, interval: null };
  let squares = 0;
  for (let i = 0; i < counts.length; i++) {
    const deviation = first + i - mean;
    squares += counts[i]! * deviation * deviation;
  }
  const sd = Math.sqrt(squares / (n - 1));
  const half = studentTQuantile(1 - (1 - level) / 2, n - 1) * (sd / Math.sqrt(n));
  const last = first + counts.length - 1;
  return {
    mean,
    sd,
    interval: {
      lower: Math.max(first, mean - half),
      upper: Math.min(last, mean + half),
      level,
      method: "student-t",
    },
  };
}
