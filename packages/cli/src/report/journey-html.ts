import { chartFigure } from "./chart-figure";
import { funnelChartSpec, histogramChartSpec } from "./chart-specs";
import type { ReportData } from "./report-data";
import type { ReportSectionHtml } from "./report-section";

/** The customers per tenth of the effort index, as the histogram bins them. */
function tens(values: readonly number[]): Array<[string, number]> {
  return Array.from({ length: 10 }, (_, i) => {
    const n = values.filter((v) => Math.min(9, Math.floor(v / 10)) === i).length;
    return [`${i * 10} to ${(i + 1) * 10}`, n];
  });
}

/**
 * The "Journey and effort" section: the journey funnel (with journey events) and the spread
 * of the observed effort index (with cases). Left out when neither has data.
 *
 * @example
 * ```ts
 * import { journeyHtml } from "./journey-html"; // internal
 * declare const data: import("./report-data").ReportData;
 * const section = await journeyHtml(data);
 * ```
 */
export async function journeyHtml(data: ReportData): Promise<ReportSectionHtml> {
  const base = {
    id: "journey",
    title: "Journey and effort",
    whenEmpty: "Add journey events (e.g. a Segment export) or cases to see the funnel and effort.",
  };
  const funnel = data.journey.funnel;
  const effort = data.effort;
  if (funnel.length === 0 && effort.n === 0) return { ...base, html: null };
  const charts = await Promise.all([
    ...(funnel.length === 0
      ? []
      : [
          chartFigure(
            funnelChartSpec(
              "Journey funnel",
              funnel.map((s) => ({ label: s.stage, count: s.reached })),
            ),
            {
              title: "Journey funnel",
              caption: "Customers who reached each stage.",
              table: {
                columns: ["stage", "customers", "of the first stage (%)"],
                rows: funnel.map((s) => [
                  s.stage,
                  s.reached,
                  s.conversionFromFirst === null ? "–" : s.conversionFromFirst.toFixed(1),
                ]),
              },
            },
          ),
        ]),
    ...(effort.n === 0
      ? []
      : [
          chartFigure(
            histogramChartSpec("Effort index", effort.perCustomer, {
              domain: [0, 100],
              step: 10,
              xTitle: "effort (0 = effortless)",
            }),
            {
              title: "Effort index",
              caption: "Customers by observed effort.",
              table: { columns: ["effort", "customers"], rows: tens(effort.perCustomer) },
            },
          ),
        ]),
  ]);
  const mean =
    effort.mean === null
      ? ""
      : `<p>Mean effort index ${effort.mean.toFixed(1)} of 100 over ${effort.n} customers (0 = effortless).</p>`;
  return { ...base, html: `<div class="charts">${charts.join("")}</div>\n${mean}` };
}
