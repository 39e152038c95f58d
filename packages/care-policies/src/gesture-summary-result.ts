import type { AgentId, Money, RecordId } from "@rapport/core";
import type { Comparison, CsatScale, CsatScore, NpsScore } from "@rapport/metrics";
import type { GestureKind } from "./care-types";
import type { LimitUsage } from "./limit-usage";

/**
 * Gestures granted, in count, value per currency and minutes.
 *
 * @example
 * ```ts
 * import type { GrantedTotals } from "@rapport/care-policies";
 * const totals: GrantedTotals = { count: 2, value: [{ amount: 1500, currency: "EUR" }], minutes: 0 };
 * ```
 */
export interface GrantedTotals {
  /** Number of gestures. */
  readonly count: number;
  /** Total value, one entry per currency (minor units), sorted by currency. */
  readonly value: readonly Money[];
  /** Total extra minutes. */
  readonly minutes: number;
}

/**
 * What one agent granted in the period.
 *
 * @example
 * ```ts
 * import type { AgentGestures } from "@rapport/care-policies";
 * const row = (a: AgentGestures) => `${a.agentId}: ${a.total.count} gestures`;
 * ```
 */
export interface AgentGestures {
  /** The agent. */
  readonly agentId: AgentId;
  /** Everything the agent granted. */
  readonly total: GrantedTotals;
  /** Per kind (only kinds granted). */
  readonly byKind: Readonly<Partial<Record<GestureKind, GrantedTotals>>>;
}

/**
 * A score of customers who received a gesture against those who did not, with the difference
 * test from `@rapport/metrics`.
 *
 * @example
 * ```ts
 * import type { OutcomeComparison } from "@rapport/care-policies";
 * import type { CsatScore } from "@rapport/metrics";
 * const pays = (o: OutcomeComparison<CsatScore>) => o.comparison.significant && (o.comparison.difference ?? 0) > 0;
 * ```
 */
export interface OutcomeComparison<Score> {
  /** The score of responses from customers who had received a gesture. */
  readonly withGesture: Score;
  /** The score of the other responses. */
  readonly withoutGesture: Score;
  /** withGesture − withoutGesture, its interval and test. */
  readonly comparison: Comparison;
}

/**
 * The answer of {@link gestureSummary}.
 *
 * @example
 * ```ts
 * import type { GestureSummary } from "@rapport/care-policies";
 * const headline = (s: GestureSummary) => `${s.total.count} gestures, CSAT gap ${s.csat.comparison.difference}`;
 * ```
 */
export interface GestureSummary {
  /** The period's first instant. */
  readonly start: Date;
  /** The next period's first instant. */
  readonly end: Date;
  /** Everything granted in the period. */
  readonly total: GrantedTotals;
  /** Per kind (only kinds granted). */
  readonly byKind: Readonly<Partial<Record<GestureKind, GrantedTotals>>>;
  /** Per agent, most gestures first (then by id). */
  readonly byAgent: readonly AgentGestures[];
  /**
   * Agent and team budgets, for every agent and team seen in the period's gestures or in
   * `options.agents`, each over its own calendar period containing `asOf`, counted up to `asOf`.
   */
  readonly budgets: readonly (LimitUsage & { readonly kind: GestureKind })[];
  /** Gestures granted in the period whose kind has no rule in the policy. */
  readonly outsidePolicy: readonly RecordId[];
  /** CSAT of customers with a gesture vs without, on `csatScale`. */
  readonly csat: OutcomeComparison<CsatScore> & { readonly scale: CsatScale };
  /** NPS of customers with a gesture vs without. */
  readonly nps: OutcomeComparison<NpsScore>;
  /** Responses in the period left out of the comparison, and why. */
  readonly skippedResponses: readonly { readonly responseId: RecordId; readonly reason: string }[];
}
