import type { TopLevelSpec } from "vega-lite";

/**
 * One period of a score trend, with its interval (null when the period had no answers).
 *
 * @example
 * ```ts
 * import type { TrendPoint } from "@rapport/cli";
 * const march: TrendPoint = { period: "2024-03", value: 31, lower: 16, upper: 45, n: 96 };
 * ```
 */
export interface TrendPoint {
  readonly period: string;
  readonly value: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly n: number;
}

/**
 * A score for one group (a channel, an agent), with its interval.
 *
 * @example
 * ```ts
 * import type { GroupPoint } from "@rapport/cli";
 * const chat: GroupPoint = { group: "chat", value: 88, lower: 80, upper: 93, n: 120 };
 * ```
 */
export interface GroupPoint {
  readonly group: string;
  readonly value: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly n: number;
}

/**
 * How many answers (or customers) fall on one label.
 *
 * @example
 * ```ts
 * import type { CountPoint } from "@rapport/cli";
 * const tens: CountPoint = { label: "10", count: 41 };
 * ```
 */
export interface CountPoint {
  readonly label: string;
  readonly count: number;
}

const WIDTH = 400;
const HEIGHT = 200;
/**
 * What every chart of the report shares: its size (the SVG scales to its column through
 * its viewBox), a white background and dark text (axis labels #333, 12.6:1 on white).
 */
export const chartBase = (title: string) =>
  ({
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title,
    width: WIDTH,
    height: HEIGHT,
    background: "white",
    config: {
      font: "system-ui, sans-serif",
      title: { color: "#1d1d1f", fontSize: 14 },
      axis: {
        labelFontSize: 12,
        titleFontSize: 12,
        labelColor: "#333",
        titleColor: "#1d1d1f",
        labelLimit: 200,
      },
      legend: { labelColor: "#333", titleColor: "#1d1d1f", labelFontSize: 12 },
    },
  }) as const;
const base = chartBase;

/**
 * The axis and scale of a count (answers, customers, cases) whose largest bar is `max`: whole
 * numbers only (never half an answer), at most 5 ticks, from 0 to a round number.
 *
 * @example
 * ```ts
 * import { countScale } from "./chart-specs"; // internal
 * countScale(2).axis.tickCount; // 2: ticks 0, 1, 2
 * ```
 */
export function countScale(max: number) {
  const tickCount = Math.max(1, Math.min(5, Math.ceil(max)));
  return {
    axis: { format: "d", tickMinStep: 1, tickCount },
    scale: { zero: true, nice: tickCount },
  } as const;
}

/** The largest count of `values` in bins of `step` over `domain` (the last bin closed). */
export function largestBin(
  values: readonly number[],
  domain: readonly [number, number],
  step: number,
) {
  const bins = Math.max(1, Math.round((domain[1] - domain[0]) / step));
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) {
    const i = Math.min(bins - 1, Math.max(0, Math.floor((v - domain[0]) / step)));
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return Math.max(0, ...counts);
}

/**
 * A score over time: the line of values and a band for the interval of each period.
 *
 * @example
 * ```ts
 * import { trendChartSpec } from "./chart-specs"; // internal
 * trendChartSpec("NPS by month", [{ period: "2024-03", value: 31, lower: 16, upper: 45, n: 96 }], [-100, 100]);
 * ```
 */
export function trendChartSpec(
  title: string,
  points: readonly TrendPoint[],
  domain: readonly [number, number],
  yTitle = "score",
): TopLevelSpec {
  const x = {
    field: "period",
    type: "ordinal",
    title: null,
    sort: null,
    // Many periods (days of a year): a label where it fits, not a smear of them all.
    axis: { labelOverlap: "greedy" },
  } as const;
  const y = { scale: { domain: [...domain] }, title: yTitle };
  return {
    ...base(title),
    data: { values: points.filter((p) => p.value !== null).map((p) => ({ ...p })) },
    layer: [
      {
        mark: { type: "area", opacity: 0.2, color: "#4c78a8" },
        encoding: { x, y: { ...y, field: "lower", type: "quantitative" }, y2: { field: "upper" } },
      },
      {
        mark: { type: "line", point: true, color: "#4c78a8" },
        encoding: {
          x,
          y: { ...y, field: "value", type: "quantitative" },
          tooltip: [{ field: "period" }, { field: "value" }, { field: "n" }],
        },
      },
    ],
  };
}

