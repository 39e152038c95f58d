import { agentsHtml } from "./agents-html";
import { churnHtml } from "./churn-html";
import { consentHtml } from "./consent-html";
import { formatMoment } from "./format-date";
import { noun } from "./format-figure";
import { headlineCards } from "./headline-figures";
import { headlineHtml } from "./headline-html";
import { identityHtml } from "./identity-html";
import { importHtml } from "./import-html";
import { journeyHtml } from "./journey-html";
import type { ReportData } from "./report-data";
import { reportPage } from "./report-page";
import type { ReportSectionHtml } from "./report-section";
import { scoreSectionHtml } from "./score-html";
import { serviceHtml } from "./service-html";
import { slaHtml } from "./sla-html";
import { survivalHtml } from "./survival-html";
import { voiceHtml } from "./voice-html";

/** A section of the report: its figures in, its HTML (or the line saying why not) out. */
type ReportSectionRenderer = (data: ReportData) => ReportSectionHtml | Promise<ReportSectionHtml>;

// The sections in reading order. A new section is one more line here: a function from the
// report's figures to a `ReportSectionHtml` (see report-section.ts for the contract).
const REPORT_SECTIONS: readonly ReportSectionRenderer[] = [
  (data) => scoreSectionHtml(data, "nps"),
  (data) => scoreSectionHtml(data, "csat"),
  (data) => scoreSectionHtml(data, "ces"),
  serviceHtml,
  slaHtml,
  (data) => agentsHtml(data.agents),
  (data) => voiceHtml(data.voice, data),
  churnHtml,
  (data) => survivalHtml(data.survival),
  (data) => identityHtml(data.identity),
  journeyHtml,
  (data) => consentHtml(data.consent, data),
  importHtml,
];

/** "180 customers, 356 cases, 455 survey answers". */
function totals(data: ReportData): string {
  const { customers, cases, responses } = data.totals;
  return `${customers} ${noun(customers, "customer")}, ${cases} ${noun(cases, "case")}, ${responses} ${noun(responses, "survey answer")}`;
}

/**
 * Renders a report as one self-contained HTML page: headline cards, jump links, and a section
 * per topic with its figures, tables and charts (inline SVG rendered with Vega-Lite, each with
 * a title, a description and its data table). Sections without data are left out, with one
 * line saying what would fill them. No script, no style sheet or font to fetch: it opens
 * offline and prints cleanly.
 *
 * @example
 * ```ts
 * import { renderHtmlReport, type ReportData } from "@rapport/cli";
 * declare const data: ReportData;
 * const html = await renderHtmlReport(data);
 * ```
 */
export async function renderHtmlReport(data: ReportData): Promise<string> {
  const sections = await Promise.all(REPORT_SECTIONS.map((render) => render(data)));
  return reportPage(
    {
      title: data.title,
      lang: data.locale,
      subtitle: `As of ${formatMoment(data.asOf, data)}, by ${data.period}. ${totals(data)}.`,
      headline: headlineHtml(headlineCards(data)),
    },
    sections,
  );
}
