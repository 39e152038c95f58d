/**
 * SLA attainment in one group: the share of decided targets achieved (percent, Wilson
 * interval), with the targets breached and those still running.
 *
 * @example
 * ```ts
 * import type { SlaAttainmentFigure } from "@rapport/cli";
 * const line = (f: SlaAttainmentFigure) => `${f.metric} ${f.group ?? "all"}: ${f.value ?? "–"} %`;
 * ```
 */
export interface SlaAttainmentFigure {
  readonly metric: string;
  /** The priority, team (its name where known) or period; null for all cases. */
  readonly group: string | null;
  /** Percent of decided targets met, or null when none was decided. */
  readonly value: number | null;
  /** Targets decided (met or breached). */
  readonly n: number;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly method: string | null;
  readonly breached: number;
  readonly open: number;
}

/**
 * One target of an open case that is overdue, or will be within the horizon.
 *
 * @example
 * ```ts
 * import type { SlaCaseTarget } from "@rapport/cli";
 * const late = (t: SlaCaseTarget) => `${t.caseId} ${t.metric} due ${t.dueAt}`;
 * ```
 */
export interface SlaCaseTarget {
  readonly caseId: string;
  readonly metric: string;
  readonly policy: string;
  readonly priority: string;
  readonly team: string | null;
  /** When it was (or will be) due, ISO 8601. */
  readonly dueAt: string;
  /** Calendar hours until due (negative once overdue). */
  readonly calendarHours: number;
  /** Business hours until due, or null for a calendar target of a policy without a schedule. */
  readonly businessHours: number | null;
}

/**
 * The SLA section of a report.
 *
 * @example
 * ```ts
 * import type { SlaSection } from "@rapport/cli";
 * const overall = (s: SlaSection) => s.attainment.overall.map((f) => `${f.metric}: ${f.value} %`);
 * ```
 */
export interface SlaSection {
  readonly policies: readonly string[];
  /** The zone of the schedule business time is counted in, or null without one. */
  readonly scheduleTimeZone: string | null;
  readonly openCases: number;
  readonly attainment: {
    readonly overall: readonly SlaAttainmentFigure[];
    readonly byPriority: readonly SlaAttainmentFigure[];
    readonly byTeam: readonly SlaAttainmentFigure[];
    readonly byPeriod: readonly SlaAttainmentFigure[];
  };
  /** Targets of open cases already breached and not yet fulfilled, longest overdue first. */
  readonly breaches: { readonly count: number; readonly rows: readonly SlaCaseTarget[] };
  /** Targets of open cases that breach within `withinHours` if nothing changes, soonest first. */
  readonly predicted: {
    readonly withinHours: number;
    readonly count: number;
    readonly rows: readonly SlaCaseTarget[];
  };
  /** First reply times of the cases replied to, in hours: calendar, and business (with a schedule). */
  readonly firstReply: {
    readonly calendarHours: readonly number[];
    readonly businessHours: readonly number[] | null;
  };
}
