import type { Agent, CareGesture } from "@rapport/core";

/**
 * A gesture kind: `"discount"`, `"refund"`, `"credit"`, `"replacement"` or `"extra_time"`
 * (the `kind` of core's `CareGesture`).
 *
 * @example
 * ```ts
 * import type { GestureKind } from "@rapport/care-policies";
 * const kind: GestureKind = "credit";
 * ```
 */
export type GestureKind = CareGesture["kind"];

/**
 * An agent's role: `"agent"`, `"team_lead"`, `"manager"` or `"admin"` (the `role` of core's
 * `Agent`).
 *
 * @example
 * ```ts
 * import type { AgentRole } from "@rapport/care-policies";
 * const role: AgentRole = "team_lead";
 * ```
 */
export type AgentRole = Agent["role"];
