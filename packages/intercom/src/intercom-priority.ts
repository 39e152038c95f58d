import type { CasePriority } from "@rapport/core";

/**
 * Intercom conversation priorities and the case priority each becomes: the two-valued flag of
 * API versions up to 2.13 (`priority` / `not_priority`) and the levels of later versions
 * (`none`, `low`, `medium`, `high`, `urgent`).
 *
 * @example
 * ```ts
 * import { INTERCOM_PRIORITIES } from "@rapport/intercom";
 * INTERCOM_PRIORITIES.priority; // "high"
 * ```
 */
export const INTERCOM_PRIORITIES: Readonly<Record<string, CasePriority>> = Object.freeze({
  priority: "high",
  not_priority: "normal",
  none: "normal",
  low: "low",
  medium: "normal",
  high: "high",
  urgent: "urgent",
});

/**
 * Maps an Intercom conversation `priority` to a case priority; a missing one is `normal`,
 * an unknown one `undefined`.
 *
 * @example
 * ```ts
 * import { intercomPriority } from "@rapport/intercom";
 * intercomPriority("not_priority"); // "normal"
 * ```
 */
export function intercomPriority(value: unknown): CasePriority | undefined {
  if (value === null || value === undefined) return "normal";
  return typeof value === "string" && Object.hasOwn(INTERCOM_PRIORITIES, value)
    ? INTERCOM_PRIORITIES[value]
    : undefined;
}
