import type { ImportCollector } from "./import-collector";

/**
 * Runs the mapping of one input record so that it always ends with an outcome: should the
 * mapping throw (a defect, not bad data), the record is rejected with the error as its reason,
 * and should it return without accepting, rejecting, ignoring or merging the record, the record
 * is rejected as left without an outcome. Either way the import goes on with the next record.
 * `hasOutcome` says whether the mapping gave the record an outcome (see
 * {@link defineSourceAdapter}, which tracks it).
 *
 * @example
 * ```ts
 * import { createImportCollector, guardRecord } from "@rapport/source-kit";
 * const collector = createImportCollector("example");
 * guardRecord(collector, "ticket", "7", () => false, () => {
 *   throw new Error("boom");
 * });
 * collector.result().report.records[0]?.reason; // "unexpected error while mapping the record: Error: boom"
 * ```
 */
export function guardRecord(
  collector: ImportCollector,
  entity: string,
  sourceId: string | null,
  hasOutcome: () => boolean,
  map: () => void,
): void {
  try {
    map();
  } catch (error) {
    collector.reject(
      entity,
      sourceId,
      "(root)",
      `unexpected error while mapping the record: ${String(error)}`,
    );
    return;
  }
  if (!hasOutcome()) {
    collector.reject(entity, sourceId, "(root)", "the adapter gave this record no outcome");
  }
}
