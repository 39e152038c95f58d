import {
  CALENDAR_PERIODS,
  type CalendarOptions,
  type CalendarPeriod,
  type Case,
  type CasePriority,
  checkTimeZone,
  type Interaction,
  periodLabel,
  type WeekDay,
} from "@rapport/core";
import {
  checkCount,
  checkLevel,
  expectedMessage,
  oneOf,
  type Proportion,
  proportion,
} from "@rapport/stats";
import { groupByCase } from "./group-by-case";
import { toMillis } from "./instant";
import { SLA_METRICS, type SlaMetric, type SlaPolicy } from "./sla-policy";
import { slaStatus } from "./sla-status";

/**
 * A dimension to break attainment down by, besides the metric.
 *
 * @example
 * ```ts
 * import type { SlaAttainmentDimension } from "@rapport/service-levels";
 * const by: SlaAttainmentDimension[] = ["priority", "team"];
 * ```
 */
export type SlaAttainmentDimension = "priority" | "team" | "period";

/**
 * Options of {@link slaAttainment}.
 *
 * @example
 * ```ts
 * import type { SlaAttainmentOptions } from "@rapport/service-levels";
 * const options: SlaAttainmentOptions = {
 *   asOf: new Date("2026-04-01T00:00:00Z"),
 *   by: ["period"],
 *   period: "month",
 *   timeZone: "Europe/London",
 * };
 * ```
 */
export interface SlaAttainmentOptions {
  /** The moment evaluated. */
  readonly asOf: Date;
  /** Dimensions to group by besides the metric (default none). */
  readonly by?: readonly SlaAttainmentDimension[];
  /** The calendar period when grouping by period (core's `CalendarPeriod`; default `"week"`). */
  readonly period?: CalendarPeriod;
  /** IANA zone whose calendar the periods follow; required when grouping by period. */
  readonly timeZone?: string;
  /** First day of a week: 0 = Sunday … 6 = Saturday; default 1 (Monday). */
  readonly weekStartsOn?: WeekDay;
  /** Confidence level of the intervals (default 0.95). */
  readonly level?: number;
  /** Rows with fewer decided targets are flagged `smallSample` (default 30). */
  readonly minSample?: number;
}

/**
 * The share of SLA targets achieved in one group.
 *
 * @example
 * ```ts
 * import type { SlaAttainmentRow } from "@rapport/service-levels";
 * const show = (r: SlaAttainmentRow) =>
 *   `${r.metric}: ${r.attainment.value?.toFixed(1) ?? "–"} % of ${r.attainment.n}`;
 * ```
 */
export interface SlaAttainmentRow {
  /** The metric. */
  readonly metric: SlaMetric;
  /** The priority (when grouped by priority), else null. */
  readonly priority: CasePriority | null;
  /** The case's team id (when grouped by team; null for cases with no team). */
  readonly teamId: string | null;
  /**
   * The period label by core's `periodLabel` (`"2026-03-09"` for a day, the date of its first
   * day for a week, `"2026-03"`, `"2026-Q1"`, `"2026"`), when grouped by period.
   */
  readonly period: string | null;
  /**
   * The share of decided targets achieved, a `Proportion` of @rapport/stats:
   * `successes` = targets achieved, `n` = targets decided (achieved + breached), `value` and
   * its Wilson `interval` in percent (`null` when `n` is 0).
   */
  readonly attainment: Proportion;
  /** Targets breached (including breached, then fulfilled): `attainment.n − attainment.successes`. */
  readonly breached: number;
  /** Targets still running or paused, not counted in `attainment.n`. */
  readonly open: number;
}

