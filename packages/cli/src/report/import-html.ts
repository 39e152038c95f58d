import { escapeHtml } from "./escape-html";
import { ignoredRecordsHtml } from "./ignored-records-html";
import type { ReportData } from "./report-data";
import type { ReportSectionHtml } from "./report-section";

// The HTML shows this many; the JSON figures (`--json`) hold every record.
const SHOWN = 500;

/**
 * The "Import" section: what each input gave (accepted, rejected, duplicates, ignored), the
 * records not imported with the reason, and the records left out on purpose.
 *
 * @example
 * ```ts
 * import { importHtml } from "./import-html"; // internal
 * declare const data: import("./report-data").ReportData;
 * const section = importHtml(data);
 * ```
 */
export function importHtml(data: ReportData): ReportSectionHtml {
  const inputs = data.inputs
    .map(
      (i) =>
        `<tr><td>${escapeHtml(i.file)}</td><td>${escapeHtml(i.source)}</td><td>${i.accepted}</td><td>${i.rejected}</td><td>${i.duplicates}</td><td>${i.ignored}</td></tr>`,
    )
    .join("");
  const problems = data.problems
    .slice(0, SHOWN)
    .map(
      (p) =>
        `<tr><td>${escapeHtml(p.file)}</td><td>${escapeHtml(p.entity)} ${escapeHtml(p.sourceId ?? "")}</td><td>${escapeHtml(p.field ?? "")}</td><td>${escapeHtml(p.reason)}</td></tr>`,
    )
    .join("");
  const html = `<div class="scroll" tabindex="0"><table><tr><th>file</th><th>source</th><th>accepted</th><th>rejected</th><th>duplicates</th><th>ignored</th></tr>${inputs}</table></div>
${data.problems.length > 0 ? `<h3>Records not imported (${data.problems.length})</h3><div class="scroll" tabindex="0"><table><tr><th>file</th><th>record</th><th>field</th><th>reason</th></tr>${problems}</table></div>` : ""}
${ignoredRecordsHtml(data.ignored)}`;
  return {
    id: "import",
    title: "Import",
    html,
    whenEmpty: "Pass helpdesk exports, survey CSV files or a warehouse to import.",
  };
}
