import { durationParts, type FigureUnit, fixed, SMALL_SAMPLE } from "./figure-unit";
import type { ChangeFigure, DurationFigure, ScoreFigure } from "./report-data";

const PLAIN: FigureUnit = { suffix: "", change: "", digits: 1, better: "higher" };

/**
 * A value with its unit: `23.2 points`, `52.9 %`, `4.2 / 7`; `–` for none.
 *
 * @example
 * ```ts
 * import { formatValue } from "./format-figure"; // internal
 * import { PERCENT } from "./figure-unit"; // internal
 * formatValue(52.94, PERCENT); // "52.9 %"
 * ```
 */
export function formatValue(value: number | null, unit: FigureUnit = PLAIN): string {
  return value === null ? "–" : `${fixed(value, unit.digits)}${unit.suffix}`;
}

/**
 * A score with its interval and sample, as a person reads it: `31.2 points (16.4 to 44.9),
 * n = 96`; `empty` when there is none (e.g. "no solved cases yet" for a rate of solved cases).
 *
 * @example
 * ```ts
 * import { formatScore } from "./format-figure"; // internal
 * import { NPS_POINTS } from "./figure-unit"; // internal
 * formatScore({ value: 31.2, n: 96, lower: 16.4, upper: 44.9, method: "adjusted-wald" }, NPS_POINTS);
 * // "31.2 points (16.4 to 44.9), n = 96"
 * ```
 */
export function formatScore(
  figure: ScoreFigure,
  unit: FigureUnit = PLAIN,
  empty = "no answers",
): string {
  if (figure.value === null) return empty;
  return `${formatValue(figure.value, unit)}${formatInterval(figure, unit)}, n = ${figure.n}`;
}

/**
 * An interval in brackets, ` (16.4 to 44.9)`, or nothing when there is none.
 *
 * @example
 * ```ts
 * import { formatInterval } from "./format-figure"; // internal
 * formatInterval({ lower: -4, upper: 17 }); // " (−4.0 to 17.0)"
 * ```
 */
export function formatInterval(
  figure: { readonly lower: number | null; readonly upper: number | null },
  unit: FigureUnit = PLAIN,
): string {
  if (figure.lower === null || figure.upper === null) return "";
  return ` (${fixed(figure.lower, unit.digits)} to ${fixed(figure.upper, unit.digits)})`;
}

/**
 * Whether a change counts as real: p < 0.05 when the test gives a p-value, else the
 * comparison's own verdict.
 *
 * @example
 * ```ts
 * import { isSignificant } from "./format-figure"; // internal
 * isSignificant({ difference: 6.5, lower: -4, upper: 17, pValue: 0.22, significant: false }); // false
 * ```
 */
export function isSignificant(change: ChangeFigure): boolean {
  return change.pValue === null ? change.significant : change.pValue < 0.05;
}

const pText = (p: number) => (p < 0.001 ? "p < 0.001" : `p = ${p.toFixed(2)}`);

/**
 * A change between periods with its unit: `+6.5 points (−4.0 to 17.0), p = 0.22, not
 * significant`.
 *
 * @example
 * ```ts
 * import { formatChange } from "./format-figure"; // internal
 * import { NPS_POINTS } from "./figure-unit"; // internal
 * formatChange({ difference: 6.5, lower: -4, upper: 17, pValue: 0.22, significant: false }, NPS_POINTS);
 * // "+6.5 points (−4.0 to 17.0), p = 0.22, not significant"
 * ```
 */
export function formatChange(change: ChangeFigure | null, unit: FigureUnit = PLAIN): string {
  if (change === null || change.difference === null)
    return "no comparison (a period has no answers)";
  const sign = Number(change.difference.toFixed(unit.digits)) > 0 ? "+" : "";
  const p = change.pValue === null ? "" : `, ${pText(change.pValue)}`;
  const name = unit.change === "" ? "" : ` ${unit.change}`;
  return `${sign}${fixed(change.difference, unit.digits)}${name}${formatInterval(change, unit)}${p}, ${isSignificant(change) ? "significant" : "not significant"}`;
}