/**
 * How answers spread over a scale: one bar per score.
 *
 * @example
 * ```ts
 * import { distributionChartSpec } from "./chart-specs"; // internal
 * distributionChartSpec("NPS answers", [{ label: "0", count: 2 }, { label: "10", count: 9 }], "score");
 * ```
 */
export function distributionChartSpec(
  title: string,
  points: readonly CountPoint[],
  xTitle: string,
): TopLevelSpec {
  return {
    ...base(title),
    data: { values: points.map((p) => ({ ...p })) },
    mark: { type: "bar", color: "#72b7b2" },
    encoding: {
      x: { field: "label", type: "ordinal", title: xTitle, sort: null },
      y: {
        field: "count",
        type: "quantitative",
        title: "answers",
        ...countScale(Math.max(0, ...points.map((p) => p.count))),
      },
    },
  };
}

/**
 * A score per group (channel, agent) with its interval as an error bar.
 *
 * @example
 * ```ts
 * import { groupChartSpec } from "./chart-specs"; // internal
 * groupChartSpec("CSAT by channel", [{ group: "chat", value: 88, lower: 80, upper: 93, n: 120 }], [0, 100]);
 * ```
 */
export function groupChartSpec(
  title: string,
  points: readonly GroupPoint[],
  domain: readonly [number, number],
  xTitle = "score",
): TopLevelSpec {
  const shown = points.filter((p) => p.value !== null);
  // An explicit order (highest score first) that both layers share.
  const order = [...shown].sort((a, b) => (b.value ?? 0) - (a.value ?? 0)).map((p) => p.group);
  const y = { field: "group", type: "nominal", title: null, sort: order } as const;
  const scale = { domain: [...domain] };
  // Bars grow from the bottom of the scale (1 for CES), or from 0 when it is inside it (NPS):
  // never from a point off the axis, so no bar runs past it over the labels.
  const baseline = Math.min(Math.max(0, domain[0]), domain[1]);
  return {
    ...base(title),
    height: Math.max(60, 24 * shown.length),
    data: { values: shown.map((p) => ({ ...p })) },
    layer: [
      {
        mark: { type: "bar", color: "#4c78a8", opacity: 0.8, clip: true },
        encoding: {
          y,
          x: { field: "value", type: "quantitative", title: xTitle, scale },
          x2: { datum: baseline },
        },
      },
      {
        mark: { type: "rule", color: "#333", clip: true },
        encoding: { y, x: { field: "lower", type: "quantitative", scale }, x2: { field: "upper" } },
      },
    ],
  };
}

/**
 * Customers reaching each stage of a funnel, in order.
 *
 * @example
 * ```ts
 * import { funnelChartSpec } from "./chart-specs"; // internal
 * funnelChartSpec("Journey funnel", [{ label: "purchase", count: 80 }, { label: "onboarding", count: 64 }]);
 * ```
 */
export function funnelChartSpec(title: string, points: readonly CountPoint[]): TopLevelSpec {
  return {
    ...base(title),
    data: { values: points.map((p) => ({ ...p })) },
    mark: { type: "bar", color: "#54a24b" },
    encoding: {
      y: { field: "label", type: "ordinal", title: null, sort: null },
      x: {
        field: "count",
        type: "quantitative",
        title: "customers",
        ...countScale(Math.max(0, ...points.map((p) => p.count))),
      },
    },
  };
}

/**
 * A histogram of values (churn risk, effort) in fixed bins over a domain.
 *
 * @example
 * ```ts
 * import { histogramChartSpec } from "./chart-specs"; // internal
 * histogramChartSpec("Churn risk", [0.1, 0.4, 0.8], { domain: [0, 1], step: 0.1, xTitle: "risk" });
 * ```
 */
export function histogramChartSpec(
  title: string,
  values: readonly number[],
  options: {
    readonly domain: readonly [number, number];
    readonly step: number;
    readonly xTitle: string;
    /** A d3 format of the axis labels, e.g. ".0%" for shares of 1. */
    readonly format?: string;
  },
): TopLevelSpec {
  return {
    ...base(title),
    data: { values: values.map((value) => ({ value })) },
    mark: { type: "bar", color: "#e45756" },
    encoding: {
      x: {
        field: "value",
        type: "quantitative",
        bin: { extent: [...options.domain], step: options.step },
        title: options.xTitle,
        ...(options.format === undefined ? {} : { axis: { format: options.format } }),
      },
      y: {
        aggregate: "count",
        type: "quantitative",
        title: "customers",
        ...countScale(largestBin(values, options.domain, options.step)),
      },
    },
  };
}
