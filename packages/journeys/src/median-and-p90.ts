import { percentiles } from "@rapport/stats";

/** The median and the 90th percentile of some values (either `null` when there are none); internal. */
export function medianAndP90(values: readonly number[]): {
  medianMs: number | null;
  p90Ms: number | null;
} {
  const [medianMs, p90Ms] = percentiles(values, [0.5, 0.9]);
  return { medianMs: medianMs ?? null, p90Ms: p90Ms ?? null };
}
