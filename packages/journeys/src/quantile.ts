import { percentile } from "@rapport/metrics";

/** The median and the 90th percentile of some values (either `null` when there are none). */
export function medianAndP90(values: readonly number[]): {
  medianMs: number | null;
  p90Ms: number | null;
} {
  // Typed-array sort is numeric, which the default Array sort is not.
  const sorted = Array.from(Float64Array.from(values).sort());
  return { medianMs: percentile(sorted, 0.5), p90Ms: percentile(sorted, 0.9) };
}
