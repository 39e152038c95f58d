import { describe, expect, it } from "vitest";
import { mergeImports } from "../merge-imports";
import { buildReport } from "./build-report";
import { headlineCards } from "./headline-figures";
import { headlineHtml } from "./headline-html";
import { renderHtmlReport } from "./html-report";
import type { ReportData, ScoreSection } from "./report-data";

const empty: ReportData = buildReport(mergeImports([]), [], {
  asOf: new Date("2026-10-30T12:00:00Z"),
  timeZone: "Europe/London",
  period: "month",
  title: "Care",
});
const figure = (value: number | null, n: number, lower: number | null, upper: number | null) => ({
  value,
  n,
  lower,
  upper,
  method: null,
});
const csat: ScoreSection = {
  metric: "csat",
  label: "CSAT (good/bad)",
  domain: [0, 100],
  overall: figure(80, 40, 65.2, 89.5),
  current: { period: "2026-10", ...figure(100, 2, 34.2, 100) },
  previous: { period: "2026-09", ...figure(75, 20, 53.1, 88.8) },
  change: { difference: 25, lower: -30, upper: 41, pValue: 0.43, significant: false },
  trend: [],
  distribution: [],
  byChannel: [],
  byAgent: [],
};

describe("headline cards", () => {
  it("flag a 100 % from 2 answers as a small sample, with its unit, n, interval and trend", () => {
    const [card] = headlineCards({ ...empty, scores: [csat] });
    expect(card).toEqual({
      section: "csat",
      title: "CSAT (good/bad)",
      basis: "Oct 2026",
      value: "100.0",
      unit: " %",
      n: 2,
      counted: "answers",
      interval: "34.2 to 100.0 %",
      trend: {
        direction: "up",
        tone: "neutral",
        text: "▲ 25.0 percentage points vs Sept 2026",
        verdict: "not significant (p = 0.43)",
      },
      context: "All periods: 80.0 % (65.2 to 89.5), n = 40",
      small: true,
    });
    const html = headlineHtml([card!]);
    expect(html).toContain('<span class="flag">small sample: n &lt; 30</span>');
    expect(html).toContain('<p class="value">100.0<span class="unit"> %</span></p>');
    expect(html).toContain('<span aria-hidden="true">▲</span> <span class="sr">up</span>');
  });

  it("show the figure over all periods when the current one has no answers", () => {
    const quiet = { ...csat, current: { period: "2026-10", ...figure(null, 0, null, null) } };
    const [card] = headlineCards({ ...empty, scores: [quiet] });
    expect(card).toMatchObject({
      basis: "all periods",
      value: "80.0",
      n: 40,
      trend: null,
      context: "No answers in Oct 2026",
      small: false,
    });
  });

  it("count customers at high risk as a share with its Wilson interval", () => {
    const churn = {
      atRisk: [],
      scores: [0.9, 0.1, 0.2, 0.95],
      bands: { low: 2, medium: 0, high: 2 },
    };
    const [card] = headlineCards({ ...empty, churn });
    // Wilson 95 % for 2 of 4: 15.0 % to 85.0 % (R: prop.test(2, 4, correct = FALSE)$conf.int).
    expect(card).toMatchObject({
      title: "Customers at high risk",
      value: "50.0",
      unit: " %",
      interval: "15.0 to 85.0 %",
      counted: "customers",
      context: "2 customers in the high band",
      small: true,
    });
  });
});

describe("a report of no records", () => {
  it("draws no chart and no card, and lists what data would fill each section", async () => {
    const html = await renderHtmlReport(empty);
    expect(html).not.toContain("<svg");
    expect(html).not.toContain('class="card');
    expect(html).not.toContain("over 0 customers");
    expect(html).toContain(
      "<li><b>NPS</b>: Add survey answers with an NPS question to see this.</li>",
    );
    expect(html).toContain(
      "As of 30 Oct 2026, 12:00 GMT (Europe/London), by month. 0 customers, 0 cases, 0 survey answers.",
    );
    expect(html).toContain('<html lang="en-GB">');
  });
});

describe("the report's locale", () => {
  const options = {
    asOf: new Date("2026-10-30T12:00:00Z"),
    timeZone: "UTC",
    period: "month" as const,
    title: "x",
  };
  it("defaults to en-GB, takes a BCP 47 tag, and refuses anything else", () => {
    expect(empty.locale).toBe("en-GB");
    expect(buildReport(mergeImports([]), [], { ...options, locale: "de-de" }).locale).toBe("de-DE");
    expect(() => buildReport(mergeImports([]), [], { ...options, locale: "not a tag" })).toThrow(
      new RangeError(
        'buildReport: options.locale: expected a BCP 47 language tag such as "en-GB", received "not a tag"',
      ),
    );
    expect(() =>
      buildReport(mergeImports([]), [], { ...options, locale: 42 as unknown as string }),
    ).toThrow(TypeError);
  });
});
