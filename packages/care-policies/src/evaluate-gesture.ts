import {
  AGENT_ROLES,
  type Agent,
  type AgentId,
  type CareGesture,
  type CustomerId,
  checkTimeZone,
  GESTURE_KINDS,
  type Money,
  type TeamId,
  type WeekDay,
} from "@rapport/core";
import { checkDate, expectedMessage, oneOf } from "@rapport/stats";
import {
  type CarePolicy,
  GESTURE_CONDITIONS,
  type GestureCondition,
  isMoneyKind,
} from "./care-policy";
import type { AgentRole, GestureKind } from "./care-types";
import { checkOptions } from "./check-arguments";
import { describeLimit, describeRule, formatMoney } from "./describe-rule";
import { type LimitUsage, limitUsage, teamLookup } from "./limit-usage";

/**
 * A gesture an agent wants to grant, asked about before it is granted.
 *
 * @example
 * ```ts
 * import { agentId, customerId, teamId } from "@rapport/core";
 * import type { GestureRequest } from "@rapport/care-policies";
 * const request: GestureRequest = {
 *   kind: "discount",
 *   agent: { id: agentId("agt_1"), role: "agent", teamId: teamId("team_1") },
 *   customerId: customerId("cus_1"),
 *   value: { amount: 1500, currency: "EUR" },
 *   conditions: ["bad_csat"],
 * };
 * ```
 */
export interface GestureRequest {
  /** The kind of gesture. */
  readonly kind: GestureKind;
  /** Who grants it: the agent's id, role and team (ids made by `agentId()`, `teamId()` or parsing). */
  readonly agent: {
    readonly id: AgentId;
    readonly role: AgentRole;
    readonly teamId?: TeamId | undefined;
  };
  /** Who receives it (an id made by `customerId()` or parsing). */
  readonly customerId: CustomerId;
  /** What it is worth, in minor units (money kinds). */
  readonly value?: Money;
  /** How long it takes (`extra_time`). */
  readonly minutes?: number;
  /** The circumstances that hold for this customer (a bad rating, a breached SLA…). */
  readonly conditions?: readonly GestureCondition[];
}

/**
 * Options of {@link evaluateGesture}.
 *
 * @example
 * ```ts
 * import type { EvaluateGestureOptions } from "@rapport/care-policies";
 * const options: EvaluateGestureOptions = {
 *   asOf: new Date("2025-03-14T10:00:00Z"),
 *   timeZone: "Europe/Berlin",
 * };
 * ```
 */
export interface EvaluateGestureOptions {
  /** The moment of the request; gestures granted after it are not counted. */
  readonly asOf: Date;
  /** The team's IANA time zone: the calendar its periods follow. */
  readonly timeZone: string;
  /** The first day of a budget's week: 0 Sunday … 6 Saturday; default 1 (Monday, ISO 8601). */
  readonly weekStartsOn?: WeekDay;
  /** Agents, to find the team of a recorded gesture that has no `teamId`. */
  readonly agents?: Iterable<Pick<Agent, "id" | "teamId">>;
}

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

/**
 * Decides whether an agent may grant a gesture now, under a care policy and the history of
 * gestures already granted (core `CareGesture` records). Checks, in order: the kind has a rule;
 * the agent's role or id may grant it; at least one required circumstance holds; the value or
 * minutes is within the per-gesture cap; then every budget that applies to the agent's role
 * (per agent, per team, per customer) over its calendar period in the team's time zone,
 * counting the gestures of that kind granted from the period's start up to `asOf`. A budget
 * allows the gesture while `used + 1 ≤ count` and `used + this ≤ value/minutes`.
 *
 * Recorded gestures in another currency than a value budget are left out of that total and
 * listed in `excluded`; so are gestures without a team (and no agent to find it) under a
 * team budget. Nothing is dropped silently. Throws a `TypeError` for an argument of the wrong
 * type (a missing `asOf`, a request that is not an object) and a `RangeError` for a value
 * outside its domain (an invalid `Date`, an unknown time zone, kind or role).
 *
 * @example
 * ```ts
 * import { agentId, customerId, decodeCareGesture } from "@rapport/core";
 * import { defineCarePolicy, evaluateGesture } from "@rapport/care-policies";
 *
 * const policy = defineCarePolicy({
 *   gestures: { discount: { limits: [{ scope: "agent", period: "month", count: 1 }] } },
 * });
 * const ledger = [
 *   decodeCareGesture({
 *     id: "g_1", customerId: "cus_9", agentId: "agt_1", kind: "discount",
 *     value: { amount: 500, currency: "EUR" }, reason: "Late parcel",
 *     grantedAt: "2025-03-02T09:00:00Z",
 *   }),
 * ];
 * const decision = evaluateGesture(
 *   policy,
 *   ledger,
 *   { kind: "discount", agent: { id: agentId("agt_1"), role: "agent" },
 *     customerId: customerId("cus_1"), value: { amount: 500, currency: "EUR" } },
 *   { asOf: new Date("2025-03-14T10:00:00Z"), timeZone: "Europe/Berlin" },
 * );
 * decision.allowed; // false
 * decision.reason; // "count_limit_reached"
 * ```
 */
