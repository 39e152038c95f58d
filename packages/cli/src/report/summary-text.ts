import { PERCENT, PERCENT_LOWER_BETTER, SMALL_SAMPLE, scoreUnit } from "./figure-unit";
import { formatMoment, formatPeriodLabel } from "./format-date";
import { formatDuration, formatScore, isSmallSample, noun, trendOf } from "./format-figure";
import { displayName } from "./readable-id";
import type { ReportData } from "./report-data";
import { formatMinutes } from "./service-html";

const SLA_LABELS: Record<string, string> = {
  firstReply: "first reply",
  nextReply: "next reply",
  periodicUpdate: "periodic update",
  pausableUpdate: "pausable update",
  requesterWait: "requester wait",
  agentWork: "agent work",
  resolution: "resolution",
};

/**
 * The terminal summary of a report: scores with intervals and change, service times, the top
 * churn risks with their reasons, and what the import accepted and rejected.
 *
 * @example
 * ```ts
 * import { summaryText, type ReportData } from "@rapport/cli";
 * declare const report: ReportData;
 * process.stdout.write(summaryText(report));
 * ```
 */
export function summaryText(report: ReportData): string {
  const lines: string[] = [];
  const total = (key: "accepted" | "rejected" | "duplicates" | "ignored") =>
    report.inputs.reduce((sum, input) => sum + input[key], 0);
  const period = (label: string) => formatPeriodLabel(label, report.period, report.locale);
  lines.push(`${report.title}: as of ${formatMoment(report.asOf, report)}, by ${report.period}`);
  lines.push(
    `Imported ${report.inputs.reduce((sum, input) => sum + input.files.length, 0)} file(s): ${total("accepted")} records accepted, ${total("rejected")} rejected, ${total(
      "duplicates",
    )} duplicates, ${total("ignored")} ignored; ${report.totals.customers} ${noun(report.totals.customers, "customer")}, ${report.totals.cases} ${noun(report.totals.cases, "case")}, ${report.totals.responses} ${noun(report.totals.responses, "survey answer")}.`,
  );
  if (report.identity !== null && report.identity.records > 0) {
    const id = report.identity;
    lines.push(
      `One customer, many systems: ${id.records} customer records are ${id.customers} customers${id.byRule.length > 0 ? ` (${id.byRule.map((r) => `${r.joins} joined by ${r.rule}`).join(", ")})` : ""}${id.conflicts.length > 0 ? `; ${id.conflicts.length} left for review` : ""}.`,
    );
  }
  lines.push("");
  for (const section of report.scores) {
    const unit = scoreUnit(section.metric, section.domain);
    const { current, previous } = section;
    const small = isSmallSample(current.n) ? ` (small sample: n < ${SMALL_SAMPLE})` : "";
    const t = trendOf(section.change, period(previous.period), unit);
    const trend = t.direction === "none" ? "" : `; ${t.text}, ${t.verdict}`;
    lines.push(`${section.label.padEnd(16)} ${formatScore(section.overall, unit)}`);
    lines.push(
      `${"".padEnd(16)} ${period(current.period)}: ${formatScore(current, unit, "no answers yet")}${small}${trend}`,
    );
  }
  if (report.scores.length === 0) lines.push("No survey answers.");
  lines.push("");
  lines.push(
    `Cases            ${report.totals.cases}: ${report.service.firstReply.n} with a first reply, ${report.service.resolution.n} resolved`,
  );
  const solved = "no solved cases yet";
  lines.push(`First reply      ${formatDuration(report.service.firstReply, "no replies yet")}`);
  lines.push(`Resolution       ${formatDuration(report.service.resolution, solved)}`);
  lines.push(
    `Reopen rate      ${formatScore(report.service.reopenRate, PERCENT_LOWER_BETTER, solved)}`,
  );
  lines.push(
    `One-touch        ${formatScore(report.service.oneTouchResolutionRate, PERCENT, solved)}`,
  );
  const durations = report.service.durations;
  if (durations.scheduleTimeZone !== null) {
    for (const row of durations.rows.filter(
      (r) => r.name === "firstReply" || r.name === "fullResolution",
    )) {
      lines.push(
        `${row.name === "firstReply" ? "First reply" : "Full resolution"}, business hours (${durations.scheduleTimeZone}): median ${formatMinutes(row.business?.median ?? null)}, p90 ${formatMinutes(row.business?.p90 ?? null)} (n = ${row.business?.n ?? 0})`,
      );
    }
  }
  if (report.sla !== null) {
    lines.push("");
    lines.push(`SLA (${report.sla.policies.join(", ")}):`);
    for (const f of report.sla.attainment.overall) {
      lines.push(
        `  ${(SLA_LABELS[f.metric] ?? f.metric).padEnd(15)} ${formatScore(f, PERCENT, "none decided")} met`,
      );
    }
    lines.push(
      `  ${report.sla.breaches.count} targets breached now, ${report.sla.predicted.count} due within ${report.sla.predicted.withinHours} h, of ${report.sla.openCases} open cases`,
    );
  }
  lines.push("");
  lines.push(`Top ${report.churn.atRisk.length} churn risks:`);
  report.churn.atRisk.forEach((customer, index) => {
    const who = displayName(customer.name, customer.customerId);
    const why =
      customer.reasons.length > 0 ? customer.reasons.join("; ") : "no risk signal above baseline";
    lines.push(
      `  ${String(index + 1).padStart(2)}. ${who}: ${Math.round(customer.score * 100)} % ${customer.band}; ${why}`,
    );
  });
  if (report.effort.mean !== null) {
    lines.push("");
    lines.push(
      `Effort index     mean ${report.effort.mean.toFixed(1)} of 100 over ${report.effort.n} customers (0 = effortless)`,
    );
  }
  return `${lines.join("\n")}\n`;
}
