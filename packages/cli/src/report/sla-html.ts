import { chartFigure, type DataTable } from "./chart-figure";
import { escapeHtml } from "./escape-html";
import { PERCENT } from "./figure-unit";
import { type DateStyle, formatInstant, formatPeriodLabel } from "./format-date";
import { formatScore } from "./format-figure";
import { readableId } from "./readable-id";
import type { ReportData } from "./report-data";
import type { ReportSectionHtml } from "./report-section";
import { attainmentTrendChartSpec, firstReplyChartSpec } from "./sla-chart-specs";
import type { SlaAttainmentFigure, SlaCaseTarget } from "./sla-data";

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

const fixed = (v: number | null) => (v === null ? "–" : v.toFixed(1));

/** The first reply times counted in the chart's 2-hour bins, the last one open-ended. */
function replyTable(
  calendar: readonly number[],
  business: readonly number[] | null,
  capHours: number,
): DataTable {
  const bins = Array.from({ length: capHours / 2 }, (_, i) => i * 2);
  const count = (hours: readonly number[], from: number) =>
    hours.filter((h) => h >= from && (from + 2 >= capHours || h < from + 2)).length;
  return {
    columns: ["hours", "cases, calendar", ...(business ? ["cases, business"] : [])],
    rows: bins.map((from) => [
      from + 2 >= capHours ? `${from} h and more` : `${from} to ${from + 2} h`,
      count(calendar, from),
      ...(business ? [count(business, from)] : []),
    ]),
  };
}

function attainmentTable(title: string, figures: readonly SlaAttainmentFigure[]): string {
  if (figures.length === 0) return "";
  const groups = [...new Set(figures.map((f) => f.group ?? "all"))];
  const metrics = [...new Set(figures.map((f) => f.metric))];
  const cell = (metric: string, group: string) => {
    const f = figures.find((x) => x.metric === metric && (x.group ?? "all") === group);
    if (!f) return "<td></td>";
    const shown = formatScore(f, PERCENT, "none decided");
    return `<td>${escapeHtml(shown)}${f.open > 0 ? `<br><span class="muted">${f.open} running</span>` : ""}</td>`;
  };
  const head = groups.map((g) => `<th>${escapeHtml(g)}</th>`).join("");
  const rows = metrics
    .map(
      (m) => `<tr><th>${escapeHtml(label(m))}</th>${groups.map((g) => cell(m, g)).join("")}</tr>`,
    )
    .join("");
  return `<h3>${escapeHtml(title)}</h3><div class="scroll" tabindex="0"><table><tr><th>metric</th>${head}</tr>${rows}</table></div>`;
}

function targetTable(rows: readonly SlaCaseTarget[], due: string, style: DateStyle): string {
  if (rows.length === 0) return '<p class="muted">None.</p>';
  const body = rows
    .map(
      (r) =>
        `<tr><td>${escapeHtml(readableId(r.caseId))}</td><td>${escapeHtml(label(r.metric))}</td><td>${escapeHtml(r.priority)}</td><td>${escapeHtml(r.team ?? "–")}</td><td>${escapeHtml(formatInstant(r.dueAt, style))}</td><td>${escapeHtml(hours(r.businessHours))}</td><td>${escapeHtml(hours(r.calendarHours))}</td></tr>`,
    )
    .join("");
  return `<div class="scroll" tabindex="0"><table><tr><th>case</th><th>metric</th><th>priority</th><th>team</th><th>${due}</th><th>business time left</th><th>calendar time left</th></tr>${body}</table></div>`;
}

/**
 * The SLA section of the HTML report: attainment tables with intervals, the attainment trend
 * and first-reply distribution charts, and the current and predicted breaches.
 *
 * @example
 * ```ts
 * import { slaHtml } from "./sla-html"; // internal
 * declare const data: import("./report-data").ReportData;
 * const section = await slaHtml(data);
 * ```
 */
export async function slaHtml(data: ReportData): Promise<ReportSectionHtml> {
  const base = {
    id: "service-levels",
    title: "Service levels",
    whenEmpty: "Pass an SLA policy (--sla-policy policy.json) to see attainment and breaches.",
  };
  const section = data.sla;
  if (section === null) return { ...base, html: null };
  const period = data.period;
  const capHours = 48;
  // In time order, each period named as a reader names it ("Oct 2026").
  const byPeriod = section.attainment.byPeriod
    .filter((f) => f.value !== null)
    .sort((a, b) => ((a.group ?? "") < (b.group ?? "") ? -1 : 1))
    .map((f) => ({ ...f, group: formatPeriodLabel(f.group ?? "", period, data.locale) }));
  const calendar = section.firstReply.calendarHours;
  const business = section.firstReply.businessHours;
  const trendTitle = `SLA attainment by ${period}`;
  const replyTitle = "First reply time";
  const charts = await Promise.all([
    ...(byPeriod.length === 0
      ? []
      : [
          chartFigure(
            attainmentTrendChartSpec(
              trendTitle,
              byPeriod.map((f) => ({ ...f, metric: label(f.metric) })),
            ),
            {
              title: trendTitle,
              caption: `Lines: share of targets met each ${period}; bands: intervals.`,
              table: {
                columns: ["metric", period, "met (%)", "lower", "upper", "n"],
                rows: byPeriod.map((f) => [
                  label(f.metric),
                  f.group ?? "all",
                  fixed(f.value),
                  fixed(f.lower),
                  fixed(f.upper),
                  f.n,
                ]),
              },
            },
          ),
        ]),
    ...(calendar.length === 0
      ? []
      : [
          chartFigure(firstReplyChartSpec(replyTitle, calendar, business, { capHours }), {
            title: replyTitle,
            caption: `First reply times in calendar hours and in business hours${business ? "" : " (no schedule: calendar only)"}.`,
            table: replyTable(calendar, business, capHours),
          }),
        ]),
  ]);
  const zone = section.scheduleTimeZone
    ? `business hours in ${escapeHtml(section.scheduleTimeZone)}`
    : "calendar time only (no schedule)";
  const html = `<p class="muted">Policies: ${section.policies.map(escapeHtml).join(", ")}; ${zone}. Attainment is the share of decided targets met (a target breached and then met counts as breached), with its Wilson 95 % interval; running targets are not counted.</p>
${attainmentTable("Attainment by metric", section.attainment.overall)}
${attainmentTable("By priority", section.attainment.byPriority)}
${attainmentTable("By team", section.attainment.byTeam)}
${charts.length === 0 ? "" : `<div class="charts">${charts.join("")}</div>`}
<h3>Breached now (${section.breaches.count} targets of ${section.openCases} open cases)</h3>
${targetTable(section.breaches.rows, "breached at", data)}
<h3>Will breach within ${section.predicted.withinHours} h (${section.predicted.count})</h3>
${targetTable(section.predicted.rows, "due", data)}`;
  return { ...base, html };
}
