import {
  type CalendarOptions,
  type CalendarPeriod,
  checkTrendCalendar,
  periodBounds,
  periodStart,
} from "@rapport/core";
import type { MetricName, ScoreTrendOptions } from "@rapport/metrics";
import { expectedMessage, oneOf } from "@rapport/stats";
import type { WarehouseLayoutInput } from "./warehouse-layout";

/**
 * The columns a score can be grouped by.
 *
 * @example
 * ```ts
 * import type { SqlScoreGroupBy } from "@rapport/sql-metrics";
 * const byAgent: SqlScoreGroupBy = "agentId";
 * ```
 */
export type SqlScoreGroupBy = "agentId" | "teamId" | "channel" | "surveyId";

const GROUP_BYS: readonly SqlScoreGroupBy[] = ["agentId", "teamId", "channel", "surveyId"];

/**
 * Options of {@link sqlScoreTrend}: those of `scoreTrend` in `@rapport/metrics`, plus the
 * table layout and an optional grouping.
 *
 * @example
 * ```ts
 * import type { SqlScoreTrendOptions } from "@rapport/sql-metrics";
 * const options: SqlScoreTrendOptions<"nps"> = {
 *   metric: "nps", period: "month", timeZone: "Europe/Berlin", groupBy: "agentId",
 * };
 * ```
 */
export interface SqlScoreTrendOptions<M extends MetricName = MetricName>
  extends ScoreTrendOptions<M> {
  /** Where the responses are (default: `WAREHOUSE_LAYOUT`). */
  readonly layout?: WarehouseLayoutInput;
  /** Score each agent, team, channel or survey apart (one trend per value, NULL included). */
  readonly groupBy?: SqlScoreGroupBy;
}

const SCALES: Readonly<Record<MetricName, readonly string[]>> = {
  nps: ["zero_to_ten"],
  csat: ["binary", "five_point"],
  ces: ["seven_point", "five_point"],
};

/** The checked options, with the period arithmetic of core's calendar. */
export interface CheckedTrend {
  readonly metric: MetricName;
  readonly scale: string;
  readonly period: CalendarPeriod;
  readonly calendar: CalendarOptions;
  readonly fromMs: number | undefined;
  readonly toEndMs: number | undefined;
  readonly groupBy: SqlScoreGroupBy | undefined;
}

/** Checks the options as `scoreTrend` does, naming the option that is wrong. */
export function checkTrendOptions(fn: string, options: SqlScoreTrendOptions): CheckedTrend {
  if (typeof options !== "object" || options === null) {
    throw new TypeError(expectedMessage(`${fn}: options`, "an object", options));
  }
  const { metric, period, timeZone } = options;
  if (!Object.hasOwn(SCALES, metric)) {
    throw new RangeError(
      expectedMessage(`${fn}: options.metric`, oneOf(Object.keys(SCALES)), metric),
    );
  }
  const allowed = SCALES[metric];
  const scale = options.scale ?? allowed[0]!;
  if (!allowed.includes(scale)) {
    throw new RangeError(
      expectedMessage(`${fn}: options.scale`, `${oneOf(allowed)} for ${metric}`, options.scale),
    );
  }
  const { weekStartsOn } = checkTrendCalendar(fn, options);
  if (options.groupBy !== undefined && !GROUP_BYS.includes(options.groupBy)) {
    throw new RangeError(
      expectedMessage(`${fn}: options.groupBy`, oneOf(GROUP_BYS), options.groupBy),
    );
  }
  const calendar: CalendarOptions = { timeZone, weekStartsOn };
  const startOf = (ms: number) => periodStart(new Date(ms), period, calendar).getTime();
  const fromMs = options.from && startOf(options.from.getTime());
  const toEndMs =
    options.to &&
    periodBounds(new Date(startOf(options.to.getTime())), period, calendar).end.getTime();
  return { metric, scale, period, calendar, fromMs, toEndMs, groupBy: options.groupBy };
}
