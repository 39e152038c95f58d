/**
 * One section of the HTML report, as the page lays it out.
 *
 * The contract: a section module exports a function from the report's figures to one of
 * these, and `html-report.ts` lists it, in reading order, with one line in `REPORT_SECTIONS`.
 * - `id` names the section's anchor (`<section id>`) and its jump link: lowercase, dashes.
 * - `title` is its `<h2>` and the text of the jump link.
 * - `html` is the body under the heading (tables, figures from `chartFigure`), or `null` when
 *   the data holds nothing for it: the section is then left out, and `whenEmpty` is listed
 *   at the end of the page instead.
 * - `whenEmpty` is one line saying what data would fill it, e.g. "Add survey answers with an
 *   NPS question to see this."
 *
 * @example
 * ```ts
 * import type { ReportSectionHtml } from "./report-section"; // internal
 * const empty: ReportSectionHtml = {
 *   id: "nps",
 *   title: "NPS",
 *   html: null,
 *   whenEmpty: "Add survey answers with an NPS question to see this.",
 * };
 * ```
 */
export interface ReportSectionHtml {
  readonly id: string;
  readonly title: string;
  readonly html: string | null;
  readonly whenEmpty: string;
}