export function evaluateGesture(
  policy: CarePolicy,
  ledger: Iterable<CareGesture>,
  request: GestureRequest,
  options: EvaluateGestureOptions,
): GestureDecision {
  const fn = "evaluateGesture";
  checkRequest(fn, request);
  checkOptions(fn, options, "an object { asOf, timeZone }");
  checkDate(`${fn}: options.asOf`, options.asOf);
  checkTimeZone(`${fn}: options.timeZone`, options.timeZone);
  const rule = policy?.gestures?.[request.kind];
  const deny = (
    reason: GestureReason,
    detail: string,
    decidingRule: DecidingRule | null,
    remaining: readonly LimitUsage[] = [],
  ): GestureDecision => ({ allowed: false, reason, detail, rule: decidingRule, remaining });
  if (!rule) {
    return deny(
      "kind_not_in_policy",
      `the policy has no rule for ${request.kind}, so it may not be granted`,
      null,
    );
  }
  const ruleRef = { path: rule.path, description: describeRule(rule) };
  const { agent } = request;
  if (!rule.roles.includes(agent.role) && !rule.agents.includes(agent.id)) {
    return deny(
      "role_not_allowed",
      `a ${agent.role} may not grant a ${request.kind}; allowed: ${[...rule.roles, ...rule.agents].join(", ")}`,
      { path: `${rule.path}.roles`, description: `granted by ${rule.roles.join(", ")}` },
    );
  }
  if (rule.conditions.length > 0) {
    const held = request.conditions ?? [];
    if (!rule.conditions.some((c) => held.includes(c))) {
      return deny(
        "condition_not_met",
        `a ${request.kind} needs one of: ${rule.conditions.join(", ")}; none holds`,
        {
          path: `${rule.path}.conditions`,
          description: `only after ${rule.conditions.join(" or ")}`,
        },
      );
    }
  }
  const value = request.value;
  if (value && rule.maxValue) {
    if (value.currency !== rule.maxValue.currency) {
      return deny(
        "currency_mismatch",
        `the value is in ${value.currency}; the policy caps ${request.kind} in ${rule.maxValue.currency}`,
        {
          path: `${rule.path}.maxValue`,
          description: `at most ${formatMoney(rule.maxValue)} each`,
        },
      );
    }
    if (value.amount > rule.maxValue.amount) {
      return deny(
        "value_cap_exceeded",
        `${formatMoney(value)} is more than the ${formatMoney(rule.maxValue)} one ${request.kind} may be worth`,
        {
          path: `${rule.path}.maxValue`,
          description: `at most ${formatMoney(rule.maxValue)} each`,
        },
      );
    }
  }
  if (
    request.minutes !== undefined &&
    rule.maxMinutes !== null &&
    request.minutes > rule.maxMinutes
  ) {
    return deny(
      "minutes_cap_exceeded",
      `${request.minutes} minutes is more than the ${rule.maxMinutes} minutes allowed at a time`,
      { path: `${rule.path}.maxMinutes`, description: `at most ${rule.maxMinutes} minutes each` },
    );
  }

  const limits = rule.limits.filter(
    (limit) => limit.roles === null || limit.roles.includes(agent.role),
  );
  const teams = teamLookup(options.agents);
  const gestures = [...ledger].filter(
    (g) => g.kind === request.kind && g.grantedAt.getTime() <= options.asOf.getTime(),
  );
  const usages: LimitUsage[] = [];
  let denial: GestureDecision | null = null;
  for (const limit of limits) {
    const subject =
      limit.scope === "agent"
        ? agent.id
        : limit.scope === "customer"
          ? request.customerId
          : agent.teamId;
    const limitRef = { path: limit.path, description: describeLimit(request.kind, limit) };
    if (subject === undefined) {
      denial ??= deny(
        "team_unknown",
        `a team budget applies (${limitRef.description}) but agent ${agent.id} has no team`,
        limitRef,
      );
      continue;
    }
    const usage = limitUsage(limit, subject, gestures, {
      asOf: options.asOf,
      timeZone: options.timeZone,
      weekStartsOn: options.weekStartsOn,
      teams,
    });
    usages.push(usage);
    if (denial) continue;
    if (usage.count && usage.count.used + 1 > usage.count.limit) {
      denial = deny(
        "count_limit_reached",
        `${usage.count.used} of ${usage.count.limit} already granted (${limitRef.description})`,
        limitRef,
      );
    } else if (usage.value && value) {
      if (value.currency !== usage.value.limit.currency) {
        denial = deny(
          "currency_mismatch",
          `the value is in ${value.currency}; the budget is in ${usage.value.limit.currency}`,
          limitRef,
        );
      } else if (value.amount > usage.value.remaining.amount) {
        denial = deny(
          "value_budget_exceeded",
          `${formatMoney(value)} is more than the ${formatMoney(usage.value.remaining)} left (${limitRef.description})`,
          limitRef,
        );
      }
    } else if (
      usage.minutes &&
      request.minutes !== undefined &&
      request.minutes > usage.minutes.remaining
    ) {
      denial = deny(
        "minutes_budget_exceeded",
        `${request.minutes} minutes is more than the ${usage.minutes.remaining} left (${limitRef.description})`,
        limitRef,
      );
    }
  }
  if (denial) return { ...denial, remaining: usages };
  return {
    allowed: true,
    reason: "within_policy",
    detail: `within the policy for ${request.kind}${limits.length > 0 ? " and every budget that applies" : ""}`,
    rule: ruleRef,
    remaining: usages,
  };
}

