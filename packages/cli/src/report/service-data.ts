import type { DurationFigure as MinutesFigure } from "@rapport/metrics";

/**
 * One service duration in calendar and in business time, each with n, the cases without the
 * event, median (with its order-statistics interval), mean and p90, in minutes.
 *
 * @example
 * ```ts
 * import type { ServiceDurationRow } from "@rapport/cli";
 * const median = (row: ServiceDurationRow) => row.business?.median ?? row.calendar.median;
 * ```
 */
export interface ServiceDurationRow {
  /** The duration, one of metrics' `SERVICE_DURATIONS`. */
  readonly name: string;
  readonly calendar: MinutesFigure;
  /** In business time on the report's schedule; null without one. */
  readonly business: MinutesFigure | null;
}

/**
 * The median first reply and full resolution of one team or channel, in both times (minutes).
 *
 * @example
 * ```ts
 * import type { ServiceGroupRow } from "@rapport/cli";
 * const line = (g: ServiceGroupRow) => `${g.group}: ${g.firstReply.calendar} min`;
 * ```
 */
export interface ServiceGroupRow {
  readonly group: string;
  readonly cases: number;
  readonly firstReply: { readonly calendar: number | null; readonly business: number | null };
  readonly fullResolution: { readonly calendar: number | null; readonly business: number | null };
}

/**
 * The median of one service duration in the period containing the report's moment against the
 * period before, in calendar time (minutes). A duration belongs to the period its clock stopped
 * in (the first reply was sent, the case was last solved), in the report's time zone, up to the
 * report's moment.
 *
 * @example
 * ```ts
 * import type { ServiceDurationPeriods } from "@rapport/cli";
 * const faster = (p: ServiceDurationPeriods) => (p.difference ?? 0) < 0;
 * ```
 */
export interface ServiceDurationPeriods {
  /** `"firstReply"` or `"fullResolution"`. */
  readonly name: string;
  readonly current: MinutesFigure & { readonly period: string };
  readonly previous: MinutesFigure & { readonly period: string };
  /** Current median − previous median, minutes; null when either period has fewer than 2. */
  readonly difference: number | null;
  /**
   * Two-sided p-value of the Mann-Whitney U test of the two periods' durations (`mannWhitneyU`
   * of @rapport/stats, normal approximation); null when `difference` is.
   */
  readonly pValue: number | null;
}

/**
 * The service durations of a report: every figure in both times, and per team and channel.
 *
 * @example
 * ```ts
 * import type { ServiceDurationsSection } from "@rapport/cli";
 * const rows = (s: ServiceDurationsSection) => s.rows.map((r) => r.name);
 * ```
 */
export interface ServiceDurationsSection {
  /** The zone of the schedule business time is counted on, or null for calendar time only. */
  readonly scheduleTimeZone: string | null;
  readonly cases: number;
  readonly rows: readonly ServiceDurationRow[];
  readonly byTeam: readonly ServiceGroupRow[];
  readonly byChannel: readonly ServiceGroupRow[];
  /** First reply and full resolution, this period against the one before (calendar time). */
  readonly periods: readonly ServiceDurationPeriods[];
}
