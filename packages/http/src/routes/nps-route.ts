import { CALENDAR_PERIODS, type CalendarPeriod, isTimeZone } from "@rapport/core";
import { npsFromCounts } from "@rapport/metrics";
import { expectedMessage, oneOf } from "@rapport/stats";
import type { Hono } from "hono";
import type { CareEnv } from "../access/guard";
import { parseQueryDate } from "../boundary/query-date";
import { jsonError } from "../json-error";
import { periodBucketBound } from "./period-bucket-bound";
import type { RouteContext } from "./route-context";

type Issue = { path: string; message: string };

/** The query of `GET /metrics/nps`, checked; internal. */
function readQuery(query: (key: string) => string | undefined) {
  const period = query("period") ?? "month";
  const timeZone = query("timeZone") ?? "UTC";
  const issues: Issue[] = [];
  if (!(CALENDAR_PERIODS as readonly string[]).includes(period)) {
    issues.push({ path: "period", message: expectedMessage("", oneOf(CALENDAR_PERIODS), period) });
  }
  if (!isTimeZone(timeZone)) {
    issues.push({
      path: "timeZone",
      message: expectedMessage("", 'an IANA time-zone name such as "Europe/Berlin"', timeZone),
    });
  }
  const range: { from?: Date; to?: Date } = {};
  for (const key of ["from", "to"] as const) {
    const value = query(key);
    if (value === undefined) continue;
    const date = parseQueryDate(value);
    if (date === undefined) {
      issues.push({
        path: key,
        message: expectedMessage(
          "",
          "an ISO 8601 date or date-time with offset",
          value.slice(0, 100),
        ),
      });
    } else range[key] = date;
  }
  return { period: period as CalendarPeriod, timeZone, range, issues };
}

/** `GET /metrics/nps` (scope `metrics:read`); internal. */
export function npsRoute(app: Hono<CareEnv>, context: RouteContext): void {
  app.get("/metrics/nps", context.guard("metrics:read"), async (c) => {
    const { period, timeZone, range, issues } = readQuery((key) => c.req.query(key));
    const { maxPeriodBuckets } = context;
    if (issues.length === 0 && range.from && range.to) {
      if (periodBucketBound(period, range.from, range.to) > maxPeriodBuckets) {
        issues.push({
          path: "from",
          message: `expected a range of at most ${maxPeriodBuckets} ${period} periods; narrow from and to, or choose a longer period`,
        });
      }
    }
    if (issues.length > 0) {
      return jsonError(c, 400, {
        error: "invalid_query",
        message: "the query has invalid parameters",
        issues,
      });
    }
    const histograms = await context
      .storeFor(c)
      .scoreCounts({ metric: "nps", period, timeZone, range });
    if (histograms.length > maxPeriodBuckets) {
      return jsonError(c, 400, {
        error: "too_many_periods",
        message: `the data spans ${histograms.length} ${period} periods, more than the ${maxPeriodBuckets} one answer may hold; pass from and to`,
      });
    }
    const buckets = histograms.map((histogram) => {
      const count = (from: number, to: number) => {
        let total = 0;
        for (let score = from; score <= to; score++) total += histogram.counts[String(score)] ?? 0;
        return total;
      };
      return {
        periodStart: histogram.periodStart,
        ...npsFromCounts({
          promoters: count(9, 10),
          passives: count(7, 8),
          detractors: count(0, 6),
        }),
      };
    });
    return c.json({ metric: "nps", period, timeZone, buckets });
  });
}
