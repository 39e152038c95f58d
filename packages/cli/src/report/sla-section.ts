import type { CalendarPeriod, Case, Interaction, Team } from "@rapport/core";
import {
  businessTimeBetween,
  predictBreaches,
  type Schedule,
  type SlaAttainmentDimension,
  type SlaAttainmentRow,
  type SlaPolicy,
  slaAttainment,
  slaStatus,
} from "@rapport/service-levels";
import type { SlaAttainmentFigure, SlaCaseTarget, SlaSection } from "./sla-data";

const HOUR = 3_600_000;
/** The horizon of predicted breaches. */
const WITHIN_HOURS = 24;
const SHOWN = 20;
const isDone = (c: Case) => c.status === "solved" || c.status === "closed";

/**
 * Computes the SLA section: attainment per metric, priority, team and period with Wilson
 * intervals (`slaAttainment` of @rapport/service-levels), the targets of open cases breached
 * now, those that will breach within 24 hours (`predictBreaches`), and the first reply times
 * in calendar and business hours for the distribution chart.
 *
 * @example
 * ```ts
 * import { slaSection } from "./sla-section"; // internal
 * declare const cases: import("@rapport/core").Case[];
 * declare const policies: import("@rapport/service-levels").SlaPolicy[];
 * slaSection({ cases, interactions: [], teams: [] }, { policies, schedule: null, asOf: new Date(), timeZone: "UTC", period: "month" });
 * ```
 */
export function slaSection(
  data: {
    readonly cases: readonly Case[];
    readonly interactions: readonly Interaction[];
    readonly teams: readonly Team[];
  },
  options: {
    readonly policies: readonly SlaPolicy[];
    readonly schedule: Schedule | null;
    readonly asOf: Date;
    readonly timeZone: string;
    readonly period: CalendarPeriod;
  },
): SlaSection {
  const { cases, interactions } = data;
  const { policies, schedule, asOf, timeZone, period } = options;
  const teamNames = new Map(data.teams.map((t) => [t.id as string, t.name]));
  const teamOf = (id: string | null | undefined) => (id ? (teamNames.get(id) ?? id) : null);
  const attainment = (
    by: SlaAttainmentDimension[],
    group: (r: SlaAttainmentRow) => string | null,
  ) =>
    slaAttainment(cases, interactions, policies, { asOf, by, period, timeZone }).map(
      (row): SlaAttainmentFigure => ({
        metric: row.metric,
        group: group(row),
        value: row.attainment.value,
        n: row.attainment.n,
        lower: row.attainment.interval?.lower ?? null,
        upper: row.attainment.interval?.upper ?? null,
        method: row.attainment.interval?.method ?? null,
        breached: row.breached,
        open: row.open,
      }),
    );

  const open = cases.filter((c) => !isDone(c) && c.createdAt <= asOf);
  const byId = new Map(open.map((c) => [c.id as string, c]));
  const caseInteractions = interactions.filter((i) => i.caseId && byId.has(i.caseId));
  const breaches: SlaCaseTarget[] = [];
  for (const value of open) {
    const mine = caseInteractions.filter((i) => i.caseId === value.id);
    for (const target of slaStatus(value, mine, policies, { asOf }).targets) {
      if (target.state !== "breached" || target.fulfilledAt !== null) continue;
      const dueAt = target.breachedAt ?? target.dueAt ?? asOf;
      breaches.push({
        caseId: value.id,
        metric: target.metric,
        policy: target.policy,
        priority: target.priority,
        team: teamOf(value.teamId),
        dueAt: dueAt.toISOString(),
        calendarHours: (target.remainingCalendarMs ?? dueAt.getTime() - asOf.getTime()) / HOUR,
        businessHours:
          target.remainingBusinessMs === null ? null : target.remainingBusinessMs / HOUR,
      });
    }
  }
  breaches.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  const predicted = predictBreaches(open, caseInteractions, policies, {
    asOf,
    within: WITHIN_HOURS * HOUR,
  }).map(
    (p): SlaCaseTarget => ({
      caseId: p.caseId,
      metric: p.metric,
      policy: p.policy,
      priority: p.priority,
      team: teamOf(byId.get(p.caseId)?.teamId),
      dueAt: p.dueAt.toISOString(),
      calendarHours: p.remainingCalendarMs / HOUR,
      businessHours: p.remainingBusinessMs === null ? null : p.remainingBusinessMs / HOUR,
    }),
  );

  const replied = cases.filter((c) => c.firstReplyAt !== undefined && c.firstReplyAt <= asOf);
  return {
    policies: policies.map((p) => p.name),
    scheduleTimeZone: schedule?.timeZone ?? null,
    openCases: open.length,
    attainment: {
      overall: attainment([], () => null),
      byPriority: attainment(["priority"], (r) => r.priority),
      byTeam: attainment(["team"], (r) => teamOf(r.teamId) ?? "no team"),
      byPeriod: attainment(["period"], (r) => r.period),
    },
    breaches: { count: breaches.length, rows: breaches.slice(0, SHOWN) },
    predicted: {
      withinHours: WITHIN_HOURS,
      count: predicted.length,
      rows: predicted.slice(0, SHOWN),
    },
    firstReply: {
      calendarHours: replied.map((c) => (c.firstReplyAt!.getTime() - c.createdAt.getTime()) / HOUR),
      businessHours:
        schedule === null
          ? null
          : replied.map((c) => businessTimeBetween(c.createdAt, c.firstReplyAt!, schedule) / HOUR),
    },
  };
}
