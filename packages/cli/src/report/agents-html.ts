import type { AgentsSection } from "./agents-data";
import { escapeHtml } from "./escape-html";
import type { ReportSectionHtml } from "./report-section";
import { sortableTable } from "./sortable-table";

/**
 * The "Agents and teams" section of the HTML report: a sortable table per agent and per team
 * (cases, CSAT with interval, median first reply and resolution with intervals), sorted
 * without script. Left out when no case is assigned and no answer rates anyone.
 *
 * @example
 * ```ts
 * import { agentsHtml } from "./agents-html"; // internal
 * agentsHtml(null).html; // null
 * ```
 */
export function agentsHtml(section: AgentsSection | null): ReportSectionHtml {
  const base = {
    id: "agents-and-teams",
    title: "Agents and teams",
    whenEmpty:
      "Import cases assigned to agents or teams, or CSAT answers that name them, to see this.",
  };
  if (section === null) return { ...base, html: null };
  const scale =
    section.csatScale === null
      ? "no CSAT answers"
      : `CSAT on the ${section.csatScale === "binary" ? "good/bad" : "1-5"} scale (share of satisfied answers, Wilson 95 % interval)`;
  const left = [
    section.unassignedCases > 0 ? `${section.unassignedCases} cases assigned to no agent` : "",
    section.teams.length > 0 && section.noTeamCases > 0
      ? `${section.noTeamCases} cases with no team`
      : "",
  ].filter((s) => s !== "");
  const html = `<p class="muted">Cases assigned, ${escapeHtml(scale)}, and the median first reply and resolution in calendar time with their distribution-free 95 % intervals (order statistics; none below 6 cases).${
    left.length > 0 ? ` Not in the tables: ${escapeHtml(left.join(", "))}.` : ""
  }</p>
${section.agents.length > 0 ? `<h3>Agents</h3>${sortableTable("agents", "Agent", section.agents)}` : ""}
${section.teams.length > 0 ? `<h3>Teams</h3>${sortableTable("teams", "Team", section.teams)}` : ""}`;
  return { ...base, html };
}
