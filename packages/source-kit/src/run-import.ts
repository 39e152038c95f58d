import { guardRecord } from "./guard-record";
import { createImportCollector, type ImportCollector } from "./import-collector";
import type { ImportResult } from "./import-report";
import { requireAsOf } from "./require-as-of";

/**
 * Options of {@link runImport}.
 *
 * @example
 * ```ts
 * import type { RunImportOptions } from "@rapport/source-kit";
 * const options: RunImportOptions = { caller: "importExample", asOf: new Date() };
 * ```
 */
export interface RunImportOptions {
  /** The importer's name, for messages: `"importZendesk"`. */
  readonly caller: string;
  /** The moment of the import, as the caller gave it; checked by {@link requireAsOf}. */
  readonly asOf: unknown;
}

/**
 * Runs one import from `source` with a fresh collector: checks `options.asOf` (see
 * {@link requireAsOf}: a wrong argument is the one mistake worth a throw), then lets
 * `mapRecords` fill the collector. `mapRecords` is given `guard(entity, sourceId, map)`, which
 * maps one record so that a defect in it (a throw, or no outcome) rejects that record alone
 * and the import goes on (see {@link guardRecord}); adapters defined with
 * {@link defineSourceAdapter} guard every record this way. Should the mapping fail outside a
 * guard, the failure is reported as a rejection of the payload rather than thrown at the
 * caller, and what was collected before it is kept.
 *
 * @example
 * ```ts
 * import { runImport } from "@rapport/source-kit";
 *
 * const result = runImport(
 *   "example",
 *   (collector, asOf) => collector.ignore("page", "1", `nothing to import before ${asOf.toISOString()}`),
 *   { caller: "importExample", asOf: new Date("2024-06-01T00:00:00Z") },
 * );
 * result.report.ignored; // 1
 * ```
 */
export function runImport(
  source: string,
  mapRecords: (
    collector: ImportCollector,
    asOf: Date,
    guard: (entity: string, sourceId: string | null, map: () => void) => void,
  ) => void,
  options: RunImportOptions,
): ImportResult {
  const asOf = requireAsOf(options.caller, options.asOf);
  const collector = createImportCollector(source);
  const guard = (entity: string, sourceId: string | null, map: () => void) => {
    const before = collector.size();
    guardRecord(collector, entity, sourceId, () => collector.size() > before, map);
  };
  try {
    mapRecords(collector, asOf, guard);
  } catch (error) {
    collector.reject("payload", null, "(root)", `unexpected error: ${String(error)}`);
  }
  return collector.result();
}
