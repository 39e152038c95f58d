import {
  type Agent,
  type CalendarPeriod,
  type CareGesture,
  type Money,
  periodBounds,
  type WeekDay,
} from "@rapport/core";
import type { GestureLimit, LimitScope } from "./gesture-rule";

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

/** One budget to sum, and whose gestures it counts; internal. */
export interface LimitSubject {
  readonly limit: GestureLimit;
  readonly subject: string;
}

/** Sums one limit's period for one subject; internal, shared with the summary. */
export function limitUsage(
  limit: GestureLimit,
  subject: string,
  gestures: readonly CareGesture[],
  options: LimitUsageOptions,
): LimitUsage {
  return limitUsages([{ limit, subject }], gestures, null, options)[0]!;
}

/**
 * Sums several limits in one pass over the recorded gestures (only those of `kind`, unless it
 * is `null`); internal.
 */
export function limitUsages(
  entries: readonly LimitSubject[],
  gestures: Iterable<CareGesture>,
  kind: string | null,
  options: LimitUsageOptions,
): LimitUsage[] {
  const { asOf, timeZone, weekStartsOn, teams } = options;
  const asOfMs = asOf.getTime();
  const sums = entries.map(({ limit, subject }) => {
    const { start, end } = periodBounds(asOf, limit.period, {
      timeZone,
      ...(weekStartsOn === undefined ? {} : { weekStartsOn }),
    });
    return {
      limit,
      subject,
      start,
      end,
      from: start.getTime(),
      // Gestures after asOf are not counted: the window ends at asOf inclusive.
      to: Math.min(end.getTime() - 1, asOfMs),
      excluded: [] as { gestureId: string; reason: string }[],
      count: 0,
      amount: 0,
      minutes: 0,
    };
  });
  for (const g of gestures) {
    if (kind !== null && g.kind !== kind) continue;
    const t = g.grantedAt.getTime();
    for (const sum of sums) {
      if (!(t >= sum.from && t <= sum.to)) continue; // an invalid date is never counted
      const { limit, subject, excluded } = sum;
      if (limit.scope === "agent" && g.agentId !== subject) continue;
      if (limit.scope === "customer" && g.customerId !== subject) continue;
      if (limit.scope === "team") {
        const team = g.teamId ?? teams.get(g.agentId);
        if (team === undefined) {
          excluded.push({
            gestureId: g.id,
            reason: "no teamId and no agent with a team to find it",
          });
          continue;
        }
        if (team !== subject) continue;
      }
      sum.count++;
      if (limit.value) {
        if (!g.value) excluded.push({ gestureId: g.id, reason: "no value recorded" });
        else if (g.value.currency !== limit.value.currency)
          excluded.push({
            gestureId: g.id,
            reason: `value in ${g.value.currency}, budget in ${limit.value.currency}`,
          });
        else sum.amount += g.value.amount;
      }
      if (limit.minutes !== null) {
        if (g.minutes === undefined)
          excluded.push({ gestureId: g.id, reason: "no minutes recorded" });
        else sum.minutes += g.minutes;
      }
    }
  }
  return sums.map(usageOf);
}

const allowance = (max: number, used: number): Allowance => ({
  limit: max,
  used,
  remaining: Math.max(0, max - used),
});

function usageOf(sum: {
  limit: GestureLimit;
  subject: string;
  start: Date;
  end: Date;
  excluded: { gestureId: string; reason: string }[];
  count: number;
  amount: number;
  minutes: number;
}): LimitUsage {
  const { limit, amount } = sum;
  const currency = limit.value?.currency ?? "";
  return {
    path: limit.path,
    scope: limit.scope,
    subject: sum.subject,
    period: limit.period,
    start: sum.start,
    end: sum.end,
    count: limit.count === null ? null : allowance(limit.count, sum.count),
    value: limit.value
      ? {
          limit: limit.value,
          used: { amount, currency },
          remaining: { amount: Math.max(0, limit.value.amount - amount), currency },
        }
      : null,
    minutes: limit.minutes === null ? null : allowance(limit.minutes, sum.minutes),
    excluded: sum.excluded,
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
