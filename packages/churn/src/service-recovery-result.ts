import type { Comparison, CsatScale, CsatScore, NpsScore } from "@rapport/metrics";
import type { Proportion } from "@rapport/stats";
import type { KaplanMeierCurve } from "./kaplan-meier";
import type { LogRankTestResult } from "./log-rank-test";
import type { RestrictedMeanDifference } from "./restricted-mean-difference";
import type { RestrictedMeanSurvival } from "./restricted-mean-survival";
import type { RecoveryEpisode } from "./service-recovery-episodes";

/**
 * One side of a service-recovery comparison: recovered or not recovered customers.
 *
 * @example
 * ```ts
 * import type { RecoveryGroup } from "@rapport/churn";
 * const line = (g: RecoveryGroup) => `${g.customers} customers, ${g.churned} churned, next CSAT ${g.nextCsat.value}`;
 * ```
 */
export interface RecoveryGroup {
  /** Customers compared. */
  readonly customers: number;
  /** Of them, churned by `asOf`. */
  readonly churned: number;
  /** Their retention from the window's end (days). */
  readonly retention: KaplanMeierCurve;
  /** Their restricted mean survival up to τ; `null` when τ is undefined (an empty group). */
  readonly restrictedMean: RestrictedMeanSurvival | null;
  /** Their first CSAT answers after the window (on the compared scale). */
  readonly nextCsat: CsatScore;
  /** Their first NPS answers after the window. */
  readonly nextNps: NpsScore;
}

/**
 * The comparison within one stratum (segment or tier).
 *
 * @example
 * ```ts
 * import type { RecoveryStratum } from "@rapport/churn";
 * const line = (s: RecoveryStratum) => `${s.stratum}: ${s.rmstDifference?.difference ?? "n/a"} days`;
 * ```
 */
export interface RecoveryStratum {
  /** The segment or tier (`"(none)"` for customers without one). */
  readonly stratum: string;
  /** Recovered customers compared in it. */
  readonly recovered: number;
  /** Not recovered customers compared in it. */
  readonly notRecovered: number;
  /** Log-rank test within it; `null` when a group is empty. */
  readonly logRank: LogRankTestResult | null;
  /** RMST difference (recovered − not) within it, at the overall τ; `null` when a group is empty. */
  readonly rmstDifference: RestrictedMeanDifference | null;
}

/**
 * Whether service recovery pays: recovered against not recovered customers after a bad
 * experience, on retention and on their next CSAT and NPS, with the uncertainty of each.
 *
 * @example
 * ```ts
 * import type { ServiceRecovery } from "@rapport/churn";
 * const pays = (r: ServiceRecovery) => (r.rmstDifference?.interval?.lower ?? 0) > 0;
 * ```
 */
export interface ServiceRecovery {
  /** The recovery window, days. */
  readonly windowDays: number;
  /** Customers with a bad experience (a bad CSAT, a detractor answer or a breach) by `asOf`. */
  readonly negative: number;
  /** Of them, still inside their window at `asOf` (left out). */
  readonly inProgress: number;
  /** Of them, churned before their window closed (left out). */
  readonly churnedInWindow: number;
  /** Share recovered among the compared customers (percent, Wilson interval). */
  readonly recoveryRate: Proportion;
  /** The recovered customers. */
  readonly recovered: RecoveryGroup;
  /** The customers not recovered. */
  readonly notRecovered: RecoveryGroup;
  /** Log-rank test of the two retention curves (stratified with `stratifyBy`); `null` when a group is empty. */
  readonly logRank: LogRankTestResult | null;
  /** Restricted mean survival difference, recovered − not, in days within τ; `null` when a group is empty. */
  readonly rmstDifference: RestrictedMeanDifference | null;
  /** The horizon τ used (days from the window's end); `null` when a group is empty. */
  readonly tau: number | null;
  /** Next CSAT, recovered − not, in percentage points (`compareCsat` of `@rapport/metrics`). */
  readonly nextCsat: Comparison;
  /** Next NPS, recovered − not, in points (`compareNps` of `@rapport/metrics`). */
  readonly nextNps: Comparison;
  /** The CSAT scale compared. */
  readonly csatScale: CsatScale;
  /** Per stratum, with `stratifyBy`; empty otherwise. */
  readonly strata: RecoveryStratum[];
  /** Every customer with a bad experience and what became of them. */
  readonly episodes: RecoveryEpisode[];
  /** The plain statement that this is observational, and what that means. */
  readonly caveat: string;
  /** The answer in one paragraph, with its uncertainty. */
  readonly summary: string;
}

/**
 * What {@link ServiceRecovery}'s `caveat` says: the comparison is observational.
 *
 * @example
 * ```ts
 * import { SERVICE_RECOVERY_CAVEAT } from "@rapport/churn";
 * SERVICE_RECOVERY_CAVEAT.startsWith("This comparison is observational"); // true
 * ```
 */
export const SERVICE_RECOVERY_CAVEAT =
  "This comparison is observational: customers were not assigned to recovery at random. " +
  "Teams tend to recover some customers more than others (the most valuable, the most " +
  "vocal, the easiest to keep), so a difference here is an association, not proof that " +
  "recovery causes it. Compare within segments or tiers, and read the intervals, not only " +
  "the point estimates.";
