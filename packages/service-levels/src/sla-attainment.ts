import { tz } from "@date-fns/tz";
import { type Case, type CasePriority, type Interaction, isTimeZone } from "@rapport/core";
import { type Interval, wilsonInterval } from "@rapport/metrics";
import { format } from "date-fns";
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
  /** Period length when grouping by period (default `"week"`, ISO weeks from Monday). */
  readonly period?: "day" | "week" | "month";
  /** Zone whose calendar the periods follow (default `"UTC"`). */
  readonly timeZone?: string;
  /** Confidence level of the intervals (default 0.95). */
  readonly level?: number;
}

/**
 * The share of SLA targets achieved in one group.
 *
 * @example
 * ```ts
 * import type { SlaAttainmentRow } from "@rapport/service-levels";
 * const show = (r: SlaAttainmentRow) => `${r.metric}: ${r.value?.toFixed(1) ?? "–"} % of ${r.n}`;
 * ```
 */
export interface SlaAttainmentRow {
  /** The metric. */
  readonly metric: SlaMetric;
  /** The priority (when grouped by priority), else null. */
  readonly priority: CasePriority | null;
  /** The case's team id (when grouped by team; null for cases with no team). */
  readonly teamId: string | null;
  /** The period label (`"2026-03-09"`, `"2026-W11"`, `"2026-03"`), when grouped by period. */
  readonly period: string | null;
  /** Targets decided: achieved + breached. */
  readonly n: number;
  /** Targets achieved. */
  readonly achieved: number;
  /** Targets breached (including breached, then fulfilled). */
  readonly breached: number;
  /** Targets still running or paused, not counted in `n`. */
  readonly open: number;
  /** Share achieved, in percent (0-100); null when `n` is 0. */
  readonly value: number | null;
  /** Wilson score interval of the share, in percent; null when `n` is 0. */
  readonly interval: Interval | null;
}

/**
 * SLA attainment: the share of decided targets (achieved or breached) that were achieved, per
 * metric and optionally per priority, team and period, each with a Wilson score interval
 * (Wilson 1927, via `wilsonInterval` of @rapport/metrics). A target breached and then
 * fulfilled counts as breached; targets still running are counted as `open`, outside `n`. A
 * target's period is that of the moment it was decided (fulfilled or breached), or of its start
 * while open, in the calendar of `timeZone`.
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
 * // [{ metric: "resolution", n: 1, achieved: 1, value: 100, interval: { lower: 20.65…, upper: 100, … }, … }]
 * ```
 */
export function slaAttainment(
  cases: readonly Case[],
  interactions: readonly Interaction[],
  policies: readonly SlaPolicy[],
  options: SlaAttainmentOptions,
): SlaAttainmentRow[] {
  const asOf = new Date(toMillis(options?.asOf, "options.asOf", "slaAttainment"));
  const by = new Set(options.by ?? []);
  for (const dimension of by) {
    if (dimension !== "priority" && dimension !== "team" && dimension !== "period") {
      throw new RangeError(
        `slaAttainment: expected options.by to hold "priority", "team" or "period", received ${JSON.stringify(dimension)}`,
      );
    }
  }
  const period = options.period ?? "week";
  if (period !== "day" && period !== "week" && period !== "month") {
    throw new RangeError(
      `slaAttainment: expected options.period "day", "week" or "month", received ${JSON.stringify(period)}`,
    );
  }
  const zone = options.timeZone ?? "UTC";
  if (!isTimeZone(zone)) {
    throw new RangeError(
      `slaAttainment: expected options.timeZone to be an IANA time-zone name, received ${JSON.stringify(zone)}`,
    );
  }
  const pattern = { day: "yyyy-MM-dd", week: "RRRR-'W'II", month: "yyyy-MM" }[period];
  const inZone = tz(zone);
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
          ? format(decidedAt ?? target.startedAt, pattern, { in: inZone })
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
  const rows = [...groups.values()].map((group): SlaAttainmentRow => {
    const n = group.achieved + group.breached;
    const interval = wilsonInterval(
      group.achieved,
      n,
      options.level === undefined ? {} : { level: options.level },
    );
    return {
      ...group,
      n,
      value: n === 0 ? null : (100 * group.achieved) / n,
      interval: interval && {
        ...interval,
        lower: interval.lower * 100,
        upper: interval.upper * 100,
      },
    };
  });
  const text = (value: string | null) => value ?? "";
  return rows.sort(
    (a, b) =>
      SLA_METRICS.indexOf(a.metric) - SLA_METRICS.indexOf(b.metric) ||
      text(a.priority).localeCompare(text(b.priority)) ||
      text(a.teamId).localeCompare(text(b.teamId)) ||
      text(a.period).localeCompare(text(b.period)),
  );
}
