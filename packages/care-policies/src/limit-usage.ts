import {
  type Agent,
  type CalendarPeriod,
  type CareGesture,
  type Money,
  periodBounds,
  type WeekDay,
} from "@rapport/core";
import type { GestureLimit, LimitScope } from "./care-policy";

/**
 * What is left of a count or minutes budget.
 *
 * @example
 * ```ts
 * import type { Allowance } from "@rapport/care-policies";
 * const left: Allowance = { limit: 5, used: 3, remaining: 2 };
 * ```
 */
export interface Allowance {
  /** The budget. */
  readonly limit: number;
  /** Used in the period so far. */
  readonly used: number;
  /** `max(0, limit − used)`. */
  readonly remaining: number;
}

/**
 * What is left of a money budget, in minor units.
 *
 * @example
 * ```ts
 * import type { MoneyAllowance } from "@rapport/care-policies";
 * const left: MoneyAllowance = {
 *   limit: { amount: 10000, currency: "EUR" },
 *   used: { amount: 2500, currency: "EUR" },
 *   remaining: { amount: 7500, currency: "EUR" },
 * };
 * ```
 */
export interface MoneyAllowance {
  /** The budget. */
  readonly limit: Money;
  /** Used in the period so far (gestures in the budget's currency). */
  readonly used: Money;
  /** `max(0, limit − used)`. */
  readonly remaining: Money;
}

/**
 * One budget as it stands for a request: the period, what was used before the request and
 * what is left, and any recorded gesture that could not be counted (and why).
 *
 * @example
 * ```ts
 * import type { LimitUsage } from "@rapport/care-policies";
 * const show = (u: LimitUsage) => `${u.path}: ${u.count?.remaining ?? "∞"} left this ${u.period}`;
 * ```
 */
export interface LimitUsage {
  /** The limit's place in the policy, e.g. `"gestures.discount.limits[0]"`. */
  readonly path: string;
  /** Whose gestures it counts. */
  readonly scope: LimitScope;
  /** The agent, team or customer id counted. */
  readonly subject: string;
  /** The calendar period. */
  readonly period: CalendarPeriod;
  /** The period's first instant. */
  readonly start: Date;
  /** The next period's first instant. */
  readonly end: Date;
  /** The count budget, or `null` when the limit has none. */
  readonly count: Allowance | null;
  /** The value budget, or `null`. */
  readonly value: MoneyAllowance | null;
  /** The minutes budget, or `null`. */
  readonly minutes: Allowance | null;
  /** Recorded gestures in the period left out of a total, with the reason. */
  readonly excluded: readonly { readonly gestureId: string; readonly reason: string }[];
}

/** Where and up to when {@link limitUsage} counts; internal. */
export interface LimitUsageOptions {
  /** The moment: the period is the one containing it, and later gestures are not counted. */
  readonly asOf: Date;
  /** The team's IANA time zone, whose calendar the period follows. */
  readonly timeZone: string;
  /** The first day of a week (default Monday). */
  readonly weekStartsOn?: WeekDay | undefined;
  /** Agent id to team id, for gestures recorded without a team. */
  readonly teams: ReadonlyMap<string, string>;
}

/** Sums one limit's period for one subject; internal, shared with the summary. */
export function limitUsage(
  limit: GestureLimit,
  subject: string,
  gestures: readonly CareGesture[],
  options: LimitUsageOptions,
): LimitUsage {
  const { asOf, timeZone, weekStartsOn, teams } = options;
  const { start, end } = periodBounds(asOf, limit.period, {
    timeZone,
    ...(weekStartsOn === undefined ? {} : { weekStartsOn }),
  });
  const excluded: { gestureId: string; reason: string }[] = [];
  let count = 0;
  let amount = 0;
  let minutes = 0;
  for (const g of gestures) {
    const t = g.grantedAt.getTime();
    if (t < start.getTime() || t >= end.getTime() || t > asOf.getTime()) continue;
    if (limit.scope === "agent" && g.agentId !== subject) continue;
    if (limit.scope === "customer" && g.customerId !== subject) continue;
    if (limit.scope === "team") {
      const team = g.teamId ?? teams.get(g.agentId);
      if (team === undefined) {
        excluded.push({ gestureId: g.id, reason: "no teamId and no agent with a team to find it" });
        continue;
      }
      if (team !== subject) continue;
    }
    count++;
    if (limit.value) {
      if (!g.value) excluded.push({ gestureId: g.id, reason: "no value recorded" });
      else if (g.value.currency !== limit.value.currency)
        excluded.push({
          gestureId: g.id,
          reason: `value in ${g.value.currency}, budget in ${limit.value.currency}`,
        });
      else amount += g.value.amount;
    }
    if (limit.minutes !== null) {
      if (g.minutes === undefined)
        excluded.push({ gestureId: g.id, reason: "no minutes recorded" });
      else minutes += g.minutes;
    }
  }
  const allowance = (max: number, used: number): Allowance => ({
    limit: max,
    used,
    remaining: Math.max(0, max - used),
  });
  const currency = limit.value?.currency ?? "";
  return {
    path: limit.path,
    scope: limit.scope,
    subject,
    period: limit.period,
    start,
    end,
    count: limit.count === null ? null : allowance(limit.count, count),
    value: limit.value
      ? {
          limit: limit.value,
          used: { amount, currency },
          remaining: { amount: Math.max(0, limit.value.amount - amount), currency },
        }
      : null,
    minutes: limit.minutes === null ? null : allowance(limit.minutes, minutes),
    excluded,
  };
}

/** Maps agent id to team id; internal. */
export function teamLookup(
  agents: Iterable<Pick<Agent, "id" | "teamId">> | undefined,
): Map<string, string> {
  const teams = new Map<string, string>();
  for (const a of agents ?? []) if (a.teamId !== undefined) teams.set(a.id, a.teamId);
  return teams;
}
