import type { SkippedBlock } from "./candidate-pairs";
import type { FieldComparison } from "./fellegi-sunter";
import type { IdentityRecord } from "./identity-record";
import type { MatchModel } from "./identity-rules";

/**
 * Why two records were joined: a shared identifier value (a deterministic rule), or a match
 * score with the weight of each compared field.
 *
 * @example
 * ```ts
 * import type { IdentityLink } from "@rapport/identity";
 * const why = (link: IdentityLink) =>
 *   link.by === "identifier"
 *     ? `same ${link.field} ${link.value}`
 *     : `match probability ${link.probability.toFixed(3)}`;
 * ```
 */
export type IdentityLink =
  | {
      readonly by: "identifier";
      readonly records: readonly [string, string];
      readonly field: string;
      readonly value: string;
      readonly priority: number;
    }
  | {
      readonly by: "score";
      readonly records: readonly [string, string];
      readonly probability: number;
      /** The match weight, log2 of the odds: the prior plus the sum of the field weights. */
      readonly weight: number;
      readonly comparisons: readonly FieldComparison[];
    };

/**
 * One identity: the records that are one customer, the canonical id (the first record id in
 * code-unit order) and the links that joined them.
 *
 * @example
 * ```ts
 * import type { Identity } from "@rapport/identity";
 * const line = (i: Identity) => `${i.id}: ${i.recordIds.length} records`;
 * ```
 */
export interface Identity {
  readonly id: string;
  readonly recordIds: readonly string[];
  readonly systems: readonly string[];
  readonly links: readonly IdentityLink[];
}

/**
 * A join refused by merge protection, left for a person to review: the link that would have
 * joined two records and the identifier whose limit it would have broken (two Zendesk user ids),
 * or the unmerge that keeps them apart.
 *
 * @example
 * ```ts
 * import type { IdentityConflict } from "@rapport/identity";
 * const line = (c: IdentityConflict) => `${c.link.records.join(" / ")}: ${c.reason}`;
 * ```
 */
export interface IdentityConflict {
  readonly link: IdentityLink;
  readonly field: string | null;
  readonly values: readonly string[];
  readonly reason: string;
}

/**
 * A pair whose match probability falls in the clerical-review band: neither joined nor ruled
 * out.
 *
 * @example
 * ```ts
 * import type { ReviewPair } from "@rapport/identity";
 * const line = (r: ReviewPair) => `${r.records.join(" / ")}: ${(100 * r.probability).toFixed(0)} %`;
 * ```
 */
export interface ReviewPair {
  readonly records: readonly [string, string];
  readonly probability: number;
  readonly weight: number;
  readonly comparisons: readonly FieldComparison[];
}

/**
 * A value that could not be used: malformed (never used to join) or blocked.
 *
 * @example
 * ```ts
 * import type { RecordIssue } from "@rapport/identity";
 * const line = (i: RecordIssue) => `${i.recordId} ${i.field} "${i.value}": ${i.reason}`;
 * ```
 */
export interface RecordIssue {
  readonly recordId: string;
  readonly field: string;
  readonly value: string;
  readonly reason: string;
}

/**
 * One entry of the append-only log: the model estimated by EM (`fit`, with `model`), a merge
 * made, a merge undone because new records changed the joins (`split`), or a person's unmerge.
 *
 * @example
 * ```ts
 * import type { IdentityLogEntry } from "@rapport/identity";
 * const line = (e: IdentityLogEntry) => `${e.seq} ${e.action} ${e.records.join(" + ")}`;
 * ```
 */
export interface IdentityLogEntry {
  readonly seq: number;
  readonly action: "fit" | "merge" | "split" | "unmerge";
  /** The records merged, split or unmerged (none for `fit`). */
  readonly records: readonly string[];
  readonly link?: IdentityLink;
  readonly reason?: string;
  /** The model a `fit` entry estimated: the weights later runs carry on. */
  readonly model?: MatchModel;
}

/**
 * What {@link resolveIdentities} returns. `records` are the input records, untouched;
 * `apart` the pairs kept apart by unmerges, so that {@link addRecords} and
 * {@link unmergeRecord} carry on from here.
 *
 * @example
 * ```ts
 * import type { IdentityResolution } from "@rapport/identity";
 * const summary = (r: IdentityResolution) => `${r.records.length} records, ${r.identities.length} customers`;
 * ```
 */
export interface IdentityResolution {
  readonly identities: readonly Identity[];
  readonly conflicts: readonly IdentityConflict[];
  readonly review: readonly ReviewPair[];
  /** Records with no usable identifier: each is its own identity. */
  readonly unidentified: readonly string[];
  /** Malformed values, never used to join. */
  readonly invalid: readonly RecordIssue[];
  /** Blocked values, never used to join. */
  readonly blocked: readonly RecordIssue[];
  /** Blocks too large to compare. */
  readonly skippedBlocks: readonly SkippedBlock[];
  /** The probabilistic model used, when `compare` was set. */
  readonly model: MatchModel | null;
  readonly records: readonly IdentityRecord[];
  readonly apart: readonly (readonly [string, string])[];
  readonly log: readonly IdentityLogEntry[];
}
