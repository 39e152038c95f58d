import type { EstimateFigure } from "./section-figures";

/**
 * The figures of one agent or one team: volume, CSAT, first reply and resolution, each with
 * its n and interval.
 *
 * @example
 * ```ts
 * import type { AgentTeamRow } from "@rapport/cli";
 * const line = (r: AgentTeamRow) => `${r.name}: ${r.cases} cases, CSAT ${r.csat.value ?? "–"} % (n = ${r.csat.n})`;
 * ```
 */
export interface AgentTeamRow {
  /** The agent's or team's id as imported (e.g. `zendesk:9000`). */
  readonly id: string;
  /** The name from the import; else the id without its system prefix. */
  readonly name: string;
  /** Cases assigned (to the agent, or to the team or one of its agents). */
  readonly cases: number;
  /** CSAT of the answers that rate the agent or team, in percent (0..100), with its interval. */
  readonly csat: EstimateFigure;
  /**
   * Median first reply of the assigned cases, in minutes of calendar time, with its
   * distribution-free interval from order statistics (`method: "order-statistics"`, Conover
   * 1999 §3.2; no interval for n ≤ 5).
   */
  readonly firstReply: EstimateFigure;
  /** Median full resolution (to the latest solve) of the assigned cases, in minutes, likewise. */
  readonly resolution: EstimateFigure;
}

/**
 * The columns a table of {@link AgentTeamRow}s can be sorted by: volume (most cases first, the
 * default), name (A to Z), CSAT (best first), first reply and resolution (fastest first). Rows
 * without the figure go last; ties keep the order by name.
 *
 * @example
 * ```ts
 * import type { AgentTeamSortKey } from "@rapport/cli";
 * const key: AgentTeamSortKey = "firstReply";
 * ```
 */
export type AgentTeamSortKey = "cases" | "name" | "csat" | "firstReply" | "resolution";

/**
 * Agents and teams: one row per agent and per team, in the default order (most cases first).
 *
 * @example
 * ```ts
 * import type { AgentsSection } from "@rapport/cli";
 * const busiest = (s: AgentsSection) => s.agents[0]?.name;
 * ```
 */
export interface AgentsSection {
  /** The CSAT scale the rows score (`"binary"` good/bad, or `"five_point"`); null without CSAT. */
  readonly csatScale: "binary" | "five_point" | null;
  /** One row per agent (bots left out) with cases or CSAT answers. */
  readonly agents: readonly AgentTeamRow[];
  /** One row per team with cases or CSAT answers; empty when the source has no teams. */
  readonly teams: readonly AgentTeamRow[];
  /** Cases assigned to no agent (not in any agent row). */
  readonly unassignedCases: number;
  /** Cases with no team, directly or through their agent (not in any team row). */
  readonly noTeamCases: number;
}