/**
 * SLA attainment: the share of decided targets (achieved or breached) that were achieved, per
 * metric and optionally per priority, team and period, each a `Proportion` in percent with
 * its Wilson score interval (Wilson 1927, by `proportion` of @rapport/stats). A target breached and then
 * fulfilled counts as breached; targets still running are counted as `open`, outside `n`. A
 * target's period is that of the moment it was decided (fulfilled or breached), or of its start
 * while open, in the calendar of `timeZone` (core's calendar periods; `timeZone` is required
 * when grouping by period).
 *
 * @example
 * ```ts
 * import { parseCase } from "@rapport/core";
 * import { defineSlaPolicy, slaAttainment } from "@rapport/service-levels";
 * const policy = defineSlaPolicy({
 *   name: "All",
 *   targets: { normal: { resolution: { minutes: 60, time: "calendar" } } },
 * });
 * const solved = parseCase({
 *   id: "case_1", customerId: "cus_1", channel: "chat", status: "solved",
 *   createdAt: "2026-03-09T09:00:00Z", solvedAt: "2026-03-09T09:30:00Z",
 * });
 * slaAttainment([solved], [], [policy], { asOf: new Date("2026-03-10T00:00:00Z") });
 * // [{ metric: "resolution", attainment: { value: 100, successes: 1, n: 1,
 * //   interval: { lower: 20.65…, upper: 100, … }, smallSample: true }, breached: 0, open: 0, … }]
 * ```
 */
export function slaAttainment(
  cases: readonly Case[],
  interactions: readonly Interaction[],
  policies: readonly SlaPolicy[],
  options: SlaAttainmentOptions,
): SlaAttainmentRow[] {
  const asOf = new Date(toMillis(options?.asOf, "options.asOf", "slaAttainment"));
  const fn = "slaAttainment";
  const by = new Set(options.by ?? []);
  for (const dimension of by) {
    if (dimension !== "priority" && dimension !== "team" && dimension !== "period") {
      throw new RangeError(
        expectedMessage(`${fn}: options.by[]`, oneOf(["priority", "team", "period"]), dimension),
      );
    }
  }
  const period = options.period ?? "week";
  if (!(CALENDAR_PERIODS as readonly unknown[]).includes(period)) {
    throw new RangeError(expectedMessage(`${fn}: options.period`, oneOf(CALENDAR_PERIODS), period));
  }
  const timeZone = options.timeZone;
  if (timeZone !== undefined || by.has("period")) {
    // Say why a zone is needed when it is missing: periods are cut in it.
    const why = timeZone === undefined ? " (required when grouping by period)" : "";
    checkTimeZone(`${fn}: options.timeZone${why}`, timeZone);
  }
  const level = checkLevel(`${fn}: options.level`, options.level ?? 0.95);
  const minSample = checkCount(`${fn}: options.minSample`, options.minSample ?? 30);
  const calendar: CalendarOptions = {
    timeZone: timeZone ?? "UTC",
    ...(options.weekStartsOn === undefined ? {} : { weekStartsOn: options.weekStartsOn }),
  };
  const byCase = groupByCase(interactions);
  const groups = new Map<
    string,
    {
      metric: SlaMetric;
      priority: CasePriority | null;
      teamId: string | null;
      period: string | null;
      achieved: number;
      breached: number;
      open: number;
    }
  >();
  for (const value of cases) {
    const status = slaStatus(value, byCase.get(value.id) ?? [], policies, { asOf });
    for (const target of status.targets) {
      const decidedAt =
        target.state === "breached"
          ? target.breachedAt
          : target.state === "achieved"
            ? target.fulfilledAt
            : null;
      const key = {
        metric: target.metric,
        priority: by.has("priority") ? target.priority : null,
        teamId: by.has("team") ? (value.teamId ?? null) : null,
        period: by.has("period")
          ? periodLabel(decidedAt ?? target.startedAt, period, calendar)
          : null,
      };
      const id = JSON.stringify(key);
      let group = groups.get(id);
      if (!group) {
        group = { ...key, achieved: 0, breached: 0, open: 0 };
        groups.set(id, group);
      }
      if (target.state === "achieved") group.achieved++;
      else if (target.state === "breached") group.breached++;
      else group.open++;
    }
  }
  const rows = [...groups.values()].map(
    ({ achieved, ...group }): SlaAttainmentRow => ({
      ...group,
      attainment: proportion(achieved, achieved + group.breached, { level, minSample }),
    }),
  );
  const text = (value: string | null) => value ?? "";
  return rows.sort(
    (a, b) =>
      SLA_METRICS.indexOf(a.metric) - SLA_METRICS.indexOf(b.metric) ||
      text(a.priority).localeCompare(text(b.priority)) ||
      text(a.teamId).localeCompare(text(b.teamId)) ||
      text(a.period).localeCompare(text(b.period)),
  );
}