/**
 * The trend of a figure against the previous period, as a card shows it.
 *
 * @example
 * ```ts
 * import type { Trend } from "./format-figure"; // internal
 * const t: Trend = { direction: "up", tone: "good", text: "▲ 4.1 points vs Sep 2026", verdict: "not significant (p = 0.38)" };
 * ```
 */
export interface Trend {
  readonly direction: "up" | "down" | "flat" | "none";
  /** Whether the move is for the better: "neutral" when flat, unknown or not significant. */
  readonly tone: "good" | "bad" | "neutral";
  readonly text: string;
  readonly verdict: string;
}

/**
 * The arrow, size and unit of a change against the named previous period, and whether it is
 * significant: `▲ 4.1 points vs Sep 2026`, `not significant (p = 0.38)`.
 *
 * @example
 * ```ts
 * import { trendOf } from "./format-figure"; // internal
 * import { NPS_POINTS } from "./figure-unit"; // internal
 * trendOf({ difference: -24.4, lower: -68.7, upper: 26, pValue: 0.38, significant: false }, "Sep 2026", NPS_POINTS).text;
 * // "▼ 24.4 points vs Sep 2026"
 * ```
 */
export function trendOf(change: ChangeFigure | null, previous: string, unit: FigureUnit): Trend {
  if (change === null || change.difference === null) {
    return {
      direction: "none",
      tone: "neutral",
      text: `no comparison with ${previous}`,
      verdict: "a period has no data",
    };
  }
  const size = Math.abs(change.difference);
  const rounded = Number(size.toFixed(unit.digits));
  const direction = rounded === 0 ? "flat" : change.difference > 0 ? "up" : "down";
  const arrow = direction === "up" ? "▲" : direction === "down" ? "▼" : "▶";
  const significant = isSignificant(change);
  const better = direction === (unit.better === "higher" ? "up" : "down");
  const tone = !significant || direction === "flat" ? "neutral" : better ? "good" : "bad";
  const p = change.pValue === null ? "" : ` (${pText(change.pValue)})`;
  return {
    direction,
    tone,
    text: `${arrow} ${fixed(size, unit.digits)} ${unit.change} vs ${previous}`,
    verdict: `${significant ? "significant" : "not significant"}${p}`,
  };
}

/**
 * Whether a figure rests on fewer than {@link SMALL_SAMPLE} answers or cases (but some).
 *
 * @example
 * ```ts
 * import { isSmallSample } from "./format-figure"; // internal
 * isSmallSample(2); // true
 * ```
 */
export function isSmallSample(n: number): boolean {
  return n > 0 && n < SMALL_SAMPLE;
}

/**
 * A duration in hours as people read it: `45 min` under two hours, `9.4 h` under three days,
 * then `6.0 days`; `–` for none.
 *
 * @example
 * ```ts
 * import { formatHours } from "./format-figure"; // internal
 * formatHours(0.75); // "45 min"
 * ```
 */
export function formatHours(hours: number | null): string {
  return hours === null ? "–" : durationParts(hours * 60).join("");
}

/**
 * A duration statistic: `median 2.5 h, mean 6.1 h, p90 18.0 h (n = 120)`, or `empty` when no
 * case has the duration (e.g. "no solved cases yet").
 *
 * @example
 * ```ts
 * import { formatDuration } from "./format-figure"; // internal
 * formatDuration({ n: 2, medianHours: 1.5, meanHours: 1.5, p90Hours: 1.9 }); // "median 90 min, mean 90 min, p90 114 min (n = 2)"
 * ```
 */
export function formatDuration(figure: DurationFigure, empty = "no cases yet"): string {
  if (figure.n === 0 || figure.medianHours === null) return empty;
  return `median ${formatHours(figure.medianHours)}, mean ${formatHours(figure.meanHours)}, p90 ${formatHours(figure.p90Hours)} (n = ${figure.n})`;
}

/**
 * A noun for a count: `answer` for 1, `answers` otherwise.
 *
 * @example
 * ```ts
 * import { noun } from "./format-figure"; // internal
 * `${1} ${noun(1, "case")}`; // "1 case"
 * ```
 */
export function noun(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}
