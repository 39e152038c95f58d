import {
  distributionChartSpec,
  funnelChartSpec,
  groupChartSpec,
  histogramChartSpec,
  trendChartSpec,
} from "./chart-specs";
import { escapeHtml } from "./escape-html";
import { formatChange, formatScore } from "./format-figure";
import { identityHtml } from "./identity-html";
import { ignoredRecordsHtml } from "./ignored-records-html";
import { renderChart } from "./render-chart";
import type { ReportData, ScoreSection } from "./report-data";
import { serviceHtml } from "./service-html";
import { slaHtml } from "./sla-html";
import { voiceHtml } from "./voice-html";

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#f6f7f9}
main{max-width:1240px;margin:0 auto;padding:24px}
h1{font-size:26px;margin:0 0 4px}h2{margin:32px 0 8px;font-size:20px}
.muted{color:#666}.cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
.card{background:#fff;border-radius:8px;padding:12px 16px;min-width:220px;box-shadow:0 1px 2px #0001}
.card b{display:block;font-size:24px}.charts{display:flex;flex-wrap:wrap;gap:12px}
figure{background:#fff;border-radius:8px;margin:0;padding:8px;box-shadow:0 1px 2px #0001}
table{border-collapse:collapse;background:#fff;width:100%}td,th{border-bottom:1px solid #eee;padding:6px 8px;text-align:left;vertical-align:top}
h3{margin:20px 0 6px;font-size:16px}.scroll{overflow-x:auto}
`;

async function figure(svg: Promise<string>, caption: string): Promise<string> {
  return `<figure>${await svg}<figcaption class="muted">${escapeHtml(caption)}</figcaption></figure>`;
}

/** A chart of the score per group, or nothing when no group has answers. */
function groupFigures(section: ScoreSection, by: string, points: ScoreSection["byChannel"]) {
  if (points.length === 0) return [];
  const spec = groupChartSpec(`${section.label} by ${by}`, points, section.domain);
  return [figure(renderChart(spec), "Bars: score; lines: interval.")];
}

async function scoreSection(section: ScoreSection): Promise<string> {
  const charts = await Promise.all([
    figure(
      renderChart(trendChartSpec(`${section.label} by period`, section.trend, section.domain)),
      "The line is the score of each period; the band its interval.",
    ),
    figure(
      renderChart(
        distributionChartSpec(`${section.label}: answers`, section.distribution, "answer"),
      ),
      "How the answers spread over the scale.",
    ),
    ...groupFigures(section, "channel", section.byChannel),
    ...groupFigures(section, "agent", section.byAgent),
  ]);
  return `<h2>${escapeHtml(section.label)}</h2>
<p>Overall ${escapeHtml(formatScore(section.overall))}; ${escapeHtml(section.current.period)}: ${escapeHtml(
    formatScore(section.current),
  )}; change from ${escapeHtml(section.previous.period)}: ${escapeHtml(formatChange(section.change))}.</p>
<div class="charts">${charts.join("")}</div>`;
}

/**
 * Renders a report as one self-contained HTML page: figures, tables and charts (inline SVG
 * rendered with Vega-Lite), no script, no style sheet or font to fetch: it opens offline.
 *
 * @example
 * ```ts
 * import { renderHtmlReport, type ReportData } from "@rapport/cli";
 * declare const data: ReportData;
 * const html = await renderHtmlReport(data);
 * ```
 */
export async function renderHtmlReport(data: ReportData): Promise<string> {
  const cards = data.scores
    .map(
      (s) =>
        `<div class="card">${escapeHtml(s.label)}<b>${s.overall.value === null ? "–" : s.overall.value.toFixed(1)}</b><span class="muted">${escapeHtml(
          formatScore(s.overall),
        )}</span></div>`,
    )
    .join("");
  const sections = await Promise.all(data.scores.map(scoreSection));
  const sla = data.sla === null ? "" : await slaHtml(data.sla, data.period);
  const [churnChart, funnelChart, effortChart] = await Promise.all([
    figure(
      renderChart(
        histogramChartSpec("Churn risk", data.churn.scores, {
          domain: [0, 1],
          step: 0.1,
          xTitle: "risk score",
        }),
      ),
      "Customers by churn-risk score.",
    ),
    figure(
      renderChart(
        funnelChartSpec(
          "Journey funnel",
          data.journey.funnel.map((s) => ({ label: s.stage, count: s.reached })),
        ),
      ),
      "Customers who reached each stage.",
    ),
    figure(
      renderChart(
        histogramChartSpec("Effort index", data.effort.perCustomer, {
          domain: [0, 100],
          step: 10,
          xTitle: "effort (0 = effortless)",
        }),
      ),
      "Customers by observed effort.",
    ),
  ]);
  const atRisk = data.churn.atRisk
    .map(
      (c) =>
        `<tr><td>${escapeHtml(c.name ?? c.customerId)}</td><td>${(c.score * 100).toFixed(0)} %</td><td>${escapeHtml(c.band)}</td><td>${c.reasons
          .map(escapeHtml)
          .join("<br>")}</td></tr>`,
    )
    .join("");
  const problems = data.problems
    .slice(0, 500)
    .map(
      (p) =>
        `<tr><td>${escapeHtml(p.file)}</td><td>${escapeHtml(p.entity)} ${escapeHtml(p.sourceId ?? "")}</td><td>${escapeHtml(p.field ?? "")}</td><td>${escapeHtml(p.reason)}</td></tr>`,
    )
    .join("");
  const inputs = data.inputs
    .map(
      (i) =>
        `<tr><td>${escapeHtml(i.file)}</td><td>${escapeHtml(i.source)}</td><td>${i.accepted}</td><td>${i.rejected}</td><td>${i.duplicates}</td><td>${i.ignored}</td></tr>`,
    )
    .join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(data.title)}</title><style>${STYLE}</style></head>
<body><main>
<h1>${escapeHtml(data.title)}</h1>
<p class="muted">As of ${escapeHtml(data.asOf)} (${escapeHtml(data.timeZone)}), by ${escapeHtml(data.period)}. ${data.totals.customers} customers, ${data.totals.cases} cases, ${data.totals.responses} survey answers.</p>
<div class="cards">${cards}</div>
${sections.join("\n")}
${serviceHtml(data)}
${sla}
${data.voice === null ? "" : voiceHtml(data.voice)}
<h2>Who is at risk, and why</h2>
<div class="charts">${churnChart}</div>
<table><tr><th>customer</th><th>risk</th><th>band</th><th>reasons</th></tr>${atRisk}</table>
${identityHtml(data.identity)}
<h2>Journey and effort</h2>
<div class="charts">${funnelChart}${effortChart}</div>
<p>Mean effort index ${data.effort.mean === null ? "–" : data.effort.mean.toFixed(1)} over ${data.effort.n} customers.</p>
<h2>Import</h2>
<table><tr><th>file</th><th>source</th><th>accepted</th><th>rejected</th><th>duplicates</th><th>ignored</th></tr>${inputs}</table>
${data.problems.length > 0 ? `<h3>Records not imported (${data.problems.length})</h3><table><tr><th>file</th><th>record</th><th>field</th><th>reason</th></tr>${problems}</table>` : ""}
${ignoredRecordsHtml(data.ignored)}
</main></body></html>
`;
}
