import { escapeHtml } from "./escape-html";
import { formatPeriodLabel } from "./format-date";
import type { ReportData } from "./report-data";
import type { RequestsSection } from "./requests-data";

const days = (n: number) => `${n} ${n === 1 ? "day" : "days"}`;

/**
 * The data-subject requests of the consent and privacy section, as HTML: a line with the open,
 * overdue and oldest open request, one with the period's completions and the median days to
 * complete, and a table by right. Counts only. Empty without requests.
 *
 * @example
 * ```ts
 * import { requestsHtml } from "./requests-html"; // internal
 * requestsHtml(null, { period: "month", locale: "en-GB" }); // ""
 * ```
 */
export function requestsHtml(
  section: RequestsSection | null,
  data: Pick<ReportData, "period" | "locale">,
): string {
  if (section === null) return "";
  const period = escapeHtml(formatPeriodLabel(section.period, data.period, data.locale));
  const oldest =
    section.oldestOpenDays === null
      ? ""
      : `; the oldest was received ${days(section.oldestOpenDays)} ago`;
  const untimed =
    section.withoutDeadline === 0
      ? ""
      : ` (${section.withoutDeadline} with no deadline: no jurisdiction on record)`;
  const median =
    section.medianDaysToComplete === null
      ? ""
      : `, in a median of ${days(section.medianDaysToComplete)}`;
  const late = section.completedLate === 0 ? "" : ` (${section.completedLate} after the deadline)`;
  const rows = section.byRight
    .map(
      (r) =>
        `<tr><th scope="row">${escapeHtml(r.right.replaceAll("_", " "))}</th><td>${r.open}</td><td>${r.overdue}</td><td>${r.completed}</td></tr>`,
    )
    .join("");
  return `<h3>Data-subject requests</h3>
<p>${section.open} open, ${section.overdue} past the legal deadline${untimed}${oldest}. Completed ${period}: ${section.completed}${median}${late}. Deadlines by the request's jurisdiction: one month under the GDPR (extendable by two), 45 days under the CCPA (extendable by 45), 15 days for access under the LGPD.</p>
<div class="scroll" tabindex="0"><table><caption class="muted">Requests by right</caption><thead><tr><th scope="col">right</th><th scope="col">open</th><th scope="col">overdue</th><th scope="col">completed ${period}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}
