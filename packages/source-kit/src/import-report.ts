import { type EntityLists, emptyEntityLists } from "@rapport/core";

/**
 * What became of one input record during an import:
 * - `accepted`: mapped into the model;
 * - `rejected`: could not be mapped; `field` and `reason` say why;
 * - `duplicate`: the same source id was already imported in this batch (a re-sent page);
 * - `ignored`: deliberately not imported, with the reason (e.g. a rating that was only offered).
 *
 * @example
 * ```ts
 * import type { ImportOutcome } from "@rapport/source-kit";
 * const line = (o: ImportOutcome) => `${o.entity} ${o.sourceId}: ${o.status}${o.reason ? ` (${o.reason})` : ""}`;
 * ```
 */
export interface ImportOutcome {
  /** The kind of input record, in the source's words: `"ticket"`, `"satisfaction_rating"`… */
  readonly entity: string;
  /** The record's id in the source; `null` when it had none (then it is rejected). */
  readonly sourceId: string | null;
  /** What became of it. */
  readonly status: "accepted" | "rejected" | "duplicate" | "ignored";
  /** For a rejection: the field at fault, as a path such as `via.channel`. */
  readonly field?: string;
  /** For a rejection or an ignored record: why, in words a person can act on. */
  readonly reason?: string;
}

/**
 * The account of an import: every input record, accepted or not, with counts. Nothing is
 * dropped silently: `records.length` is the number of input records seen.
 *
 * @example
 * ```ts
 * import type { ImportReport } from "@rapport/source-kit";
 * const summary = (r: ImportReport) => `${r.accepted} accepted, ${r.rejected} rejected`;
 * ```
 */
export interface ImportReport {
  /** The source system, e.g. `"zendesk"`. */
  readonly source: string;
  /** How many records were accepted. */
  readonly accepted: number;
  /** How many were rejected. */
  readonly rejected: number;
  /** How many repeated a record already accepted. */
  readonly duplicates: number;
  /** How many were deliberately left out. */
  readonly ignored: number;
  /** Every input record's outcome, in the order they were seen. */
  readonly records: readonly ImportOutcome[];
}

/**
 * The record lists an import fills: one list per entity of core's vocabulary, named by its
 * entity key (`customers`, `cases`, `surveyResponses`, `careGestures`, …). Lists an adapter
 * does not produce are empty.
 *
 * @example
 * ```ts
 * import type { ImportLists } from "@rapport/source-kit";
 * const total = (lists: ImportLists) => lists.cases.length + lists.surveyResponses.length;
 * ```
 */
export type ImportLists = EntityLists;

/**
 * What a source adapter returns: the records mapped into the model, by entity key, and the
 * report.
 *
 * @example
 * ```ts
 * import type { ImportResult } from "@rapport/source-kit";
 * const caseCount = (result: ImportResult) => result.cases.length;
 * ```
 */
export interface ImportResult extends ImportLists {
  /** The account of every input record. */
  readonly report: ImportReport;
}

/**
 * Fresh, empty record lists, one per entity key, to fill.
 *
 * @example
 * ```ts
 * import { emptyImportLists } from "@rapport/source-kit";
 * const lists = emptyImportLists();
 * lists.surveyResponses.length; // 0
 * ```
 */
export function emptyImportLists(): ImportLists {
  return emptyEntityLists();
}
