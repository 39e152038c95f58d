import type { LimitUsage } from "./limit-usage";

/**
 * Why a gesture is allowed or not:
 * - `within_policy`: every check passed;
 * - `kind_not_in_policy`: the policy has no rule for this kind;
 * - `role_not_allowed`: the agent's role (and id) is not among those who may grant it;
 * - `condition_not_met`: none of the required circumstances holds;
 * - `currency_mismatch`: the value is in another currency than the rule's caps;
 * - `value_cap_exceeded` / `minutes_cap_exceeded`: one gesture is worth more than allowed;
 * - `count_limit_reached`: the period's count budget is used up;
 * - `value_budget_exceeded` / `minutes_budget_exceeded`: the gesture would overrun the period's total;
 * - `team_unknown`: a team budget applies but the agent has no team.
 *
 * @example
 * ```ts
 * import type { GestureReason } from "@rapport/care-policies";
 * const reason: GestureReason = "count_limit_reached";
 * ```
 */
export type GestureReason =
  | "within_policy"
  | "kind_not_in_policy"
  | "role_not_allowed"
  | "condition_not_met"
  | "currency_mismatch"
  | "value_cap_exceeded"
  | "minutes_cap_exceeded"
  | "count_limit_reached"
  | "value_budget_exceeded"
  | "minutes_budget_exceeded"
  | "team_unknown";

/**
 * The rule that decided a request.
 *
 * @example
 * ```ts
 * import type { DecidingRule } from "@rapport/care-policies";
 * const rule: DecidingRule = {
 *   path: "gestures.discount.limits[0]",
 *   description: "at most 5 discounts per agent per month",
 * };
 * ```
 */
export interface DecidingRule {
  /** Where it is in the policy. */
  readonly path: string;
  /** What it says, for people. */
  readonly description: string;
}

/**
 * The answer of {@link evaluateGesture}.
 *
 * @example
 * ```ts
 * import type { GestureDecision } from "@rapport/care-policies";
 * const explain = (d: GestureDecision) => (d.allowed ? "yes" : `no: ${d.detail}`);
 * ```
 */
export interface GestureDecision {
  /** Whether the agent may grant it now. */
  readonly allowed: boolean;
  /** Why (a stable code). */
  readonly reason: GestureReason;
  /** Why, in a sentence for people. */
  readonly detail: string;
  /** The rule that decided it: the one that denied it, or the kind's rule when allowed. */
  readonly rule: DecidingRule | null;
  /** Every budget that applies, as it stood before the request. */
  readonly remaining: readonly LimitUsage[];
}
