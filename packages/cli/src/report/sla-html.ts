import { escapeHtml } from "./escape-html";
import { formatScore } from "./format-figure";
import { renderChart } from "./render-chart";
import { attainmentTrendChartSpec, firstReplyChartSpec } from "./sla-chart-specs";
import type { SlaAttainmentFigure, SlaCaseTarget, SlaSection } from "./sla-data";

const LABELS: Record<string, string> = {
  firstReply: "first reply",
  nextReply: "next reply",
  periodicUpdate: "periodic update",
  pausableUpdate: "pausable update",
  requesterWait: "requester wait",
  agentWork: "agent work",
  resolution: "resolution",
};
const label = (metric: string) => LABELS[metric] ?? metric;
const hours = (h: number | null) =>
  h === null ? "–" : `${h < 0 ? "−" : ""}${Math.abs(h).toFixed(1)} h`;

function attainmentTable(title: string, figures: readonly SlaAttainmentFigure[]): string {
  if (figures.length === 0) return "";
  const groups = [...new Set(figures.map((f) => f.group ?? "all"))];
  const metrics = [...new Set(figures.map((f) => f.metric))];
  const cell = (metric: string, group: string) => {
    const f = figures.find((x) => x.metric === metric && (x.group ?? "all") === group);
    if (!f) return "<td></td>";
    const shown = formatScore(f, 1, " %").replace("no answers", "none decided");
    return `<td>${escapeHtml(shown)}${f.open > 0 ? `<br><span class="muted">${f.open} running</span>` : ""}</td>`;
  };
  const head = groups.map((g) => `<th>${escapeHtml(g)}</th>`).join("");
  const rows = metrics
    .map(
      (m) => `<tr><th>${escapeHtml(label(m))}</th>${groups.map((g) => cell(m, g)).join("")}</tr>`,
    )
    .join("");
  return `<h3>${escapeHtml(title)}</h3><div class="scroll"><table><tr><th>metric</th>${head}</tr>${rows}</table></div>`;
}

function targetTable(rows: readonly SlaCaseTarget[], due: string): string {
  if (rows.length === 0) return '<p class="muted">None.</p>';
  const body = rows
    .map(
      (r) =>
        `<tr><td>${escapeHtml(r.caseId)}</td><td>${escapeHtml(label(r.metric))}</td><td>${escapeHtml(r.priority)}</td><td>${escapeHtml(r.team ?? "–")}</td><td>${escapeHtml(r.dueAt)}</td><td>${escapeHtml(hours(r.businessHours))}</td><td>${escapeHtml(hours(r.calendarHours))}</td></tr>`,
    )
    .join("");
  return `<table><tr><th>case</th><th>metric</th><th>priority</th><th>team</th><th>${due}</th><th>business time left</th><th>calendar time left</th></tr>${body}</table>`;
}

/**
 * The SLA section of the HTML report: attainment tables with intervals, the attainment trend
 * and first-reply distribution charts, and the current and predicted breaches.
 *
 * @example
 * ```ts
 * import { slaHtml } from "./sla-html"; // internal
 * declare const section: import("./sla-section").SlaSection;
 * const html = await slaHtml(section, "month");
 * ```
 */
export async function slaHtml(section: SlaSection, period: string): Promise<string> {
  const capHours = 48;
  const [trend, distribution] = await Promise.all([
    renderChart(
      attainmentTrendChartSpec(
        `SLA attainment by ${period}`,
        section.attainment.byPeriod.map((f) => ({ ...f, metric: label(f.metric) })),
      ),
    ),
    renderChart(
      firstReplyChartSpec(
        "First reply time",
        section.firstReply.calendarHours,
        section.firstReply.businessHours,
        {
          capHours,
        },
      ),
    ),
  ]);
  const zone = section.scheduleTimeZone
    ? `business hours in ${escapeHtml(section.scheduleTimeZone)}`
    : "calendar time only (no schedule)";
  return `<h2>Service levels</h2>
<p class="muted">Policies: ${section.policies.map(escapeHtml).join(", ")}; ${zone}. Attainment is the share of decided targets met (a target breached and then met counts as breached), with its Wilson 95 % interval; running targets are not counted.</p>
${attainmentTable("Attainment by metric", section.attainment.overall)}
${attainmentTable("By priority", section.attainment.byPriority)}
${attainmentTable("By team", section.attainment.byTeam)}
<div class="charts"><figure>${trend}<figcaption class="muted">Lines: share of targets met each ${escapeHtml(period)}; bands: intervals.</figcaption></figure>
<figure>${distribution}<figcaption class="muted">First reply times in calendar hours and in business hours${section.firstReply.businessHours ? "" : " (no schedule: calendar only)"}.</figcaption></figure></div>
<h3>Breached now (${section.breaches.count} targets of ${section.openCases} open cases)</h3>
${targetTable(section.breaches.rows, "breached at")}
<h3>Will breach within ${section.predicted.withinHours} h (${section.predicted.count})</h3>
${targetTable(section.predicted.rows, "due")}`;
}
