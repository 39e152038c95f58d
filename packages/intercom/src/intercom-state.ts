import type { CaseStatus } from "@rapport/core";

/**
 * Intercom conversation states and the case status each becomes. A snoozed conversation
 * waits, on the team's side, until a set time: `on_hold`. Intercom has one step for ending
 * a conversation, `closed`, and reopens it when the customer writes again.
 *
 * @example
 * ```ts
 * import { INTERCOM_STATES } from "@rapport/intercom";
 * INTERCOM_STATES.snoozed; // "on_hold"
 * ```
 */
export const INTERCOM_STATES: Readonly<Record<string, CaseStatus>> = Object.freeze({
  open: "open",
  closed: "closed",
  snoozed: "on_hold",
});

/**
 * Maps an Intercom conversation `state` to a case status; `undefined` for anything else.
 *
 * @example
 * ```ts
 * import { intercomState } from "@rapport/intercom";
 * intercomState("closed"); // "closed"
 * intercomState("pending"); // undefined
 * ```
 */
export function intercomState(value: unknown): CaseStatus | undefined {
  return typeof value === "string" && Object.hasOwn(INTERCOM_STATES, value)
    ? INTERCOM_STATES[value]
    : undefined;
}
