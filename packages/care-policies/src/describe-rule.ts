import type { Money } from "@rapport/core";
import type { GestureKind } from "./care-types";
import type { GestureLimit, GestureRule } from "./gesture-rule";

// Rules and limits in words, for the `detail` and `rule.description` of decisions.

const PER = { agent: "per agent", team: "per team", customer: "per customer" } as const;

/** A limit in words: "at most 5 discounts per agent per month"; internal. */
export function describeLimit(kind: GestureKind, limit: GestureLimit): string {
  const parts: string[] = [];
  if (limit.count !== null) parts.push(`${limit.count} ${kind}${limit.count === 1 ? "" : "s"}`);
  if (limit.value) parts.push(`${formatMoney(limit.value)} of ${kind}`);
  if (limit.minutes !== null) parts.push(`${limit.minutes} minutes of ${kind}`);
  const roles = limit.roles ? ` (for ${limit.roles.join(", ")})` : "";
  return `at most ${parts.join(" and ")} ${PER[limit.scope]} per ${limit.period}${roles}`;
}

export function describeRule(rule: GestureRule): string {
  const parts = [`${rule.kind} granted by ${[...rule.roles, ...rule.agents].join(", ")}`];
  if (rule.maxValue) parts.push(`at most ${formatMoney(rule.maxValue)} each`);
  if (rule.maxMinutes !== null) parts.push(`at most ${rule.maxMinutes} minutes each`);
  if (rule.conditions.length > 0) parts.push(`only after ${rule.conditions.join(" or ")}`);
  return parts.join("; ");
}

/** Money in words, in minor units and currency: "1500 EUR minor units". */
export function formatMoney(money: Money): string {
  return `${money.amount} ${money.currency} minor units`;
}
