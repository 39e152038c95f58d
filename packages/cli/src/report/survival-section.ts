import {
  kaplanMeier,
  medianSurvival,
  type RecoveryCustomer,
  serviceRecovery,
} from "@rapport/churn";
import type {
  CareGesture,
  Case,
  CustomerId,
  Interaction,
  JourneyEvent,
  SurveyResponse,
} from "@rapport/core";
import type { CsatScore } from "@rapport/metrics";
import { proportion } from "@rapport/stats";
import { type EstimateFigure, shareFigure } from "./section-figures";
import type { RecoveryGroupFigure, SurvivalSection } from "./survival-data";

const DAY = 86_400_000;
/** Days after a bad rating within which a follow-up, a gesture or a solve counts as recovery. */
export const RECOVERY_WINDOW_DAYS = 7;
const HORIZONS = [30, 90, 180, 365];

function csatFigure(score: CsatScore): EstimateFigure {
  return {
    value: score.value,
    n: score.n,
    lower: score.interval?.lower ?? null,
    upper: score.interval?.upper ?? null,
    method: score.interval?.method ?? null,
  };
}

/**
 * Each customer's first purchase and first churn after it (journey events of the stages
 * `purchase` and `churned`), up to `asOf`.
 */
function lifetimes(events: readonly JourneyEvent[], asOf: number) {
  const sorted = events
    .filter(
      (e) => e.occurredAt.getTime() <= asOf && (e.stage === "purchase" || e.stage === "churned"),
    )
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const lives = new Map<string, { start: number; churnedAt: number | null }>();
  for (const e of sorted) {
    const life = lives.get(e.customerId);
    if (life === undefined) {
      if (e.stage === "purchase")
        lives.set(e.customerId, { start: e.occurredAt.getTime(), churnedAt: null });
    } else if (e.stage === "churned" && life.churnedAt === null) {
      life.churnedAt = e.occurredAt.getTime();
    }
  }
  return lives;
}

/**
 * Computes the survival and recovery section. Survival: each customer is followed from their
 * first purchase to their first churn (a `churned` journey event; Segment's "Subscription
 * Cancelled", say) or, still there, to `asOf` (censored), in whole days; Kaplan-Meier of
 * @rapport/churn with log-log 95 % intervals, and the median with the Brookmeyer-Crowley
 * interval exactly as R's `survfit` prints it. Recovery: `serviceRecovery` of @rapport/churn
 * with a 7-day window, the customers' churn dates taken from the same journey events. Null
 * when neither part has data.
 *
 * @example
 * ```ts
 * import { survivalSection } from "./survival-section"; // internal
 * survivalSection(
 *   { journeyEvents: [], surveyResponses: [], cases: [], interactions: [], careGestures: [] },
 *   { asOf: new Date("2024-07-01T00:00:00Z") },
 * ); // null
 * ```
 */
export function survivalSection(
  data: {
    readonly journeyEvents: readonly JourneyEvent[];
    readonly surveyResponses: readonly SurveyResponse[];
    readonly cases: readonly Case[];
    readonly interactions: readonly Interaction[];
    readonly careGestures: readonly CareGesture[];
  },
  options: { readonly asOf: Date },
): SurvivalSection | null {
  const asOf = options.asOf.getTime();
  const lives = lifetimes(data.journeyEvents, asOf);
  const survival = lives.size === 0 ? null : survivalOf([...lives.values()], asOf);

  // Every customer who appears in a survey answer, with the churn date their journey shows.
  const churned = new Map<string, number>();
  for (const e of data.journeyEvents) {
    const at = e.occurredAt.getTime();
    if (e.stage !== "churned" || at > asOf) continue;
    churned.set(e.customerId, Math.min(at, churned.get(e.customerId) ?? at));
  }
  const ids = new Set<string>(data.surveyResponses.map((r) => r.customerId));
  const customers: RecoveryCustomer[] = [...ids].sort().map((id) => {
    const at = churned.get(id);
    return at === undefined
      ? { id: id as CustomerId }
      : { id: id as CustomerId, churnedAt: new Date(at) };
  });
  const result = serviceRecovery(
    {
      customers,
      surveyResponses: data.surveyResponses,
      cases: data.cases,
      interactions: data.interactions,
      careGestures: data.careGestures,
    },
    { asOf: options.asOf, windowDays: RECOVERY_WINDOW_DAYS },
  );
  const group = (g: typeof result.recovered): RecoveryGroupFigure => ({
    customers: g.customers,
    churned: g.churned,
    stayed: shareFigure(proportion(g.customers - g.churned, g.customers)),
    nextCsat: csatFigure(g.nextCsat),
  });
  const rmst = result.rmstDifference;
  const recovery =
    result.negative === 0
      ? null
      : {
          windowDays: result.windowDays,
          negative: result.negative,
          inProgress: result.inProgress,
          churnedInWindow: result.churnedInWindow,
          recoveryRate: shareFigure(result.recoveryRate),
          recovered: group(result.recovered),
          notRecovered: group(result.notRecovered),
          logRankP: result.logRank?.pValue ?? null,
          rmstDifference:
            rmst === null
              ? null
              : {
                  value: rmst.difference,
                  n: result.recovered.customers + result.notRecovered.customers,
                  lower: rmst.interval?.lower ?? null,
                  upper: rmst.interval?.upper ?? null,
                  method: rmst.interval?.method ?? null,
                },
          tau: result.tau,
          caveat: result.caveat,
        };
  if (survival === null && recovery === null) return null;
  return { survival, recovery };
}

function survivalOf(
  lives: readonly { start: number; churnedAt: number | null }[],
  asOf: number,
): NonNullable<SurvivalSection["survival"]> {
  const durations = lives.map((l) => Math.floor(((l.churnedAt ?? asOf) - l.start) / DAY));
  const observed = lives.map((l) => l.churnedAt !== null);
  const curve = kaplanMeier(durations, observed);
  const median = medianSurvival(curve);
  const steps = curve.steps.map((s) => ({
    days: s.time,
    atRisk: s.atRisk,
    churned: s.events,
    censored: s.censored,
    survival: s.survival,
    lower: s.interval.lower,
    upper: s.interval.upper,
  }));
  const longest = Math.max(...durations);
  const at = HORIZONS.filter((days) => days <= longest).map((days) => {
    const step = steps.filter((s) => s.days <= days).at(-1);
    return step === undefined
      ? { days, survival: 1, lower: 1, upper: 1 }
      : { days, survival: step.survival, lower: step.lower, upper: step.upper };
  });
  return {
    customers: lives.length,
    churned: curve.events,
    followUpDays: longest,
    steps,
    median: {
      value: median.value,
      n: lives.length,
      lower: median.interval.lower,
      upper: median.interval.upper,
      method: `brookmeyer-crowley (${median.interval.method})`,
    },
    at,
  };
}
