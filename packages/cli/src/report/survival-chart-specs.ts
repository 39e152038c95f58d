import type { TopLevelSpec } from "vega-lite";
import { chartBase } from "./chart-specs";
import type { SurvivalStep } from "./survival-data";

/**
 * A Kaplan-Meier curve as a step chart: the share of customers still there (0 to 100 %)
 * against days since the first purchase, with its pointwise interval as a stepped band, from
 * day 0 (everyone there) to the end of follow-up.
 *
 * @example
 * ```ts
 * import { survivalChartSpec } from "./survival-chart-specs"; // internal
 * survivalChartSpec("Customers still there", [{ days: 10, atRisk: 5, churned: 2, censored: 0, survival: 0.6, lower: 0.13, upper: 0.88 }], 60);
 * ```
 */
export function survivalChartSpec(
  title: string,
  steps: readonly SurvivalStep[],
  followUpDays: number,
): TopLevelSpec {
  const points = [
    { days: 0, survival: 100, lower: 100, upper: 100 },
    ...steps.map((s) => ({
      days: s.days,
      survival: s.survival * 100,
      lower: s.lower * 100,
      upper: s.upper * 100,
    })),
  ];
  const last = points.at(-1)!;
  if (followUpDays > last.days) points.push({ ...last, days: followUpDays });
  const x = {
    field: "days",
    type: "quantitative",
    title: "days since first purchase",
    axis: { tickMinStep: 1, format: "d" },
  } as const;
  const y = {
    type: "quantitative" as const,
    scale: { domain: [0, 100] },
    title: "still customers (%)",
  };
  return {
    ...chartBase(title),
    data: { values: points },
    layer: [
      {
        mark: { type: "area", interpolate: "step-after", opacity: 0.2, color: "#4c78a8" },
        encoding: { x, y: { ...y, field: "lower" }, y2: { field: "upper" } },
      },
      {
        mark: { type: "line", interpolate: "step-after", color: "#4c78a8" },
        encoding: { x, y: { ...y, field: "survival" } },
      },
    ],
  };
}
