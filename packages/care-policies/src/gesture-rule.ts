import type { CalendarPeriod, Money } from "@rapport/core";
import type { AgentRole, GestureKind } from "./care-types";

/**
 * Circumstances a gesture rule can require: a bad CSAT rating, a breached SLA, a high churn
 * risk. A rule with conditions allows a gesture only when at least one of them holds.
 *
 * @example
 * ```ts
 * import { GESTURE_CONDITIONS } from "@rapport/care-policies";
 * GESTURE_CONDITIONS; // ["bad_csat", "sla_breach", "high_churn_risk"]
 * ```
 */
export const GESTURE_CONDITIONS = ["bad_csat", "sla_breach", "high_churn_risk"] as const;

/**
 * A circumstance: one of {@link GESTURE_CONDITIONS}.
 *
 * @example
 * ```ts
 * import type { GestureCondition } from "@rapport/care-policies";
 * const condition: GestureCondition = "bad_csat";
 * ```
 */
export type GestureCondition = (typeof GESTURE_CONDITIONS)[number];

/**
 * Whose gestures a limit counts: the requesting agent's, their team's, or the customer's.
 *
 * @example
 * ```ts
 * import type { LimitScope } from "@rapport/care-policies";
 * const scope: LimitScope = "team";
 * ```
 */
export type LimitScope = "agent" | "team" | "customer";

/**
 * A limit of a validated policy, with its place in the definition.
 *
 * @example
 * ```ts
 * import { defineCarePolicy, type GestureLimit } from "@rapport/care-policies";
 * const policy = defineCarePolicy({
 *   gestures: { credit: { limits: [{ scope: "team", period: "quarter", count: 40 }] } },
 * });
 * const limit: GestureLimit = policy.gestures.credit!.limits[0]!;
 * limit.path; // "gestures.credit.limits[0]"
 * ```
 */
export interface GestureLimit {
  /** Where it is in the definition, e.g. `"gestures.discount.limits[1]"`. */
  readonly path: string;
  /** Whose gestures are counted. */
  readonly scope: LimitScope;
  /** The calendar period. */
  readonly period: CalendarPeriod;
  /** The most gestures in a period, or `null` for no count limit. */
  readonly count: number | null;
  /** The most total value in a period, or `null`. */
  readonly value: Money | null;
  /** The most total minutes in a period, or `null`. */
  readonly minutes: number | null;
  /** The roles it applies to, or `null` for every role. */
  readonly roles: readonly AgentRole[] | null;
}

/**
 * The rule of a validated policy for one gesture kind.
 *
 * @example
 * ```ts
 * import { defineCarePolicy, type GestureRule } from "@rapport/care-policies";
 * const rule: GestureRule = defineCarePolicy({ gestures: { refund: { roles: ["manager"] } } })
 *   .gestures.refund!;
 * rule.roles; // ["manager"]
 * ```
 */
export interface GestureRule {
  /** The gesture kind. */
  readonly kind: GestureKind;
  /** Where it is in the definition, e.g. `"gestures.refund"`. */
  readonly path: string;
  /** The roles that may grant it. */
  readonly roles: readonly AgentRole[];
  /** Agents (by id) who may grant it whatever their role. */
  readonly agents: readonly string[];
  /** The per-gesture value cap, or `null`. */
  readonly maxValue: Money | null;
  /** The per-gesture minutes cap, or `null`. */
  readonly maxMinutes: number | null;
  /** The budgets. */
  readonly limits: readonly GestureLimit[];
  /** Circumstances of which one must hold; empty when none is required. */
  readonly conditions: readonly GestureCondition[];
}

/**
 * A validated, frozen care policy made by {@link defineCarePolicy}.
 *
 * @example
 * ```ts
 * import { defineCarePolicy, type CarePolicy } from "@rapport/care-policies";
 * const policy: CarePolicy = defineCarePolicy({ gestures: { discount: {} } });
 * Object.keys(policy.gestures); // ["discount"]
 * ```
 */
export interface CarePolicy {
  /** The rule per kind; a kind that is absent may not be granted. */
  readonly gestures: Readonly<Partial<Record<GestureKind, GestureRule>>>;
}

export const MONEY_KINDS: readonly GestureKind[] = ["discount", "refund", "credit", "replacement"];

/**
 * Whether a gesture kind is measured in money (`discount`, `refund`, `credit`,
 * `replacement`) rather than in minutes (`extra_time`).
 *
 * @example
 * ```ts
 * import { isMoneyKind } from "@rapport/care-policies";
 * isMoneyKind("refund"); // true
 * isMoneyKind("extra_time"); // false
 * ```
 */
export function isMoneyKind(kind: GestureKind): boolean {
  return MONEY_KINDS.includes(kind);
}
