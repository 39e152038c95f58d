import { chartFigure } from "./chart-figure";
import { histogramChartSpec } from "./chart-specs";
import { escapeHtml } from "./escape-html";
import { displayName } from "./readable-id";
import type { ReportData } from "./report-data";
import type { ReportSectionHtml } from "./report-section";

/** The customers per tenth of the risk score, as the histogram bins them. */
function tenths(scores: readonly number[]): Array<[string, number]> {
  return Array.from({ length: 10 }, (_, i) => {
    const n = scores.filter((s) => Math.min(9, Math.floor(s * 10)) === i).length;
    return [`${i * 10} to ${(i + 1) * 10} %`, n];
  });
}

/**
 * The "Who is at risk, and why" section: the spread of churn-risk scores and the customers
 * most at risk with the signals behind their score. Left out without customers.
 *
 * @example
 * ```ts
 * import { churnHtml } from "./churn-html"; // internal
 * declare const data: import("./report-data").ReportData;
 * const section = await churnHtml(data);
 * ```
 */
export async function churnHtml(data: ReportData): Promise<ReportSectionHtml> {
  const base = {
    id: "at-risk",
    title: "Who is at risk, and why",
    whenEmpty: "Add customers with cases, answers or interactions to see churn risk.",
  };
  if (data.churn.scores.length === 0) return { ...base, html: null };
  const title = "Churn risk";
  const chart = await chartFigure(
    histogramChartSpec(title, data.churn.scores, {
      domain: [0, 1],
      step: 0.1,
      xTitle: "churn-risk score",
      format: ".0%",
    }),
    {
      title,
      caption: "Customers by churn-risk score.",
      table: { columns: ["risk score", "customers"], rows: tenths(data.churn.scores) },
    },
  );
  const rows = data.churn.atRisk
    .map(
      (c) =>
        `<tr><td>${escapeHtml(displayName(c.name, c.customerId))}</td><td>${(c.score * 100).toFixed(0)} %</td><td>${escapeHtml(c.band)}</td><td>${c.reasons
          .map(escapeHtml)
          .join("<br>")}</td></tr>`,
    )
    .join("");
  const html = `<div class="charts">${chart}</div>
<div class="scroll" tabindex="0"><table><tr><th>customer</th><th>risk</th><th>band</th><th>reasons</th></tr>${rows}</table></div>`;
  return { ...base, html };
}
