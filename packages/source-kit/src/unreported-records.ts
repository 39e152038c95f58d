import type { ImportReport } from "./import-report";

/**
 * A record an adapter was given, as a test counts it from the input itself: its source id
 * (`null` when it has none) and, where the test knows it, its entity.
 *
 * @example
 * ```ts
 * import type { InputRecord } from "@rapport/source-kit";
 * const ticket: InputRecord = { entity: "ticket", sourceId: "35436" };
 * ```
 */
export interface InputRecord {
  readonly entity?: string;
  readonly sourceId: string | null;
}

/**
 * The input records that have no outcome in an import report: the proof that nothing is
 * dropped silently. Each input record takes one outcome with its entity and source id (any
 * entity when the record names none), so two input records with one id need two outcomes.
 * Count the input records from the input itself, never from the adapter's own collector.
 *
 * @example
 * ```ts
 * import { type ImportReport, unreportedRecords } from "@rapport/source-kit";
 * declare const report: ImportReport;
 * unreportedRecords([{ entity: "ticket", sourceId: "1" }, { sourceId: "2" }], report);
 * // [] when both have an outcome
 * ```
 */
export function unreportedRecords(
  inputs: readonly InputRecord[],
  report: ImportReport,
): InputRecord[] {
  const byEntity = new Map<string, number>();
  const byId = new Map<string | null, number>();
  for (const outcome of report.records) {
    const key = `${outcome.entity} ${outcome.sourceId}`;
    byEntity.set(key, (byEntity.get(key) ?? 0) + 1);
    byId.set(outcome.sourceId, (byId.get(outcome.sourceId) ?? 0) + 1);
  }
  const take = <K>(counts: Map<K, number>, key: K) => {
    const left = counts.get(key) ?? 0;
    counts.set(key, left - 1);
    return left > 0;
  };
  // Records that name their entity first, so that an entity-less one never takes their outcome.
  const missing = inputs.filter(
    (input) =>
      input.entity !== undefined &&
      !(take(byEntity, `${input.entity} ${input.sourceId}`) && take(byId, input.sourceId)),
  );
  for (const input of inputs) {
    if (input.entity === undefined && !take(byId, input.sourceId)) missing.push(input);
  }
  return missing;
}
