import type { ValidationIssue } from "@rapport/core";

/**
 * A record an upsert refused: its position in the batch, its id where it had one, and why
 * (as one line, and as core's validation issues, each with its machine-readable `code`).
 *
 * @example
 * ```ts
 * import type { RejectedRecord } from "@rapport/store";
 * const rejected: RejectedRecord = {
 *   index: 3,
 *   id: "r9",
 *   reason: "score: expected an integer from 0 to 10 on the zero_to_ten scale, received 11",
 *   issues: [{ path: ["score"], code: "too_big", message: "expected an integer from 0 to 10 on the zero_to_ten scale, received 11" }],
 * };
 * ```
 */
export interface RejectedRecord {
  /** The record's index in the batch. */
  index: number;
  /** The record's id, or `null` where it had none. */
  id: string | null;
  /** Every validation issue, as `path: expected …, received …`, joined by `; `. */
  reason: string;
  /** Every validation issue, with its path and `code`. */
  issues: readonly ValidationIssue[];
}

/**
 * What an upsert did: how many records it stored and every record it refused.
 *
 * @example
 * ```ts
 * import type { UpsertReport } from "@rapport/store";
 * const report: UpsertReport = { stored: 2, rejected: [] };
 * ```
 */
export interface UpsertReport {
  /** Distinct ids stored (inserted or replaced). */
  stored: number;
  /** Records refused, in batch order. */
  rejected: RejectedRecord[];
}
