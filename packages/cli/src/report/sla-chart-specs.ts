import type { TopLevelSpec } from "vega-lite";
import { chartBase, countScale, largestBin } from "./chart-specs";
import type { SlaAttainmentFigure } from "./sla-data";

const base = chartBase;

/**
 * SLA attainment over time: one line per metric, with a band for each period's interval;
 * the figures in time order.
 *
 * @example
 * ```ts
 * import { attainmentTrendChartSpec } from "./sla-chart-specs"; // internal
 * attainmentTrendChartSpec("SLA attainment by month", [
 *   { metric: "firstReply", group: "2026-03", value: 92, lower: 85, upper: 96, n: 80, method: "wilson", breached: 6, open: 0 },
 * ]);
 * ```
 */
export function attainmentTrendChartSpec(
  title: string,
  figures: readonly SlaAttainmentFigure[],
): TopLevelSpec {
  const values = figures
    .filter((f) => f.value !== null)
    .map((f) => ({
      metric: f.metric,
      period: f.group,
      value: f.value,
      lower: f.lower,
      upper: f.upper,
      n: f.n,
    }));
  // The figures come in time order; their labels are words ("Oct 2026"), so keep that order.
  const x = {
    field: "period",
    type: "ordinal",
    title: null,
    sort: null,
    // Many periods (days of a year): a label where it fits, not a smear of them all.
    axis: { labelOverlap: "greedy" },
  } as const;
  const scale = { domain: [0, 100] };
  const color = { field: "metric", type: "nominal", title: "metric" } as const;
  return {
    ...base(title),
    data: { values },
    layer: [
      {
        mark: { type: "area", opacity: 0.12 },
        encoding: {
          x,
          y: { field: "lower", type: "quantitative", scale, title: "% of targets met" },
          y2: { field: "upper" },
          color,
        },
      },
      {
        mark: { type: "line", point: true },
        encoding: {
          x,
          y: { field: "value", type: "quantitative", scale },
          color,
          tooltip: [{ field: "metric" }, { field: "period" }, { field: "value" }, { field: "n" }],
        },
      },
    ],
  };
}

/**
 * How first reply times spread, in calendar and in business hours: overlaid histograms of
 * 2-hour bins up to `capHours`, longer times counted in the last bin.
 *
 * @example
 * ```ts
 * import { firstReplyChartSpec } from "./sla-chart-specs"; // internal
 * firstReplyChartSpec("First reply", [0.5, 3, 30], [0.5, 1, 4], { capHours: 48 });
 * ```
 */
export function firstReplyChartSpec(
  title: string,
  calendarHours: readonly number[],
  businessHours: readonly number[] | null,
  options: { readonly capHours: number },
): TopLevelSpec {
  const cap = options.capHours;
  // Just inside the last bin, so that longer times land in it.
  const clamp = (h: number) => Math.min(h, cap - 1e-9);
  const values = [
    ...calendarHours.map((h) => ({ hours: clamp(h), time: "calendar" })),
    ...(businessHours ?? []).map((h) => ({ hours: clamp(h), time: "business" })),
  ];
  return {
    ...base(title),
    data: { values },
    mark: { type: "bar", opacity: 0.6, binSpacing: 0 },
    encoding: {
      x: {
        field: "hours",
        type: "quantitative",
        bin: { extent: [0, cap], step: 2 },
        title: `hours to first reply (last bin: ${cap - 2} h and more)`,
      },
      y: {
        aggregate: "count",
        type: "quantitative",
        title: "cases",
        stack: null,
        ...countScale(
          Math.max(
            largestBin(calendarHours.map(clamp), [0, cap], 2),
            largestBin((businessHours ?? []).map(clamp), [0, cap], 2),
          ),
        ),
      },
      color: {
        field: "time",
        type: "nominal",
        title: "counted in",
        scale: { domain: ["calendar", "business"], range: ["#9ecae9", "#f58518"] },
      },
    },
  };
}
