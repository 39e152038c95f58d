import {
  AGENT_ROLES as AGENT_ROLE_LIST,
  CALENDAR_PERIODS,
  type CalendarPeriod,
  GESTURE_KINDS as GESTURE_KIND_LIST,
  type Money,
  RapportValidationError,
  type ValidationIssue,
  validationIssue,
} from "@rapport/core";
import { oneOf } from "@rapport/stats";
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

const MONEY_KINDS: readonly GestureKind[] = ["discount", "refund", "credit", "replacement"];

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

/**
 * Validates a care policy: for each gesture kind, who may grant it (roles, named agents),
 * per-gesture caps, budgets per agent, team or customer over calendar periods (count, total
 * value in minor units, total minutes) and the circumstances required. Every problem is
 * reported at once in a `RapportValidationError` (`path: expected …, received …`); the
 * result is frozen.
 *
 * @example
 * ```ts
 * import { defineCarePolicy } from "@rapport/care-policies";
 * const policy = defineCarePolicy({
 *   gestures: {
 *     // "Offer discounts to five customers a month", after a bad rating or a breached SLA.
 *     discount: {
 *       roles: ["agent", "team_lead"],
 *       maxValue: { amount: 2000, currency: "EUR" },
 *       limits: [
 *         { scope: "agent", period: "month", count: 5 },
 *         { scope: "customer", period: "quarter", count: 1 },
 *       ],
 *       conditions: ["bad_csat", "sla_breach"],
 *     },
 *     // "Spend 15 extra minutes with a customer who needs it."
 *     extra_time: { maxMinutes: 15 },
 *   },
 * });
 * ```
 */
export function defineCarePolicy(definition: CarePolicyDefinition): CarePolicy {
  const issues: ValidationIssue[] = [];
  const issue: IssueFn = Object.assign(
    (path: PropertyKey[], expected: string, received: unknown) => {
      // A missing field is the wrong type (zod says the same); anything else a bad value.
      const code = received === undefined ? "invalid_type" : "invalid_value";
      issues.push(validationIssue(path, code, expected.replace(/^expected /, ""), received));
    },
    { count: () => issues.length },
  );

  if (!isObject(definition)) {
    issue([], "expected an object { gestures }", definition);
    throw new RapportValidationError("CarePolicy", issues);
  }
  const gestures: unknown = definition.gestures;
  const rules: Partial<Record<GestureKind, GestureRule>> = {};
  if (!isObject(gestures)) {
    issue(["gestures"], "expected an object with one rule per gesture kind", gestures);
  } else {
    for (const [kind, raw] of Object.entries(gestures)) {
      const path = ["gestures", kind];
      if (!(GESTURE_KIND_LIST as readonly string[]).includes(kind)) {
        issue(path, `expected a gesture kind (${oneOf(GESTURE_KIND_LIST)})`, kind);
        continue;
      }
      if (raw === undefined) continue;
      const rule = checkRule(kind as GestureKind, raw, path, issue);
      if (rule) rules[kind as GestureKind] = rule;
    }
  }
  if (issues.length > 0) throw new RapportValidationError("CarePolicy", issues);
  return Object.freeze({ gestures: Object.freeze(rules) });
}

type IssueFn = ((path: PropertyKey[], expected: string, received: unknown) => void) & {
  count(): number;
};

function checkRule(
  kind: GestureKind,
  raw: unknown,
  path: PropertyKey[],
  issue: IssueFn,
): GestureRule | null {
  if (!isObject(raw)) {
    issue(path, "expected a rule object", raw);
    return null;
  }
  const money = isMoneyKind(kind);
  const roles = checkRoles(raw.roles, [...path, "roles"], issue) ?? AGENT_ROLE_LIST;
  const agents: string[] = [];
  if (raw.agents !== undefined) {
    if (!Array.isArray(raw.agents))
      issue([...path, "agents"], "expected an array of agent ids", raw.agents);
    else
      raw.agents.forEach((id: unknown, i: number) => {
        if (typeof id !== "string" || id.length === 0)
          issue([...path, "agents", i], "expected an agent id (a non-empty string)", id);
        else agents.push(id);
      });
  }
  let maxValue: Money | null = null;
  if (raw.maxValue !== undefined) {
    if (!money)
      issue(
        [...path, "maxValue"],
        "expected no maxValue on extra_time (use maxMinutes)",
        raw.maxValue,
      );
    else maxValue = checkMoney(raw.maxValue, [...path, "maxValue"], issue, true);
  }
  let maxMinutes: number | null = null;
  if (raw.maxMinutes !== undefined) {
    if (money)
      issue(
        [...path, "maxMinutes"],
        `expected no maxMinutes on ${kind} (use maxValue)`,
        raw.maxMinutes,
      );
    else if (!isPositive(raw.maxMinutes))
      issue([...path, "maxMinutes"], "expected a positive number of minutes", raw.maxMinutes);
    else maxMinutes = raw.maxMinutes;
  }
  const limits: GestureLimit[] = [];
  if (raw.limits !== undefined) {
    if (!Array.isArray(raw.limits))
      issue([...path, "limits"], "expected an array of limits", raw.limits);
    else
      raw.limits.forEach((limit: unknown, i: number) => {
        const checked = checkLimit(kind, limit, [...path, "limits", i], issue);
        if (checked) limits.push(checked);
      });
  }
  const currencies = new Set(
    [maxValue?.currency, ...limits.map((l) => l.value?.currency)].filter((c) => c !== undefined),
  );
  if (currencies.size > 1) {
    issue(
      path,
      "expected one currency for the caps and budgets of a kind",
      [...currencies].join(", "),
    );
  }
  const conditions: GestureCondition[] = [];
  if (raw.conditions !== undefined) {
    if (!Array.isArray(raw.conditions))
      issue([...path, "conditions"], "expected an array of conditions", raw.conditions);
    else
      raw.conditions.forEach((c: unknown, i: number) => {
        if (!(GESTURE_CONDITIONS as readonly unknown[]).includes(c))
          issue([...path, "conditions", i], `expected ${oneOf(GESTURE_CONDITIONS)}`, c);
        else conditions.push(c as GestureCondition);
      });
  }
  return Object.freeze({
    kind,
    path: `gestures.${kind}`,
    roles: Object.freeze([...roles]),
    agents: Object.freeze(agents),
    maxValue,
    maxMinutes,
    limits: Object.freeze(limits),
    conditions: Object.freeze(conditions),
  });
}

