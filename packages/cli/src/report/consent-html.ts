import type { ConsentSection } from "./consent-data";
import { escapeHtml } from "./escape-html";
import { formatPeriodLabel } from "./format-date";
import type { ReportData } from "./report-data";
import type { ReportSectionHtml } from "./report-section";
import { requestsHtml } from "./requests-html";
import { figureCell, formatPercent } from "./section-format";

/**
 * The "Consent and privacy" section of the HTML report: per purpose, the share of customers
 * whose data may be used for it (with interval), how many said yes, no or nothing, and the
 * withdrawals of this period and the one before; the restrictions and objections in effect.
 * Counts only: no customer is named. Left out without consent records.
 *
 * @example
 * ```ts
 * import { consentHtml } from "./consent-html"; // internal
 * declare const data: import("./report-data").ReportData;
 * consentHtml(null, data).html; // null
 * ```
 */
export function consentHtml(
  section: ConsentSection | null,
  data: Pick<ReportData, "period" | "locale"> & Partial<Pick<ReportData, "requests">>,
): ReportSectionHtml {
  const base = {
    id: "consent-and-privacy",
    title: "Consent and privacy",
    whenEmpty:
      "Import consent records (grants and withdrawals per purpose) to see who may be contacted for what.",
  };
  const requestsPart = requestsHtml(data.requests ?? null, data);
  if (section === null) return { ...base, html: requestsPart === "" ? null : requestsPart };
  const period = escapeHtml(formatPeriodLabel(section.period, data.period, data.locale));
  const previous = escapeHtml(formatPeriodLabel(section.previousPeriod, data.period, data.locale));
  const rows = section.purposes
    .map(
      (p) =>
        `<tr><th scope="row">${escapeHtml(p.purpose.replaceAll("_", " "))}</th>${figureCell(formatPercent(p.allowed))}<td>${p.granted}</td><td>${p.denied}</td><td>${p.undecided}</td><td>${p.withdrawals}</td><td>${p.previousWithdrawals}</td></tr>`,
    )
    .join("");
  const requests = [
    `${section.restricted} ${section.restricted === 1 ? "customer has" : "customers have"} asked to restrict processing (GDPR Art. 18)`,
    `${section.objected} ${section.objected === 1 ? "has" : "have"} objected to it (Art. 21)`,
  ].join("; ");
  const html = `<p class="muted">Who may be contacted for what, as of the report's moment: each purpose's consent records replayed up to then (a withdrawal is never retroactive; a purpose needs a consent in effect). Shares are of all ${section.customers} customers, ${section.withRecords} of them with consent records (${section.records} records), with Wilson 95 % intervals. Counts only.</p>
<div class="scroll" tabindex="0"><table><caption class="muted">Consent by purpose</caption><thead><tr><th scope="col">purpose</th><th scope="col">may be contacted</th><th scope="col">said yes</th><th scope="col">said no</th><th scope="col">no choice in effect</th><th scope="col">withdrawals ${period}</th><th scope="col">withdrawals ${previous}</th></tr></thead><tbody>${rows}</tbody></table></div>
<p>In effect now: ${escapeHtml(requests)}. A withdrawal is the end of a consent in effect (a first "no" is not one).</p>${requestsPart === "" ? "" : `\n${requestsPart}`}`;
  return { ...base, html };
}
