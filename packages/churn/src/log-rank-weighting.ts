import { expectedMessage, oneOf } from "@rapport/stats";
import type { RiskRow } from "./risk-table";

/**
 * The weight function of a weighted log-rank test ({@link logRankTest}), in the notation of
 * Klein & Moeschberger, "Survival Analysis" (2nd ed.), §7.3, at an event time tᵢ with Yᵢ at
 * risk and dᵢ events in the (stratum's) pooled sample:
 * - `"log-rank"`: W = 1 (Mantel 1966); most power when hazards are proportional;
 * - `"gehan-breslow"`: W = Yᵢ, the generalised Wilcoxon (Gehan 1965, Breslow 1970); early
 *   differences weigh more, but so does the censoring pattern;
 * - `"tarone-ware"`: W = √Yᵢ (Tarone & Ware 1977), between the two;
 * - `"peto-peto"`: W = S̃(tᵢ) = Π_{tⱼ ≤ tᵢ} (1 − dⱼ/(Yⱼ + 1)) (Peto & Peto 1972), early
 *   differences weigh more, robust to differing censoring;
 * - `"fleming-harrington"`: W = Ŝ(tᵢ−)ᵖ (1 − Ŝ(tᵢ−))^q with Ŝ the pooled Kaplan-Meier just
 *   before tᵢ (Fleming & Harrington 1991); p > 0 stresses early, q > 0 late differences. R's
 *   `survdiff(…, rho = ρ)` is Fleming-Harrington (ρ, 0).
 *
 * @example
 * ```ts
 * import type { LogRankWeighting } from "@rapport/churn";
 * const weighting: LogRankWeighting = "tarone-ware";
 * ```
 */
export type LogRankWeighting =
  | "log-rank"
  | "gehan-breslow"
  | "tarone-ware"
  | "peto-peto"
  | "fleming-harrington";

export const LOG_RANK_WEIGHTINGS: readonly LogRankWeighting[] = [
  "log-rank",
  "gehan-breslow",
  "tarone-ware",
  "peto-peto",
  "fleming-harrington",
];

/** A checked weighting with its Fleming-Harrington exponents; internal. */
export interface WeightingSpec {
  readonly weighting: LogRankWeighting;
  readonly p: number;
  readonly q: number;
}

/** Checks `weighting`, `p` and `q` of the options; internal. */
export function checkWeighting(
  fn: string,
  options: { weighting?: unknown; p?: unknown; q?: unknown },
): WeightingSpec {
  const weighting = (options.weighting ?? "log-rank") as LogRankWeighting;
  if (!LOG_RANK_WEIGHTINGS.includes(weighting)) {
    throw new RangeError(
      expectedMessage(`${fn}: options.weighting`, oneOf(LOG_RANK_WEIGHTINGS), weighting),
    );
  }
  if (weighting !== "fleming-harrington") return { weighting, p: 0, q: 0 };
  const exponent = (name: "p" | "q"): number => {
    const value = options[name];
    const where = `${fn}: options.${name}`;
    const expected = 'a finite number ≥ 0 (required with weighting "fleming-harrington")';
    if (typeof value !== "number") throw new TypeError(expectedMessage(where, expected, value));
    if (!(Number.isFinite(value) && value >= 0)) {
      throw new RangeError(expectedMessage(where, expected, value));
    }
    return value;
  };
  return { weighting, p: exponent("p"), q: exponent("q") };
}

/** The weight W at each row of one stratum's risk table; internal. */
export function weightsOf(rows: readonly RiskRow[], spec: WeightingSpec): number[] {
  const { weighting, p, q } = spec;
  let kaplanMeier = 1; // Ŝ just before the row
  let peto = 1;
  return rows.map(({ totalAtRisk: y, totalEvents: d }) => {
    let w = 1;
    if (weighting === "gehan-breslow") w = y;
    else if (weighting === "tarone-ware") w = Math.sqrt(y);
    else if (weighting === "peto-peto") {
      peto *= 1 - d / (y + 1);
      w = peto;
    } else if (weighting === "fleming-harrington") {
      // 0⁰ = 1: FH(0, q) at the first time, where 1 − Ŝ = 0, is 0 only for q > 0.
      w = (p === 0 ? 1 : kaplanMeier ** p) * (q === 0 ? 1 : (1 - kaplanMeier) ** q);
    }
    kaplanMeier *= y > d ? 1 - d / y : 0;
    return w;
  });
}
