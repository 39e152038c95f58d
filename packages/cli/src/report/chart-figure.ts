import type { TopLevelSpec } from "vega-lite";
import { escapeHtml } from "./escape-html";
import { renderChart } from "./render-chart";

/**
 * The figures behind a chart, as a table a screen reader (or a printout) can read.
 *
 * @example
 * ```ts
 * import type { DataTable } from "./chart-figure"; // internal
 * const table: DataTable = { columns: ["answer", "answers"], rows: [["9", 12], ["10", 30]] };
 * ```
 */
export interface DataTable {
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<ReadonlyArray<string | number>>;
}

/**
 * Makes a rendered chart an accessible image: `role="img"`, a `<title>` and a `<desc>` as
 * its first children, and no fixed size (it scales to its column through its viewBox).
 *
 * @example
 * ```ts
 * import { accessibleSvg } from "./chart-figure"; // internal
 * accessibleSvg('<svg width="10" height="5" viewBox="0 0 10 5"></svg>', "NPS by month", "12 months");
 * // '<svg role="img" viewBox="0 0 10 5"><title>NPS by month</title><desc>12 months</desc></svg>'
 * ```
 */
export function accessibleSvg(svg: string, title: string, description: string): string {
  const start = svg.indexOf("<svg");
  const open = start < 0 ? -1 : svg.indexOf(">", start);
  if (open < 0) throw new RangeError("accessibleSvg: expected an <svg> element");
  const tag = svg
    .slice(0, open)
    .replace(/\s(width|height)="[^"]*"/g, "")
    .replace("<svg", '<svg role="img"');
  return `${tag}><title>${escapeHtml(title)}</title><desc>${escapeHtml(description)}</desc>${svg.slice(open + 1)}`;
}

/**
 * The HTML table of a chart's figures, folded in a `<details>` under the chart (opened in
 * print by the report's style sheet).
 *
 * @example
 * ```ts
 * import { dataTableHtml } from "./chart-figure"; // internal
 * dataTableHtml({ columns: ["answer", "answers"], rows: [["10", 30]] });
 * ```
 */
export function dataTableHtml(table: DataTable): string {
  const head = table.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join("");
  const rows = table.rows
    .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(String(cell))}</td>`).join("")}</tr>`)
    .join("");
  return `<details><summary>Data</summary><div class="scroll" tabindex="0"><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div></details>`;
}

/**
 * One chart of the report: the SVG rendered from a Vega-Lite spec, titled and described for
 * screen readers, its caption, and the data table behind it.
 *
 * @example
 * ```ts
 * import { chartFigure } from "./chart-figure"; // internal
 * import { distributionChartSpec } from "./chart-specs"; // internal
 * const points = [{ label: "9", count: 12 }, { label: "10", count: 30 }];
 * const html = await chartFigure(distributionChartSpec("NPS: answers", points, "answer"), {
 *   title: "NPS: answers",
 *   caption: "How the answers spread over the scale.",
 *   table: { columns: ["answer", "answers"], rows: points.map((p) => [p.label, p.count]) },
 * });
 * ```
 */
export async function chartFigure(
  spec: TopLevelSpec,
  options: { readonly title: string; readonly caption: string; readonly table: DataTable },
): Promise<string> {
  const svg = accessibleSvg(await renderChart(spec), options.title, options.caption);
  return `<figure>${svg}<figcaption>${escapeHtml(options.caption)}</figcaption>${dataTableHtml(options.table)}</figure>`;
}
