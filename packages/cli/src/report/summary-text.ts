import { formatChange, formatDuration, formatScore } from "./format-figure";
import type { ReportData } from "./report-data";
import { formatMinutes } from "./service-html";

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
  lines.push(`${report.title}: as of ${report.asOf} (${report.timeZone}), by ${report.period}`);
  lines.push(
    `Imported ${report.inputs.reduce((sum, input) => sum + input.files.length, 0)} file(s): ${total("accepted")} records accepted, ${total("rejected")} rejected, ${total(
      "duplicates",
    )} duplicates, ${total("ignored")} ignored; ${report.totals.customers} customers, ${report.totals.cases} cases, ${report.totals.responses} survey answers.`,
  );
  if (report.identity !== null && report.identity.records > 0) {
    const id = report.identity;
    lines.push(
      `One customer, many systems: ${id.records} customer records are ${id.customers} customers${id.byRule.length > 0 ? ` (${id.byRule.map((r) => `${r.joins} joined by ${r.rule}`).join(", ")})` : ""}${id.conflicts.length > 0 ? `; ${id.conflicts.length} left for review` : ""}.`,
    );
  }
  lines.push("");
  for (const section of report.scores) {
    lines.push(`${section.label.padEnd(16)} ${formatScore(section.overall)}`);
    lines.push(
      `${"".padEnd(16)} ${section.current.period}: ${formatScore(section.current)}; change from ${section.previous.period}: ${formatChange(section.change)}`,
    );
  }
  if (report.scores.length === 0) lines.push("No survey answers.");
  lines.push("");
  lines.push(
    `Cases            ${report.totals.cases}: ${report.service.firstReply.n} with a first reply, ${report.service.resolution.n} resolved`,
  );
  lines.push(`First reply      ${formatDuration(report.service.firstReply)}`);
  lines.push(`Resolution       ${formatDuration(report.service.resolution)}`);
  lines.push(`Reopen rate      ${formatScore(report.service.reopenRate, 1, " %")}`);
  lines.push(`One-touch        ${formatScore(report.service.oneTouchResolutionRate, 1, " %")}`);
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
        `  ${f.metric.padEnd(15)} ${formatScore(f, 1, " %").replace("no answers", "none decided")} met`,
      );
    }
    lines.push(
      `  ${report.sla.breaches.count} targets breached now, ${report.sla.predicted.count} due within ${report.sla.predicted.withinHours} h, of ${report.sla.openCases} open cases`,
    );
  }
  lines.push("");
  lines.push(`Top ${report.churn.atRisk.length} churn risks:`);
  report.churn.atRisk.forEach((customer, index) => {
    const who = customer.name ? `${customer.name} (${customer.customerId})` : customer.customerId;
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
