import type { Agent, Case, Interaction, SurveyResponse, Team } from "@rapport/core";
import {
  type DurationFigure,
  groupScores,
  groupServiceDurations,
  type ServiceDurations,
} from "@rapport/metrics";
import type { AgentsSection, AgentTeamRow, AgentTeamSortKey } from "./agents-data";
import { readableId } from "./readable-id";
import type { EstimateFigure } from "./section-figures";

const NONE: EstimateFigure = { value: null, n: 0, lower: null, upper: null, method: null };

function median(figure: DurationFigure): EstimateFigure {
  return {
    value: figure.median,
    n: figure.n,
    lower: figure.interval?.lower ?? null,
    upper: figure.interval?.upper ?? null,
    method: figure.interval?.method ?? null,
  };
}

const byName = (a: AgentTeamRow, b: AgentTeamRow) =>
  a.name.localeCompare(b.name, "en") || a.id.localeCompare(b.id, "en");

/** Compares two figures, nulls last, in the given direction (1 ascending, −1 descending). */
function figureOrder(direction: 1 | -1, pick: (row: AgentTeamRow) => number | null) {
  return (a: AgentTeamRow, b: AgentTeamRow) => {
    const x = pick(a);
    const y = pick(b);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return direction * (x - y) || byName(a, b);
  };
}

const ORDERS: Record<AgentTeamSortKey, (a: AgentTeamRow, b: AgentTeamRow) => number> = {
  cases: (a, b) => b.cases - a.cases || byName(a, b),
  name: byName,
  csat: figureOrder(-1, (r) => r.csat.value),
  firstReply: figureOrder(1, (r) => r.firstReply.value),
  resolution: figureOrder(1, (r) => r.resolution.value),
};

/**
 * The rows in one of the table's orders (a sorted copy): most cases first, by name, best CSAT
 * first, fastest first reply or resolution first; rows without the figure last, ties by name.
 *
 * @example
 * ```ts
 * import { sortAgentRows } from "./agents-section"; // internal
 * declare const rows: import("./agents-data").AgentTeamRow[];
 * const fastest = sortAgentRows(rows, "firstReply")[0];
 * ```
 */
export function sortAgentRows(
  rows: readonly AgentTeamRow[],
  key: AgentTeamSortKey,
): AgentTeamRow[] {
  return [...rows].sort(ORDERS[key]);
}

/** The CSAT scale most answers use; null without CSAT answers. */
function csatScaleOf(responses: readonly SurveyResponse[]): "binary" | "five_point" | null {
  let binary = 0;
  let fivePoint = 0;
  for (const r of responses) {
    if (r.kind !== "csat") continue;
    if (r.scale === "binary") binary++;
    else if (r.scale === "five_point") fivePoint++;
  }
  if (binary + fivePoint === 0) return null;
  return binary >= fivePoint ? "binary" : "five_point";
}

/**
 * The agents and teams section: for each agent (bots left out) and each team, the cases
 * assigned, CSAT with its interval (`groupScores` of @rapport/metrics, on the scale most
 * answers use), and the median first reply and full resolution with their distribution-free
 * intervals (`groupServiceDurations`: Zendesk's definitions, attributed to the assignee as
 * Zendesk does). A CSAT answer rates the agent or team it names, else its case's. A case
 * without a team takes its agent's. Null when no case is assigned and no answer rates anyone.
 *
 * @example
 * ```ts
 * import { agentsSection } from "./agents-section"; // internal
 * agentsSection({ cases: [], interactions: [], agents: [], teams: [], surveyResponses: [] }); // null
 * ```
 */
export function agentsSection(data: {
  readonly cases: readonly Case[];
  readonly interactions: readonly Interaction[];
  readonly agents: readonly Agent[];
  readonly teams: readonly Team[];
  readonly surveyResponses: readonly SurveyResponse[];
}): AgentsSection | null {
  const { cases, interactions, agents } = data;
  const agentOf = new Map(agents.map((a) => [a.id as string, a]));
  const teamNames = new Map(data.teams.map((t) => [t.id as string, t.name]));
  const caseOf = new Map(cases.map((c) => [c.id as string, c]));
  const teamOfCase = (c: Case | undefined): string | undefined =>
    c === undefined
      ? undefined
      : (c.teamId ?? (c.assigneeId === undefined ? undefined : agentOf.get(c.assigneeId)?.teamId));
  const isBot = (id: string) => agentOf.get(id)?.isBot === true;

  const scale = csatScaleOf(data.surveyResponses);
  const csatBy = (key: (r: SurveyResponse) => string | undefined) =>
    new Map(
      scale === null
        ? []
        : groupScores(data.surveyResponses, key, "csat", { scale }).groups.map((g) => [
            g.key,
            g.score,
          ]),
    );
  const caseOfResponse = (r: SurveyResponse) =>
    r.caseId === undefined ? undefined : caseOf.get(r.caseId);
  const agentCsat = csatBy((r) => r.agentId ?? caseOfResponse(r)?.assigneeId);
  const teamCsat = csatBy(
    (r) =>
      r.teamId ??
      teamOfCase(caseOfResponse(r)) ??
      (r.agentId === undefined ? undefined : agentOf.get(r.agentId)?.teamId),
  );

  const rows = (
    durations: ReturnType<typeof groupServiceDurations>["groups"],
    csat: typeof agentCsat,
    name: (id: string) => string,
    keep: (id: string) => boolean,
  ): AgentTeamRow[] => {
    const byKey = new Map<string, ServiceDurations>();
    for (const g of durations) if (g.key !== null) byKey.set(g.key, g.durations);
    const ids = new Set<string>([...byKey.keys()]);
    for (const key of csat.keys()) if (key !== null) ids.add(key);
    const out: AgentTeamRow[] = [];
    for (const id of ids) {
      if (!keep(id)) continue;
      const d = byKey.get(id);
      const score = csat.get(id);
      out.push({
        id,
        name: name(id),
        cases: d?.cases ?? 0,
        csat:
          score === undefined
            ? NONE
            : {
                value: score.value,
                n: score.n,
                lower: score.interval?.lower ?? null,
                upper: score.interval?.upper ?? null,
                method: score.interval?.method ?? null,
              },
        firstReply: d === undefined ? NONE : median(d.firstReply),
        resolution: d === undefined ? NONE : median(d.fullResolution),
      });
    }
    return sortAgentRows(out, "cases");
  };

  const byAgent = groupServiceDurations(cases, "agentId", { interactions, agents }).groups;
  const byTeam = groupServiceDurations(cases, "teamId", { interactions, agents }).groups;
  const agentRows = rows(
    byAgent,
    agentCsat,
    (id) => agentOf.get(id)?.name ?? readableId(id),
    (id) => !isBot(id),
  );
  const teamRows = rows(
    byTeam,
    teamCsat,
    (id) => teamNames.get(id) ?? readableId(id),
    () => true,
  );
  if (agentRows.length === 0 && teamRows.length === 0) return null;
  return {
    csatScale: scale,
    agents: agentRows,
    teams: teamRows,
    unassignedCases: byAgent.find((g) => g.key === null)?.durations.cases ?? 0,
    noTeamCases: byTeam.find((g) => g.key === null)?.durations.cases ?? 0,
  };
}
