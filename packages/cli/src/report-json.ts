import type { ReportData } from "./report/report-data";

/**
 * The version of the `--json` layout, the `schemaVersion` of every {@link ReportJson}. It goes
 * up when a field is removed or renamed or changes its type or meaning; a new field leaves it
 * as it is, so a reader should ignore the fields it does not know. The JSON Schema of the
 * layout ships in the package as `@rapport/cli/report.schema.json`.
 *
 * @example
 * ```ts
 * import { REPORT_SCHEMA_VERSION } from "@rapport/cli";
 * const figures = { schemaVersion: 1 };
 * if (figures.schemaVersion !== REPORT_SCHEMA_VERSION) throw new Error("a report of another version");
 * ```
 */
export const REPORT_SCHEMA_VERSION = 1;

/**
 * A file the run left out, or one it read with a warning, and why.
 *
 * @example
 * ```ts
 * import type { InputFileProblem } from "@rapport/cli";
 * const problem: InputFileProblem = { file: "tickets.json", reason: "an empty file" };
 * ```
 */
export interface InputFileProblem {
  readonly file: string;
  readonly reason: string;
}

/**
 * What `rapport report --json` writes: every figure of the report ({@link ReportData}), the
 * version of the layout, the files that could not be read and the warnings.
 *
 * @example
 * ```ts
 * import type { ReportJson } from "@rapport/cli";
 * const unread = (report: ReportJson) => report.unreadFiles.map((f) => `${f.file}: ${f.reason}`);
 * ```
 */
export interface ReportJson extends ReportData {
  /** The version of this layout: {@link REPORT_SCHEMA_VERSION}. */
  readonly schemaVersion: 1;
  /** Every file that could not be read (missing, empty, not JSON, source unknown), with why. */
  readonly unreadFiles: readonly InputFileProblem[];
  /** Files read without a problem that still deserve a look, such as a payload with 0 records. */
  readonly warnings: readonly InputFileProblem[];
}

/**
 * The `--json` document of a report: {@link ReportData} with the version of the layout first and
 * the files left out and the warnings of the run.
 *
 * @example
 * ```ts
 * import { reportJson, type ReportData } from "@rapport/cli";
 * const write = (data: ReportData) =>
 *   JSON.stringify(reportJson(data, { unreadFiles: [], warnings: [] }), null, 2);
 * ```
 */
export function reportJson(
  data: ReportData,
  options: Pick<ReportJson, "unreadFiles" | "warnings">,
): ReportJson {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    ...data,
    unreadFiles: options.unreadFiles,
    warnings: options.warnings,
  };
}
