import type { CustomerId, RecordId } from "@rapport/core";

/**
 * One opt-out remembered after erasure: the customer said no to a purpose, and must not be
 * asked or processed for it again because their data is gone.
 *
 * @example
 * ```ts
 * import type { SuppressedPurpose } from "@rapport/consent";
 * const s: SuppressedPurpose = { purpose: "marketing_email", action: "withdraw", at: new Date("2025-04-01T00:00:00Z") };
 * ```
 */
export interface SuppressedPurpose {
  /** The purpose id. */
  readonly purpose: string;
  /** How they said no. */
  readonly action: "withdraw" | "object" | "restrict";
  /** When they said it. */
  readonly at: Date;
}

/**
 * What remains of a customer after erasure (GDPR Art. 17): only what is needed to keep
 * honouring their opt-outs, so that a re-imported address is not contacted again. Made by
 * {@link erasurePlan}; {@link evaluateConsent} reads it through `suppressions`.
 *
 * @example
 * ```ts
 * import { customerId, recordId } from "@rapport/core";
 * import type { SuppressionRecord } from "@rapport/consent";
 * const record: SuppressionRecord = {
 *   customerId: customerId("cus_1"),
 *   requestId: recordId("dsr_9"),
 *   erasedAt: new Date("2025-05-01T00:00:00Z"),
 *   optOuts: [{ purpose: "marketing_email", action: "withdraw", at: new Date("2025-04-01T00:00:00Z") }],
 * };
 * ```
 */
export interface SuppressionRecord {
  /** The erased customer. */
  readonly customerId: CustomerId;
  /** The erasure request that removed their data. */
  readonly requestId: RecordId;
  /** When the erasure took effect: ledger events up to this instant no longer count. */
  readonly erasedAt: Date;
  /** Their opt-outs in force at erasure, one per purpose. */
  readonly optOuts: readonly SuppressedPurpose[];
}
