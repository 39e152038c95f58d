import { parse, View } from "vega";
import type { TopLevelSpec } from "vega-lite";
import { compile } from "vega-lite";

/**
 * Renders a Vega-Lite specification to a standalone SVG string, at build time and without a
 * browser: the report then opens offline and makes no network request.
 *
 * @example
 * ```ts
 * import { renderChart } from "./render-chart"; // internal
 * const svg = await renderChart({
 *   data: { values: [{ channel: "email", n: 3 }] },
 *   mark: "bar",
 *   encoding: { x: { field: "channel", type: "nominal" }, y: { field: "n", type: "quantitative" } },
 * });
 * ```
 */
export async function renderChart(spec: TopLevelSpec): Promise<string> {
  const { spec: vegaSpec } = compile(spec);
  // No loader is given data URLs: every chart carries its data inline.
  const view = new View(parse(vegaSpec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
