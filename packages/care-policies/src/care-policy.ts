import {
  GESTURE_KINDS as GESTURE_KIND_LIST,
  RapportValidationError,
  type ValidationIssue,
  validationIssue,
} from "@rapport/core";
import { oneOf } from "@rapport/stats";
import type { CarePolicyDefinition } from "./care-policy-definition";
import type { GestureKind } from "./care-types";
import { checkRule, type IssueFn, isObject } from "./check-care-rule";
import type { CarePolicy, GestureRule } from "./gesture-rule";

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
