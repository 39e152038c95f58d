/**
 * A share in a report row: percent with its interval, from a `Proportion`.
 *
 * @example
 * ```ts
 * import type { VoiceShare } from "@rapport/cli";
 * const show = (s: VoiceShare) => `${s.value?.toFixed(1)} % of ${s.n}`;
 * ```
 */
export interface VoiceShare {
  readonly value: number | null;
  readonly n: number;
  readonly lower: number | null;
  readonly upper: number | null;
}

/**
 * One contact reason in the report: how many cases, its share, its share per period, and what
 * it leads to (reopened cases and bad ratings, against the other reasons).
 *
 * @example
 * ```ts
 * import type { VoiceReason } from "@rapport/cli";
 * const line = (r: VoiceReason) => `${r.reason}: ${r.cases} cases`;
 * ```
 */
export interface VoiceReason {
  readonly reason: string;
  readonly cases: number;
  readonly share: VoiceShare;
  /** The reason's share of each period's cases, in the order of `VoiceSection.periods`. */
  readonly trend: readonly (number | null)[];
  readonly reopened: VoiceShare;
  /** Reopened-rate difference from the other reasons, percentage points, Newcombe interval. */
  readonly reopenedDifference: {
    readonly value: number;
    readonly lower: number;
    readonly upper: number;
  } | null;
  readonly lowSatisfaction: VoiceShare;
}

/**
 * One driver of a score in the report: its LMG share of R² in percent of R², with the
 * bootstrap interval, and whether it is a dissatisfier or a delighter.
 *
 * @example
 * ```ts
 * import type { VoiceDriver } from "@rapport/cli";
 * const line = (d: VoiceDriver) => `${d.driver}: ${d.percent.toFixed(0)} % of R²`;
 * ```
 */
export interface VoiceDriver {
  readonly driver: string;
  /** LMG share of R² (0..1). */
  readonly lmg: number;
  readonly lower: number | null;
  readonly upper: number | null;
  /** The share as a percentage of R². */
  readonly percent: number;
  readonly relativeWeight: number;
  readonly kind: "dissatisfier" | "delighter" | "linear" | null;
}

/**
 * The drivers of one score.
 *
 * @example
 * ```ts
 * import type { VoiceDrivers } from "@rapport/cli";
 * const top = (d: VoiceDrivers) => d.drivers[0]?.driver;
 * ```
 */
export interface VoiceDrivers {
  /** `"csat"` or `"nps"`. */
  readonly score: string;
  /** What the drivers are: `"survey items"` or `"case figures"`. */
  readonly from: string;
  readonly n: number;
  readonly rSquared: number;
  readonly rSquaredLower: number | null;
  readonly rSquaredUpper: number | null;
  readonly drivers: readonly VoiceDriver[];
}

/**
 * Sentiment of what customers wrote on one channel: the mean VADER compound and the share of
 * negative texts.
 *
 * @example
 * ```ts
 * import type { VoiceChannelSentiment } from "@rapport/cli";
 * const line = (s: VoiceChannelSentiment) => `${s.channel}: ${s.meanCompound.toFixed(2)}`;
 * ```
 */
export interface VoiceChannelSentiment {
  readonly channel: string;
  readonly texts: number;
  readonly meanCompound: number;
  readonly negative: VoiceShare;
}

/**
 * The "Why they stay, why they call" section of a report: top contact reasons and their
 * trend, the drivers of NPS and CSAT with intervals, and sentiment by channel.
 *
 * @example
 * ```ts
 * import type { VoiceSection } from "@rapport/cli";
 * const reasons = (v: VoiceSection) => v.reasons.map((r) => r.reason);
 * ```
 */
export interface VoiceSection {
  /** Where the reasons come from: `"subjects"` (the cases' subject lines). */
  readonly reasonsFrom: string;
  /** The labels of the trend's periods, oldest first. */
  readonly periods: readonly string[];
  /** The most frequent reasons, most cases first. */
  readonly reasons: readonly VoiceReason[];
  readonly drivers: readonly VoiceDrivers[];
  readonly sentiment: readonly VoiceChannelSentiment[];
}
