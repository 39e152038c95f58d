import { describe, expect, it } from "vitest";
import type { SurvivalSection } from "./survival-data";
import { survivalHtml } from "./survival-html";

const section: SurvivalSection = {
  survival: {
    customers: 5,
    churned: 3,
    followUpDays: 60,
    steps: [
      { days: 10, atRisk: 5, churned: 2, censored: 0, survival: 0.6, lower: 0.126, upper: 0.882 },
      { days: 20, atRisk: 2, churned: 1, censored: 0, survival: 0.3, lower: 0.012, upper: 0.719 },
    ],
    median: { value: 20, n: 5, lower: 10, upper: null, method: "brookmeyer-crowley (log)" },
    at: [{ days: 30, survival: 0.3, lower: 0.012, upper: 0.719 }],
  },
  recovery: null,
};

describe("survivalHtml", () => {
  it("draws the step chart with its title and data table, and states the median", async () => {
    const { html } = await survivalHtml(section);
    expect(html).toContain('<svg role="img"');
    expect(html).toContain("<title>Customers still there, by days since their first purchase");
    expect(html).toContain(
      "<td>10</td><td>5</td><td>2</td><td>60.0 %</td><td>12.6 % to 88.2 %</td>",
    );
    expect(html).toContain("Median survival 20 days (95 % interval 10 days to not reached");
    expect(html).not.toContain("Service recovery");
  });

  it("is left out without data", async () => {
    expect((await survivalHtml(null)).html).toBe(null);
  });
});
