import { type CareGesture, checkTimeZone } from "@rapport/core";
import { checkDate } from "@rapport/stats";
import { checkOptions } from "./check-arguments";
import { describeLimit, describeRule, formatMoney } from "./describe-rule";
import type { DecidingRule, GestureDecision, GestureReason } from "./gesture-decision";
import { checkRequest, type EvaluateGestureOptions, type GestureRequest } from "./gesture-request";
import type { CarePolicy, GestureLimit } from "./gesture-rule";
import { type LimitSubject, type LimitUsage, limitUsages, teamLookup } from "./limit-usage";

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
  // Each budget's subject (a team budget may have none), then one pass over the history for
  // every budget at once.
  const subjectOf = (limit: GestureLimit) =>
    limit.scope === "agent"
      ? agent.id
      : limit.scope === "customer"
        ? request.customerId
        : agent.teamId;
  const subjects: LimitSubject[] = [];
  for (const limit of limits) {
    const subject = subjectOf(limit);
    if (subject !== undefined) subjects.push({ limit, subject });
  }
  const usages = limitUsages(subjects, ledger, request.kind, {
    asOf: options.asOf,
    timeZone: options.timeZone,
    weekStartsOn: options.weekStartsOn,
    teams,
  });
  // The first budget in the policy's order that the request breaks decides.
  let denial: GestureDecision | null = null;
  let next = 0;
  for (const limit of limits) {
    if (denial) break;
    const limitRef = { path: limit.path, description: describeLimit(request.kind, limit) };
    if (subjectOf(limit) === undefined) {
      denial = deny(
        "team_unknown",
        `a team budget applies (${limitRef.description}) but agent ${agent.id} has no team`,
        limitRef,
      );
      continue;
    }
    const usage = usages[next++]!;
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
