import type { ChangeFigure, DurationFigure, ScoreFigure } from "./report-data";

/**
 * A score with its interval and sample, as a person reads it: `31.2 (16.4 to 44.9), n = 96`;
 * `no answers` when there is none. `unit` follows the value (e.g. `" %"`).
 *
 * @example
 * ```ts
 * import { formatScore } from "./format-figure"; // internal
 * formatScore({ value: 31.2, n: 96, lower: 16.4, upper: 44.9, method: "adjusted-wald" }); // "31.2 (16.4 to 44.9), n = 96"
 * ```
 */
export function formatScore(figure: ScoreFigure, digits = 1, unit = ""): string {
  if (figure.value === null) return "no answers";
  const interval =
    figure.lower !== null && figure.upper !== null
      ? ` (${figure.lower.toFixed(digits)} to ${figure.upper.toFixed(digits)})`
      : "";
  return `${figure.value.toFixed(digits)}${unit}${interval}, n = ${figure.n}`;
}

/**
 * A change between periods: `+6.5 (−4.0 to 17.0), p = 0.22` and whether it is significant.
 *
 * @example
 * ```ts
 * import { formatChange } from "./format-figure"; // internal
 * formatChange({ difference: 6.5, lower: -4, upper: 17, pValue: 0.22, significant: false }); // "+6.5 (-4.0 to 17.0), p = 0.22, not significant"
 * ```
 */
export function formatChange(change: ChangeFigure | null, digits = 1): string {
  if (change === null || change.difference === null)
    return "no comparison (a period has no answers)";
  const sign = change.difference > 0 ? "+" : "";
  const interval =
    change.lower !== null && change.upper !== null
      ? ` (${change.lower.toFixed(digits)} to ${change.upper.toFixed(digits)})`
      : "";
  const p =
    change.pValue === null
      ? ""
      : `, p = ${change.pValue < 0.001 ? "< 0.001" : change.pValue.toFixed(2)}`;
  return `${sign}${change.difference.toFixed(digits)}${interval}${p}, ${change.significant ? "significant" : "not significant"}`;
}

/**
 * A duration statistic in hours: `median 2.5 h, mean 6.1 h, p90 18.0 h (n = 120)`.
 *
 * @example
 * ```ts
 * import { formatDuration } from "./format-figure"; // internal
 * formatDuration({ n: 2, medianHours: 1.5, meanHours: 1.5, p90Hours: 1.9 }); // "median 1.5 h, mean 1.5 h, p90 1.9 h (n = 2)"
 * ```
 */
export function formatDuration(figure: DurationFigure): string {
  if (figure.n === 0 || figure.medianHours === null) return "no cases";
  const h = (value: number | null) => (value === null ? "–" : `${value.toFixed(1)} h`);
  return `median ${h(figure.medianHours)}, mean ${h(figure.meanHours)}, p90 ${h(figure.p90Hours)} (n = ${figure.n})`;
}
