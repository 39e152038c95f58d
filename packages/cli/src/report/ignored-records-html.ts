import { escapeHtml } from "./escape-html";
import type { ReportProblem } from "./report-data";

// The HTML shows this many; the JSON figures (`--json`) hold every record.
const SHOWN = 1000;

/**
 * The HTML table of the records an import left out on purpose (ignored, or a duplicate of a
 * record already imported), each with its reason.
 *
 * @example
 * ```ts
 * import { ignoredRecordsHtml } from "./ignored-records-html"; // internal
 * ignoredRecordsHtml([{ file: "ratings.json", entity: "satisfaction_rating", sourceId: "7", field: null, reason: "only offered" }]);
 * ```
 */
export function ignoredRecordsHtml(ignored: readonly ReportProblem[]): string {
  if (ignored.length === 0) return "";
  const rows = ignored
    .slice(0, SHOWN)
    .map(
      (p) =>
        `<tr><td>${escapeHtml(p.file)}</td><td>${escapeHtml(p.entity)} ${escapeHtml(p.sourceId ?? "")}</td><td>${escapeHtml(p.reason)}</td></tr>`,
    )
    .join("");
  const more =
    ignored.length > SHOWN
      ? `<p class="muted">The first ${SHOWN} of ${ignored.length}; the JSON figures list every one.</p>`
      : "";
  return `<h3>Records left out (${ignored.length})</h3><div class="scroll" tabindex="0"><table><tr><th>file</th><th>record</th><th>reason</th></tr>${rows}</table></div>${more}`;
}
