import type { ChurnModel } from "./churn-model";
import type { ChurnSignalName, ChurnSignals } from "./churn-signals";
import { defaultChurnModel } from "./default-churn-model";
import { termInput } from "./term-input";

/**
 * What one signal added to a churn score.
 *
 * @example
 * ```ts
 * import type { ChurnContribution } from "@rapport/churn";
 * const top = (c: ChurnContribution[]) => c.filter((x) => x.points > 0).map((x) => x.reason);
 * ```
 */
export interface ChurnContribution {
  /** The signal. */
  readonly signal: ChurnSignalName;
  /** Its value (`null` = no data). */
  readonly value: number | null;
  /** The model term's input derived from it: the clamped, transformed value minus the term's center. */
  readonly input: number;
  /** The model's weight for it. */
  readonly weight: number;
  /** Points added to the logit: weight · input. */
  readonly points: number;
  /** One line a person can read, e.g. "3 cases reopened in the last 30 days". */
  readonly reason: string;
}

/**
 * A churn risk with its explanation.
 *
 * @example
 * ```ts
 * import type { ChurnRisk } from "@rapport/churn";
 * const label = (risk: ChurnRisk) => `${risk.band} (${Math.round(risk.score * 100)} %)`;
 * ```
 */
export interface ChurnRisk {
  /** Probability-like score in 0..1: the logistic of `logit`. */
  readonly score: number;
  /** `"high"` at or above the model's high threshold, `"medium"` at or above medium. */
  readonly band: "low" | "medium" | "high";
  /** intercept + Σ contributions' points: the score before squashing. */
  readonly logit: number;
  /** The model's intercept (the logit when every contribution is 0). */
  readonly intercept: number;
  /** One entry per model term, largest |points| first. */
  readonly contributions: ChurnContribution[];
  /** The model's name. */
  readonly model: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const fixed = (v: number, digits = 2) => Number(v.toFixed(digits)).toString();

function reasonFor(signal: ChurnSignalName, v: number | null): string {
  if (v === null) return `no data for ${signal}`;
  switch (signal) {
    case "daysSinceLastPurchase":
      return `last purchase ${plural(Math.round(v), "day")} ago`;
    case "daysSinceLastContact":
      return `last contact ${plural(Math.round(v), "day")} ago`;
    case "contactTrend":
      return v > 0
        ? `contacts rising (×${fixed(Math.exp(v))} in the last 30 days vs the 90 before)`
        : `contacts steady or falling (×${fixed(Math.exp(v))} in the last 30 days vs the 90 before)`;
    case "unresolvedCases":
      return `${plural(v, "case")} unresolved`;
    case "reopenedCases":
      return `${plural(v, "case")} reopened in the last 30 days`;
    case "latestCsat":
      // 0..1 from good/bad or from 1–5 as (s − 1)/4: only a 1–5 answer falls in between.
      if (v <= 0) return "latest CSAT rating the lowest (bad, or 1 of 5)";
      if (v >= 1) return "latest CSAT rating the highest (good, or 5 of 5)";
      return `latest CSAT rating ${fixed(1 + 4 * v, 1)} of 5`;
    case "latestNps":
      return `latest NPS answer ${v} of 10`;
    case "latestCes":
      if (v <= 0) return "latest effort answer the hardest on its scale";
      if (v >= 1) return "latest effort answer the easiest on its scale";
      return `latest effort answer ${fixed(v * 100, 0)} % of the way from hardest to easiest`;
    case "csatTrend":
      return `CSAT rating ${v >= 0 ? "up" : "down"} by ${fixed(Math.abs(v) * 100, 0)} % of the scale vs earlier answers`;
    case "npsTrend":
      return `NPS answer ${v >= 0 ? "up" : "down"} ${plural(Number(fixed(Math.abs(v), 1)), "point")} (of 10) vs earlier answers`;
    case "cesTrend":
      return `effort answer ${v >= 0 ? "easier" : "harder"} by ${fixed(Math.abs(v) * 100, 0)} % of the scale vs earlier answers`;
    case "negativeInteractions":
      return `${plural(v, "negative interaction")} in the last 90 days`;
    case "positiveInteractions":
      return `${plural(v, "positive interaction")} in the last 90 days`;
    case "transfers":
      return `${plural(v, "transfer")} in the last 90 days`;
    case "repeatContacts":
      return `${plural(v, "repeat contact")} on the same case in the last 90 days`;
    case "careGestures":
      return `${plural(v, "care gesture")} received in the last 90 days`;
  }
}

/**
 * Scores a customer's churn risk with a scorecard and explains it. Each model term adds
 * `weight · input` points to the logit (its clamped, transformed value minus the term's center); the score is the logistic
 * 1 / (1 + e^(−logit)), so `intercept + Σ points = logit` exactly: the squashing is the only
 * step after the sum, and it keeps the ranking. Bands use the model's thresholds. A signal
 * with no data adds 0 points and says so.
 *
 * @example
 * ```ts
 * import { customerId } from "@rapport/core";
 * import { churnRisk, churnSignals } from "@rapport/churn";
 * const risk = churnRisk(
 *   churnSignals(customerId("cus_1"), {}, { asOf: new Date("2024-06-01T00:00:00Z") }),
 * );
 * risk.band; // "low"
 * risk.contributions[0]!.reason;
 * ```
 */
export function churnRisk(signals: ChurnSignals, model: ChurnModel = defaultChurnModel): ChurnRisk {
  const contributions = model.terms.map((term): ChurnContribution => {
    const value = signals.values[term.signal] ?? null;
    const input = termInput(term, value);
    const points = term.weight * input;
    return {
      signal: term.signal,
      value,
      input,
      weight: term.weight,
      points: points === 0 ? 0 : points,
      reason: reasonFor(term.signal, value),
    };
  });
  let logit = model.intercept;
  for (const c of contributions) logit += c.points;
  const score = 1 / (1 + Math.exp(-logit));
  const band = score >= model.bands.high ? "high" : score >= model.bands.medium ? "medium" : "low";
  contributions.sort((p, q) => Math.abs(q.points) - Math.abs(p.points));
  return { score, band, logit, intercept: model.intercept, contributions, model: model.name };
}
