import { describe, expect, it } from "vitest";
import {
  distributionChartSpec,
  funnelChartSpec,
  groupChartSpec,
  histogramChartSpec,
  trendChartSpec,
} from "./chart-specs";
import { renderChart } from "./render-chart";

describe("charts", () => {
  it("render every chart kind to a standalone SVG with its marks", async () => {
    const svgs = await Promise.all([
      renderChart(
        trendChartSpec(
          "NPS",
          [
            { period: "2024-01", value: 10, lower: -5, upper: 25, n: 40 },
            { period: "2024-02", value: null, lower: null, upper: null, n: 0 },
            { period: "2024-03", value: 20, lower: 5, upper: 35, n: 44 },
          ],
          [-100, 100],
        ),
      ),
      renderChart(distributionChartSpec("answers", [{ label: "9", count: 3 }], "score")),
      renderChart(
        groupChartSpec(
          "by channel",
          [{ group: "chat", value: 80, lower: 70, upper: 88, n: 50 }],
          [0, 100],
        ),
      ),
      renderChart(funnelChartSpec("funnel", [{ label: "purchase", count: 10 }])),
      renderChart(
        histogramChartSpec("risk", [0.1, 0.2, 0.9], { domain: [0, 1], step: 0.1, xTitle: "risk" }),
      ),
    ]);
    for (const svg of svgs) {
      expect(svg.startsWith("<svg")).toBe(true);
      expect(svg).toContain("</svg>");
      expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    }
    expect(svgs[0]).toContain('aria-roledescription="line mark"');
    expect(svgs[3]).toContain("purchase");
  });
});
