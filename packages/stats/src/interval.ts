/**
 * A confidence interval: its bounds, the confidence level and the method that produced it.
 * Bounds are on the scale of the estimate they belong to (percent for a {@link Proportion},
 * 0..1 for a survival probability, points for an NPS).
 *
 * @example
 * ```ts
 * import type { Interval } from "@rapport/stats";
 * const show = (i: Interval) =>
 *   `${i.lower.toFixed(1)}–${i.upper.toFixed(1)} (${i.level * 100} % ${i.method})`;
 * show({ lower: 19.1, upper: 27.4, level: 0.95, method: "wilson" }); // "19.1–27.4 (95 % wilson)"
 * ```
 */
export interface Interval {
  /** The lower bound. */
  readonly lower: number;
  /** The upper bound. */
  readonly upper: number;
  /** The confidence level, strictly between 0 and 1, e.g. 0.95. */
  readonly level: number;
  /** How it was computed, e.g. `"wilson"`, `"adjusted-wald"`, `"student-t"`, `"log-log"`. */
  readonly method: string;
}
