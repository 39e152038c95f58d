import {
  AGENT_ROLES as AGENT_ROLE_LIST,
  CALENDAR_PERIODS,
  type CalendarPeriod,
  type Money,
} from "@rapport/core";
import { oneOf } from "@rapport/stats";
import type { AgentRole, GestureKind } from "./care-types";
import {
  GESTURE_CONDITIONS,
  type GestureCondition,
  type GestureLimit,
  type GestureRule,
  isMoneyKind,
  type LimitScope,
} from "./gesture-rule";

export type IssueFn = ((path: PropertyKey[], expected: string, received: unknown) => void) & {
  count(): number;
};

export function checkRule(
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

export function checkLimit(
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

export function checkRoles(raw: unknown, path: PropertyKey[], issue: IssueFn): AgentRole[] | null {
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

export function checkMoney(
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

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isPositive(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value > 0;
}
