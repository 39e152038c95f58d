import { type Proportion, proportion } from "@rapport/stats";
import { checkLevel, checkMinSample, DEFAULT_MIN_SAMPLE, type ScoreOptions } from "./score-options";

/**
 * A share as a {@link Proportion} of @rapport/stats, its options checked in the name of the
 * metric that asks for it (so that a bad level says `reopenRate: options.level`); internal.
 */
export function scoreShare(
  fn: string,
  successes: number,
  n: number,
  options: ScoreOptions,
): Proportion {
  const level = checkLevel(fn, options.level ?? 0.95);
  const minSample = checkMinSample(fn, options.minSample ?? DEFAULT_MIN_SAMPLE);
  return proportion(successes, n, { level, minSample });
}