function checkLimit(
  kind: GestureKind,
  raw: unknown,
  path: PropertyKey[],
  issue: IssueFn,
): GestureLimit | null {
  if (!isObject(raw)) {
    issue(path, "expected a limit object { scope, period, count | value | minutes }", raw);
    return null;
  }
  const before = issue.count();
  const scope = raw.scope;
  if (scope !== "agent" && scope !== "team" && scope !== "customer")
    issue([...path, "scope"], 'expected one of "agent" | "team" | "customer"', scope);
  const period = raw.period;
  if (!(CALENDAR_PERIODS as readonly unknown[]).includes(period))
    issue([...path, "period"], `expected ${oneOf(CALENDAR_PERIODS)}`, period);
  let count: number | null = null;
  if (raw.count !== undefined) {
    if (!Number.isInteger(raw.count) || (raw.count as number) < 0)
      issue([...path, "count"], "expected a non-negative integer", raw.count);
    else count = raw.count as number;
  }
  let value: Money | null = null;
  if (raw.value !== undefined) {
    if (!isMoneyKind(kind))
      issue([...path, "value"], "expected no value budget on extra_time (use minutes)", raw.value);
    else value = checkMoney(raw.value, [...path, "value"], issue, false);
  }
  let minutes: number | null = null;
  if (raw.minutes !== undefined) {
    if (isMoneyKind(kind))
      issue([...path, "minutes"], `expected no minutes budget on ${kind} (use value)`, raw.minutes);
    else if (typeof raw.minutes !== "number" || !Number.isFinite(raw.minutes) || raw.minutes < 0)
      issue([...path, "minutes"], "expected a non-negative number of minutes", raw.minutes);
    else minutes = raw.minutes;
  }
  if (raw.count === undefined && raw.value === undefined && raw.minutes === undefined)
    issue(path, "expected at least one of count, value or minutes", raw);
  const roles = raw.roles === undefined ? null : checkRoles(raw.roles, [...path, "roles"], issue);
  if (issue.count() > before) return null;
  return Object.freeze({
    path: path
      .map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? key : `.${String(key)}`))
      .join(""),
    scope: scope as LimitScope,
    period: period as CalendarPeriod,
    count,
    value,
    minutes,
    roles: roles ? Object.freeze([...roles]) : null,
  });
}

function checkRoles(raw: unknown, path: PropertyKey[], issue: IssueFn): AgentRole[] | null {
  if (raw === undefined) return null;
  if (!Array.isArray(raw) || raw.length === 0) {
    issue(path, `expected a non-empty array of roles (${oneOf(AGENT_ROLE_LIST)})`, raw);
    return null;
  }
  const roles: AgentRole[] = [];
  raw.forEach((role: unknown, i: number) => {
    if (!(AGENT_ROLE_LIST as readonly unknown[]).includes(role))
      issue([...path, i], `expected ${oneOf(AGENT_ROLE_LIST)}`, role);
    else roles.push(role as AgentRole);
  });
  return roles;
}

function checkMoney(
  raw: unknown,
  path: PropertyKey[],
  issue: IssueFn,
  positive: boolean,
): Money | null {
  if (!isObject(raw)) {
    issue(path, "expected money { amount, currency } in minor units", raw);
    return null;
  }
  let ok = true;
  const amount = raw.amount;
  if (!Number.isInteger(amount) || (amount as number) < (positive ? 1 : 0)) {
    issue(
      [...path, "amount"],
      `expected a ${positive ? "positive" : "non-negative"} integer amount in minor units (e.g. 1999 for 19.99)`,
      amount,
    );
    ok = false;
  }
  if (typeof raw.currency !== "string" || !/^[A-Z]{3}$/.test(raw.currency)) {
    issue([...path, "currency"], 'expected an ISO 4217 currency code such as "EUR"', raw.currency);
    ok = false;
  }
  return ok ? Object.freeze({ amount: amount as number, currency: raw.currency as string }) : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isPositive(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value > 0;
}
