import type { CasePriority, CaseStatus } from "@rapport/core";
import type { SlaMetric, SlaTarget } from "./sla-policy";

/**
 * The state of one SLA target: its clock is running (`active`), stopped for now (`paused`),
 * it was met (`achieved`) or missed (`breached`, which stays even once it is fulfilled).
 *
 * @example
 * ```ts
 * import type { SlaState } from "@rapport/service-levels";
 * const state: SlaState = "paused";
 * ```
 */
export type SlaState = "active" | "paused" | "achieved" | "breached";

/**
 * Why a clock is paused: the case's status stops it (e.g. pending stops requester wait), or
 * the schedule of a business-time target is closed (with when it opens again).
 *
 * @example
 * ```ts
 * import type { SlaPauseReason } from "@rapport/service-levels";
 * const reason: SlaPauseReason = { kind: "status", status: "pending" };
 * ```
 */
export type SlaPauseReason =
  | {
      /** Paused by the case's status. */
      readonly kind: "status";
      /** The status that pauses it. */
      readonly status: CaseStatus;
    }
  | {
      /** Paused because the schedule is closed. */
      readonly kind: "outside_business_hours";
      /** When the schedule next opens (null if not within ten years). */
      readonly opensAt: Date | null;
    };

/**
 * Where one SLA target of a case stands at `asOf`.
 *
 * @example
 * ```ts
 * import type { SlaTargetStatus } from "@rapport/service-levels";
 * const late = (t: SlaTargetStatus) => t.state === "breached";
 * ```
 */
export interface SlaTargetStatus {
  /** The metric. */
  readonly metric: SlaMetric;
  /** The name of the policy whose target applies. */
  readonly policy: string;
  /** The priority the target was taken for. */
  readonly priority: CasePriority;
  /** The target. */
  readonly target: SlaTarget;
  /** `active`, `paused`, `achieved` or `breached` (breached stays once fulfilled). */
  readonly state: SlaState;
  /** Why the clock is paused, or null. */
  readonly pausedReason: SlaPauseReason | null;
  /** When the (current) clock started. */
  readonly startedAt: Date;
  /** When it was fulfilled, or null. */
  readonly fulfilledAt: Date | null;
  /** When it was first breached, or null. */
  readonly breachedAt: Date | null;
  /** When it is (or was) due; null while a status pause leaves it open. */
  readonly dueAt: Date | null;
  /** Time counted so far, in the target's time (business or calendar), ms. */
  readonly elapsedMs: number;
  /** Business time left until due, ms (negative once overdue); null when achieved or unknown. */
  readonly remainingBusinessMs: number | null;
  /** Calendar time left until due, ms (negative once overdue); null when achieved or unknown. */
  readonly remainingCalendarMs: number | null;
  /** How many clocks ran: one per reply cycle for next reply, periodic and pausable update, else 1. */
  readonly cycles: number;
}
