import { describe, expect, it } from "vitest";
import {
  countScale,
  distributionChartSpec,
  groupChartSpec,
  histogramChartSpec,
  largestBin,
} from "./chart-specs";
import { renderChart } from "./render-chart";

/** The labels of the vertical axis, read from the SVG (Vega writes them at x = −7). */
const yLabels = (svg: string) =>
  [...svg.matchAll(/translate\(-7,[0-9.]+\)[^>]*>([^<]+)</g)].map((m) => m[1]);

describe("count axes", () => {
  it("tick by whole answers, even when the largest bar is 1 or 2", async () => {
    const one = await renderChart(
      distributionChartSpec(
        "CSAT",
        [
          { label: "good", count: 1 },
          { label: "bad", count: 0 },
        ],
        "x",
      ),
    );
    expect(yLabels(one)).toEqual(["0", "1"]);
    const two = await renderChart(
      histogramChartSpec("risk", [0.05, 0.06, 0.9], { domain: [0, 1], step: 0.1, xTitle: "r" }),
    );
    expect(yLabels(two)).toEqual(["0", "1", "2"]);
    expect(countScale(26).axis).toEqual({ format: "d", tickMinStep: 1, tickCount: 5 });
  });

  it("count the largest bin as the histogram bins it, the last bin closed", () => {
    // Bins of 0.1 over 0..1: 0.05 and 0.06 share the first; 1.0 falls in the last.
    expect(largestBin([0.05, 0.06, 0.9], [0, 1], 0.1)).toBe(2);
    expect(largestBin([1, 0.95, 0.5], [0, 1], 0.1)).toBe(2);
    expect(largestBin([], [0, 100], 10)).toBe(0);
  });
});

describe("group charts", () => {
  it("draw CES bars from the bottom of its scale, 1, never from 0 off the axis", () => {
    const spec = groupChartSpec(
      "CES by channel",
      [{ group: "email", value: 4.2, lower: 3.9, upper: 4.5, n: 40 }],
      [1, 7],
    ) as { layer: Array<{ mark: { clip?: boolean }; encoding: { x2?: unknown } }> };
    expect(spec.layer[0]!.encoding.x2).toEqual({ datum: 1 });
    expect(spec.layer.every((l) => l.mark.clip === true)).toBe(true);
    const nps = groupChartSpec(
      "NPS",
      [{ group: "a", value: -20, lower: -40, upper: 0, n: 40 }],
      [-100, 100],
    ) as { layer: Array<{ encoding: { x2?: unknown } }> };
    expect(nps.layer[0]!.encoding.x2).toEqual({ datum: 0 });
  });

  it("keep every CES bar right of the axis line in the SVG", async () => {
    const svg = await renderChart(
      groupChartSpec(
        "CES by channel",
        [
          { group: "phone", value: 4.9, lower: 4.3, upper: 5.6, n: 40 },
          { group: "email", value: 3.7, lower: 3.2, upper: 4.3, n: 40 },
        ],
        [1, 7],
      ),
    );
    // Bars are paths "M<x>,<y>h<width>…" inside the plot; none starts left of x = 0.
    const bars = [...svg.matchAll(/aria-roledescription="bar"[^>]*d="M(-?[0-9.]+),/g)].map((m) =>
      Number(m[1]),
    );
    expect(bars).toHaveLength(2);
    for (const x of bars) expect(x).toBeGreaterThanOrEqual(0);
  });
});
