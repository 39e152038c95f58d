import type { ScoreSection } from "./report-data";

/**
 * How a figure is read: what follows its value, what its change between periods is counted
 * in, how many decimals it shows, and which way is better.
 *
 * @example
 * ```ts
 * import type { FigureUnit } from "./figure-unit"; // internal
 * const nps: FigureUnit = { suffix: " points", change: "points", digits: 1, better: "higher" };
 * ```
 */
export interface FigureUnit {
  /** Follows the value, with its space: `" %"`, `" points"`, `" / 7"`. */
  readonly suffix: string;
  /** The unit of a difference: `"points"`, `"percentage points"`. */
  readonly change: string;
  readonly digits: number;
  readonly better: "higher" | "lower";
}

/** Below this many answers (or cases) a figure is flagged as a small sample. */
export const SMALL_SAMPLE = 30;

/** A percentage (CSAT, SLA attainment, rates): `52.9 %`, changes in percentage points. */
export const PERCENT: FigureUnit = {
  suffix: " %",
  change: "percentage points",
  digits: 1,
  better: "higher",
};

/** A share where less is better (reopen rate, customers at risk). */
export const PERCENT_LOWER_BETTER: FigureUnit = { ...PERCENT, better: "lower" };

/** NPS on −100…100: `23.2 points`. */
export const NPS_POINTS: FigureUnit = {
  suffix: " points",
  change: "points",
  digits: 1,
  better: "higher",
};

/**
 * The unit of a survey metric's score: points for NPS, % for CSAT, "/ 7" (or "/ 5") for CES.
 *
 * @example
 * ```ts
 * import { scoreUnit } from "./figure-unit"; // internal
 * scoreUnit("ces", [1, 7]).suffix; // " / 7"
 * ```
 */
export function scoreUnit(
  metric: ScoreSection["metric"],
  domain: readonly [number, number],
): FigureUnit {
  if (metric === "nps") return NPS_POINTS;
  if (metric === "csat") return PERCENT;
  return { suffix: ` / ${domain[1]}`, change: "points", digits: 1, better: "higher" };
}

/**
 * A number as the report writes it, with a true minus sign: `−4.0`, `12.5`.
 *
 * @example
 * ```ts
 * import { fixed } from "./figure-unit"; // internal
 * fixed(-4, 1); // "−4.0"
 * ```
 */
export function fixed(value: number, digits: number): string {
  const text = value.toFixed(digits);
  // No "−0.0": a value that rounds to zero is written without a sign.
  if (Number(text) === 0) return (0).toFixed(digits);
  return text.replace("-", "−");
}

/**
 * A duration in minutes as a value and its unit, the way people say it: minutes under two
 * hours, hours under three days, then days.
 *
 * @example
 * ```ts
 * import { durationParts } from "./figure-unit"; // internal
 * durationParts(45); // ["45", " min"]
 * durationParts(564); // ["9.4", " h"]
 * durationParts(6 * 24 * 60); // ["6.0", " days"]
 * ```
 */
export function durationParts(minutes: number): [string, string] {
  if (Math.abs(minutes) < 120) return [fixed(minutes, 0), " min"];
  if (Math.abs(minutes) < 72 * 60) return [fixed(minutes / 60, 1), " h"];
  return [fixed(minutes / 1440, 1), " days"];
}