const KINDS: readonly string[] = GESTURE_KINDS;
const ROLES: readonly string[] = AGENT_ROLES;

function checkRequest(fn: string, request: GestureRequest): void {
  function fail(Kind: typeof TypeError, field: string, expected: string, received: unknown): never {
    throw new Kind(expectedMessage(`${fn}: ${field}`, expected, received));
  }
  if (typeof request !== "object" || request === null) {
    fail(TypeError, "request", "an object { kind, agent, customerId }", request);
  }
  if (!KINDS.includes(request.kind)) fail(RangeError, "request.kind", oneOf(KINDS), request.kind);
  const agent = request.agent;
  if (typeof agent !== "object" || agent === null) {
    fail(TypeError, "request.agent", "an object { id, role, teamId? }", agent);
  }
  if (typeof agent.id !== "string" || agent.id === "") {
    const Kind = typeof agent.id === "string" ? RangeError : TypeError;
    fail(Kind, "request.agent.id", 'an agent id, made by agentId("…")', agent.id);
  }
  if (!ROLES.includes(agent.role)) fail(RangeError, "request.agent.role", oneOf(ROLES), agent.role);
  if (typeof request.customerId !== "string" || request.customerId === "") {
    const Kind = typeof request.customerId === "string" ? RangeError : TypeError;
    fail(Kind, "request.customerId", 'a customer id, made by customerId("…")', request.customerId);
  }
  if (isMoneyKind(request.kind)) {
    const v = request.value;
    const expected = `money { amount (a non-negative integer in minor units), currency (ISO 4217) } for a ${request.kind}`;
    if (typeof v !== "object" || v === null) fail(TypeError, "request.value", expected, v);
    if (
      !Number.isInteger(v.amount) ||
      v.amount < 0 ||
      typeof v.currency !== "string" ||
      !/^[A-Z]{3}$/.test(v.currency)
    ) {
      fail(RangeError, "request.value", expected, v);
    }
  } else if (
    typeof request.minutes !== "number" ||
    !Number.isFinite(request.minutes) ||
    request.minutes <= 0
  ) {
    const Kind = typeof request.minutes === "number" ? RangeError : TypeError;
    fail(Kind, "request.minutes", "a positive number of minutes for extra_time", request.minutes);
  }
  for (const [i, c] of (request.conditions ?? []).entries()) {
    if (!(GESTURE_CONDITIONS as readonly string[]).includes(c)) {
      fail(RangeError, `request.conditions[${i}]`, oneOf(GESTURE_CONDITIONS), c);
    }
  }
}
