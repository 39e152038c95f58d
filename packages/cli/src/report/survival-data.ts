import type { EstimateFigure, ShareFigure } from "./section-figures";

/**
 * One step of a Kaplan-Meier curve: the share of customers still there just after `days`,
 * with its pointwise interval (log-log, 95 %), and the counts it rests on.
 *
 * @example
 * ```ts
 * import type { SurvivalStep } from "@rapport/cli";
 * const step: SurvivalStep = { days: 30, atRisk: 40, churned: 2, censored: 1, survival: 0.95, lower: 0.82, upper: 0.99 };
 * ```
 */
export interface SurvivalStep {
  /** Days since the customer's first purchase. */
  readonly days: number;
  /** Customers still followed just before `days`. */
  readonly atRisk: number;
  /** Customers who churned at `days`. */
  readonly churned: number;
  /** Customers whose follow-up ended at `days` without churning (the report's moment). */
  readonly censored: number;
  /** The estimated share still there just after `days`, on 0..1. */
  readonly survival: number;
  readonly lower: number;
  readonly upper: number;
}

/**
 * One group of the service-recovery comparison: customers recovered within the window after
 * a bad experience, or not.
 *
 * @example
 * ```ts
 * import type { RecoveryGroupFigure } from "@rapport/cli";
 * const line = (g: RecoveryGroupFigure) => `${g.customers} customers, ${g.stayed.value} % stayed`;
 * ```
 */
export interface RecoveryGroupFigure {
  /** Customers compared (their window closed and they were still there). */
  readonly customers: number;
  /** Of them, churned since. */
  readonly churned: number;
  /** Share still there at the report's moment, percent with its Wilson interval. */
  readonly stayed: ShareFigure;
  /** CSAT of their first answers after the window (percent), with its interval. */
  readonly nextCsat: EstimateFigure;
}

/**
 * Service recovery (`serviceRecovery` of @rapport/churn): of the customers with a bad rating
 * (a bad CSAT or an NPS detractor answer), those with a follow-up, a gesture or a solved case
 * within `windowDays` against the others, on staying and on their next rating.
 *
 * @example
 * ```ts
 * import type { RecoveryFigure } from "@rapport/cli";
 * const rate = (r: RecoveryFigure) => `${r.recoveryRate.value} % recovered (n = ${r.recoveryRate.n})`;
 * ```
 */
export interface RecoveryFigure {
  readonly windowDays: number;
  /** Customers with a bad experience by the report's moment. */
  readonly negative: number;
  /** Of them, still inside their window (left out). */
  readonly inProgress: number;
  /** Of them, churned before their window closed (left out). */
  readonly churnedInWindow: number;
  /** Share of the compared customers recovered within the window, percent. */
  readonly recoveryRate: ShareFigure;
  readonly recovered: RecoveryGroupFigure;
  readonly notRecovered: RecoveryGroupFigure;
  /** Log-rank p-value of the two retention curves; null when a group is empty. */
  readonly logRankP: number | null;
  /**
   * Restricted mean survival difference (recovered − not), in days within `tau` days of the
   * window's end, with its interval; null when a group is empty.
   */
  readonly rmstDifference: EstimateFigure | null;
  readonly tau: number | null;
  /** The comparison is observational: what that means. */
  readonly caveat: string;
}

/**
 * The survival and recovery section: how long customers stay after their first purchase
 * (Kaplan-Meier, with the median and its interval when reached), and whether service recovery
 * after a bad rating goes with staying.
 *
 * @example
 * ```ts
 * import type { SurvivalSection } from "@rapport/cli";
 * const median = (s: SurvivalSection) => s.survival?.median.value ?? "not reached";
 * ```
 */
export interface SurvivalSection {
  /** Customer survival; null when no customer has a first purchase by the report's moment. */
  readonly survival: {
    /** Customers followed from their first purchase. */
    readonly customers: number;
    /** Of them, churned (a journey event of the stage `churned`) by the report's moment. */
    readonly churned: number;
    /** The longest follow-up, in days: where the curve ends. */
    readonly followUpDays: number;
    /** The curve, one step per day on which someone churned. */
    readonly steps: readonly SurvivalStep[];
    /**
     * Median survival in days with its Brookmeyer-Crowley interval (R's `survfit` default);
     * `value` null while more than half are still there; a bound null where not reached.
     */
    readonly median: EstimateFigure;
    /** The share still there at fixed horizons within the follow-up (30, 90, 180, 365 days). */
    readonly at: ReadonlyArray<{
      readonly days: number;
      readonly survival: number;
      readonly lower: number;
      readonly upper: number;
    }>;
  } | null;
  /** Service recovery; null when no customer had a bad rating by the report's moment. */
  readonly recovery: RecoveryFigure | null;
}
