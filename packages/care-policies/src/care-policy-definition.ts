import type { CalendarPeriod, Money } from "@rapport/core";
import type { AgentRole, GestureKind } from "./care-types";
import type { GestureCondition, LimitScope } from "./gesture-rule";

/**
 * A budget over a calendar period: at most `count` gestures, at most `value` in total (money
 * kinds) and at most `minutes` in total (extra time). Give at least one of the three.
 *
 * @example
 * ```ts
 * import type { GestureLimitDefinition } from "@rapport/care-policies";
 * // "Offer discounts to five customers a month", per agent.
 * const limit: GestureLimitDefinition = { scope: "agent", period: "month", count: 5 };
 * ```
 */
export interface GestureLimitDefinition {
  /** Whose gestures are counted. */
  readonly scope: LimitScope;
  /** The calendar period, in the team's time zone. */
  readonly period: CalendarPeriod;
  /** The most gestures in a period (a non-negative integer). */
  readonly count?: number;
  /** The most total value in a period, in minor units (money kinds only). */
  readonly value?: Money;
  /** The most total minutes in a period (`extra_time` only). */
  readonly minutes?: number;
  /** The roles the limit applies to; every role when left out. */
  readonly roles?: readonly AgentRole[];
}

/**
 * Who may grant one kind of gesture, how much at a time, how often, and when.
 *
 * @example
 * ```ts
 * import type { GestureRuleDefinition } from "@rapport/care-policies";
 * const discount: GestureRuleDefinition = {
 *   roles: ["agent", "team_lead"],
 *   maxValue: { amount: 2000, currency: "EUR" },
 *   limits: [{ scope: "agent", period: "month", count: 5 }],
 *   conditions: ["bad_csat", "sla_breach"],
 * };
 * ```
 */
export interface GestureRuleDefinition {
  /** The roles that may grant it; every role when left out. */
  readonly roles?: readonly AgentRole[];
  /** Agents (by id) who may grant it whatever their role. */
  readonly agents?: readonly string[];
  /** The most one gesture may be worth (money kinds only). */
  readonly maxValue?: Money;
  /** The most minutes one gesture may take (`extra_time` only). */
  readonly maxMinutes?: number;
  /** Budgets per agent, team or customer over calendar periods. */
  readonly limits?: readonly GestureLimitDefinition[];
  /** Circumstances of which at least one must hold; none required when left out or empty. */
  readonly conditions?: readonly GestureCondition[];
}

/**
 * What {@link defineCarePolicy} takes: a rule per gesture kind. Kinds left out may not be
 * granted at all.
 *
 * @example
 * ```ts
 * import type { CarePolicyDefinition } from "@rapport/care-policies";
 * const definition: CarePolicyDefinition = {
 *   gestures: { extra_time: { maxMinutes: 15, limits: [{ scope: "agent", period: "day", minutes: 60 }] } },
 * };
 * ```
 */
export interface CarePolicyDefinition {
  /** One rule per gesture kind. */
  readonly gestures: Partial<Record<GestureKind, GestureRuleDefinition>>;
}
