import { criticalZ, expectedMessage, oneOf } from "@rapport/stats";
import { type CompareOptions, type Comparison, emptyComparison, zComparison } from "./comparison";
import type { NpsCounts } from "./nps";
import { checkCount, checkLevel } from "./score-options";

/**
 * Compares two Net Promoter Scores (e.g. this month against last, or a care programme
 * against its control group): `difference` = NPS(a) − NPS(b) in points, an interval of the
 * difference, a z test and its two-sided p-value. Takes `NpsScore`s or plain counts.
 *
 * Method (default `"adjusted-wald"`): each side adjusted as in Rocks (2016) — n′ = n + 3, ¾
 * added to promoters and to detractors — then, as for independent samples, the variances add:
 * Var = Var′(a) + Var′(b), interval = (NPS′a − NPS′b) ± z·√Var (×100, clamped to −200..200),
 * z = (NPS′a − NPS′b)/√Var. Test and interval use the same estimate, so `significant` agrees
 * with whether the interval excludes 0. `"wald"` uses the unadjusted proportions. Sources:
 * Rocks (2016), The American Statistician 70(4); Sauro & Lewis, "Quantifying the User
 * Experience" (2nd ed., 2016), on comparing two NPS.
 *
 * @example
 * ```ts
 * import { compareNps } from "@rapport/metrics";
 * const change = compareNps(
 *   { promoters: 120, passives: 50, detractors: 30 },
 *   { promoters: 90, passives: 60, detractors: 50 },
 * );
 * change.difference; // 25 (45 − 20)
 * change.significant; // true
 * ```
 */
export function compareNps(
  a: NpsCounts,
  b: NpsCounts,
  options: CompareOptions & { readonly interval?: "adjusted-wald" | "wald" } = {},
): Comparison {
  const level = checkLevel("compareNps", options.level ?? 0.95);
  const method = options.interval ?? "adjusted-wald";
  if (method !== "adjusted-wald" && method !== "wald") {
    throw new RangeError(
      expectedMessage("compareNps: options.interval", oneOf(["adjusted-wald", "wald"]), method),
    );
  }
  const sideA = side("a", a, method);
  const sideB = side("b", b, method);
  if (sideA === null || sideB === null) return emptyComparison(null, "z", level);
  const difference = sideA.value - sideB.value;
  const centre = sideA.centre - sideB.centre;
  const se = Math.sqrt(sideA.variance + sideB.variance);
  if (se === 0) return emptyComparison(difference, "z", level);
  const half = criticalZ(level) * se;
  const interval = {
    lower: Math.max(-200, (centre - half) * 100),
    upper: Math.min(200, (centre + half) * 100),
    level,
    method,
  };
  return zComparison(difference, interval, centre / se, level);
}

function side(
  name: string,
  counts: NpsCounts,
  method: "adjusted-wald" | "wald",
): { value: number; centre: number; variance: number } | null {
  const promoters = checkCount("compareNps", `${name}.promoters`, counts.promoters);
  const passives = checkCount("compareNps", `${name}.passives`, counts.passives);
  const detractors = checkCount("compareNps", `${name}.detractors`, counts.detractors);
  const n = promoters + passives + detractors;
  if (n === 0) return null;
  const extra = method === "wald" ? 0 : 3;
  const nAdjusted = n + extra;
  const pro = (promoters + extra / 4) / nAdjusted;
  const det = (detractors + extra / 4) / nAdjusted;
  const centre = pro - det;
  return {
    value: ((promoters - detractors) * 100) / n,
    centre,
    variance: (pro + det - centre * centre) / nAdjusted,
  };
}
