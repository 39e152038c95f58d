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
 * A consent event an upsert refused because the tenant's ledger already holds another event
 * with its id: the ledger is append-only, so the stored event stays as it was.
 *
 * @example
 * ```ts
 * import type { UpsertConflict } from "@rapport/store";
 * const conflict: UpsertConflict = {
 *   index: 0,
 *   id: "con-1",
 *   reason: "id: expected an id not used by a different consent event, received \"con-1\"",
 * };
 * ```
 */
export interface UpsertConflict {
  /** The record's index in the batch. */
  index: number;
  /** The id already taken. */
  id: string;
  /** Why, as one line. */
  reason: string;
}

/**
 * What an upsert did: how many records it stored, every record it refused as invalid, every
 * consent event whose id is taken by a different event, and the ids it left at a newer
 * stored version.
 *
 * @example
 * ```ts
 * import type { UpsertReport } from "@rapport/store";
 * const report: UpsertReport = { stored: 2, rejected: [], conflicts: [], stale: [] };
 * ```
 */
export interface UpsertReport {
  /**
   * Distinct ids now stored as sent: inserted, replaced, or (consent events) already there
   * with the same content.
   */
  stored: number;
  /** Records refused as invalid, in batch order. */
  rejected: RejectedRecord[];
  /** Consent events refused because another event holds their id, in batch order. */
  conflicts: UpsertConflict[];
  /**
   * Ids of records left out because a later version (a later `updatedAt`) of the same id is
   * stored or in the same batch (sorted).
   */
  stale: string[];
}
