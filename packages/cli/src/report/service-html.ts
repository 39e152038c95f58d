import type { DurationFigure as MinutesFigure } from "@rapport/metrics";
import { escapeHtml } from "./escape-html";
import { durationParts, PERCENT, PERCENT_LOWER_BETTER } from "./figure-unit";
import { formatScore } from "./format-figure";
import { readableId } from "./readable-id";
import type { ReportData } from "./report-data";
import type { ReportSectionHtml } from "./report-section";
import type { ServiceGroupRow } from "./service-data";

const LABELS: Record<string, string> = {
  firstReply: "first reply",
  nextReply: "next reply (each)",
  nextReplyPerCase: "next reply (mean per case)",
  firstResolution: "first resolution",
  fullResolution: "full resolution",
  requesterWait: "requester wait",
  agentWait: "agent wait (pending)",
  onHold: "on hold",
};

/** Minutes as people read them: `45 min`, `3.5 h`, `6.0 days`. */
export function formatMinutes(minutes: number | null): string {
  return minutes === null ? "–" : durationParts(minutes).join("");
}

function cells(figure: MinutesFigure | null): string {
  if (figure === null) return '<td colspan="4" class="muted">no schedule</td>';
  if (figure.n === 0)
    return `<td colspan="4" class="muted">none yet (${figure.missing} without)</td>`;
  const interval = figure.interval
    ? ` <span class="muted">(${formatMinutes(figure.interval.lower)} to ${formatMinutes(figure.interval.upper)})</span>`
    : "";
  return `<td>${formatMinutes(figure.median)}${interval}</td><td>${formatMinutes(figure.mean)}</td><td>${formatMinutes(figure.p90)}</td><td>${figure.n}${figure.missing > 0 ? ` <span class="muted">+${figure.missing} without</span>` : ""}</td>`;
}

function groupTable(title: string, rows: readonly ServiceGroupRow[], business: boolean): string {
  if (rows.length === 0) return "";
  const b = (v: number | null) => (business ? `<td>${formatMinutes(v)}</td>` : "");
  const body = rows
    .map(
      (r) =>
        `<tr><td>${escapeHtml(readableId(r.group))}</td><td>${r.cases}</td><td>${formatMinutes(r.firstReply.calendar)}</td>${b(r.firstReply.business)}<td>${formatMinutes(r.fullResolution.calendar)}</td>${b(r.fullResolution.business)}</tr>`,
    )
    .join("");
  const head = business
    ? "<th>first reply, calendar</th><th>first reply, business</th><th>full resolution, calendar</th><th>full resolution, business</th>"
    : "<th>first reply</th><th>full resolution</th>";
  return `<h3>Median by ${escapeHtml(title)}</h3><div class="scroll" tabindex="0"><table><tr><th>${escapeHtml(title)}</th><th>cases</th>${head}</tr>${body}</table></div>`;
}

/**
 * The service section of the HTML report: every service duration in calendar and business
 * time (median with its interval, mean, p90, n and the cases without the event), the reopen
 * and one-touch rates, and medians per team and channel.
 *
 * @example
 * ```ts
 * import { serviceHtml } from "./service-html"; // internal
 * declare const data: import("./report-data").ReportData;
 * const html = serviceHtml(data);
 * ```
 */
export function serviceHtml(data: ReportData): ReportSectionHtml {
  const s = data.service.durations;
  const base = {
    id: "service",
    title: "Service",
    whenEmpty: "Add cases (tickets or conversations) to see reply and resolution times.",
  };
  if (data.totals.cases === 0) return { ...base, html: null };
  const business = s.scheduleTimeZone !== null;
  const zone = business
    ? `Business time on the schedule in ${escapeHtml(s.scheduleTimeZone!)}.`
    : "Calendar time only: pass --schedule for business time.";
  const rows = s.rows
    .map(
      (r) =>
        `<tr><th>${escapeHtml(LABELS[r.name] ?? r.name)}</th>${cells(r.calendar)}${cells(r.business)}</tr>`,
    )
    .join("");
  const sub = "<th>median (interval)</th><th>mean</th><th>p90</th><th>n</th>";
  const html = `<p class="muted">${s.cases} cases. ${zone} Zendesk's definitions: replies are public comments by people (bots and system authors left out); the interval is the median's, from order statistics (distribution-free, 95 %).</p>
<div class="scroll" tabindex="0"><table><tr><th></th><th colspan="4">calendar time</th><th colspan="4">business time</th></tr>
<tr><th>duration</th>${sub}${sub}</tr>${rows}</table></div>
<h3>Rates</h3>
<div class="scroll" tabindex="0"><table><tr><th>reopen rate</th><td>${escapeHtml(formatScore(data.service.reopenRate, PERCENT_LOWER_BETTER, "no solved cases yet"))}</td></tr>
<tr><th>one-touch resolution</th><td>${escapeHtml(formatScore(data.service.oneTouchResolutionRate, PERCENT, "no solved cases yet"))}</td></tr></table></div>
${groupTable("team", s.byTeam, business)}
${groupTable("channel", s.byChannel, business)}`;
  return { ...base, html };
}
