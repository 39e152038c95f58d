import { periodLabel } from "@rapport/core";
import type { DurationFigure as MinutesFigure } from "@rapport/metrics";
import { proportion } from "@rapport/stats";
import { compareShares } from "./compare-shares";
import {
  durationParts,
  type FigureUnit,
  fixed,
  PERCENT,
  PERCENT_LOWER_BETTER,
  scoreUnit,
} from "./figure-unit";
import { formatDay, formatPeriodLabel } from "./format-date";
import { formatScore, isSmallSample, noun, type Trend, trendOf } from "./format-figure";
import type { ReportData, ScoreSection } from "./report-data";
import type { ServiceDurationPeriods } from "./service-data";
import type { SlaAttainmentFigure } from "./sla-data";

/**
 * One headline card of the report's first screen: a figure with its unit, sample and
 * interval, its trend against the previous period, and a flag when its sample is small.
 *
 * @example
 * ```ts
 * import type { HeadlineCard } from "./headline-figures"; // internal
 * const card: HeadlineCard = {
 *   section: "nps", title: "NPS", basis: "Oct 2026", value: "5.6", unit: " points", n: 18,
 *   counted: "answers", interval: "−28.2 to 37.7 points", trend: null, context: null, small: true,
 * };
 * ```
 */
export interface HeadlineCard {
  /** The id of the section with the details. */
  readonly section: string;
  readonly title: string;
  /** What the figure covers: a period ("Oct 2026") or "all cases". */
  readonly basis: string;
  /** The value as written, without its unit; "–" for none. */
  readonly value: string;
  /** The unit after the value, with its space: " points", " %", " / 7", " h". */
  readonly unit: string;
  readonly n: number;
  /** What `n` counts: "answers", "cases", "targets", "customers". */
  readonly counted: string;
  /** The 95 % interval with its unit, or null when there is none. */
  readonly interval: string | null;
  /** Against the previous period; null when the figure has no trend by period. */
  readonly trend: Trend | null;
  /** One more line, e.g. the figure over all periods. */
  readonly context: string | null;
  /** Fewer than `SMALL_SAMPLE` (30) in `n`, but some. */
  readonly small: boolean;
}

const interval = (lower: number | null, upper: number | null, unit: FigureUnit) =>
  lower === null || upper === null
    ? null
    : `${fixed(lower, unit.digits)} to ${fixed(upper, unit.digits)}${unit.suffix}`;

function scoreCard(data: ReportData, s: ScoreSection): HeadlineCard {
  const unit = scoreUnit(s.metric, s.domain);
  const period = (label: string) => formatPeriodLabel(label, data.period, data.locale);
  const current = s.current;
  if (current.n === 0) {
    // No answer in the current period: the figure over all periods, and no trend.
    const all = s.overall;
    return {
      section: s.metric,
      title: s.label,
      basis: "all periods",
      value: all.value === null ? "–" : fixed(all.value, unit.digits),
      unit: all.value === null ? "" : unit.suffix,
      n: all.n,
      counted: noun(all.n, "answer"),
      interval: interval(all.lower, all.upper, unit),
      trend: null,
      context: `No answers in ${period(current.period)}`,
      small: isSmallSample(all.n),
    };
  }
  return {
    section: s.metric,
    title: s.label,
    basis: period(current.period),
    value: current.value === null ? "–" : fixed(current.value, unit.digits),
    unit: current.value === null ? "" : unit.suffix,
    n: current.n,
    counted: noun(current.n, "answer"),
    interval: interval(current.lower, current.upper, unit),
    trend:
      s.previous.n === 0 && s.change === null
        ? null
        : trendOf(s.change, period(s.previous.period), unit),
    context: `All periods: ${formatScore(s.overall, unit)}`,
    small: isSmallSample(current.n),
  };
}

const minutes = durationParts;
const minutesText = (value: number) => minutes(value).join("");

// Direction, tone and verdict of a change in minutes: less is better.
const MINUTES_LOWER_BETTER: FigureUnit = {
  suffix: " min",
  change: "min",
  digits: 0,
  better: "lower",
};

/** The arrow of a duration's median against the previous period, its size in min, h or days. */
function durationTrend(periods: ServiceDurationPeriods, previous: string): Trend | null {
  if (periods.difference === null) return null;
  const change = {
    difference: periods.difference,
    lower: null,
    upper: null,
    pValue: periods.pValue,
    significant: false,
  };
  const trend = trendOf(change, previous, MINUTES_LOWER_BETTER);
  const arrow = trend.text.slice(0, 1);
  return { ...trend, text: `${arrow} ${minutesText(Math.abs(periods.difference))} vs ${previous}` };
}

function durationCard(
  data: ReportData,
  title: string,
  row: { readonly calendar: MinutesFigure; readonly business: MinutesFigure | null },
  periods: ServiceDurationPeriods | undefined,
): HeadlineCard {
  const period = (label: string) => formatPeriodLabel(label, data.period, data.locale);
  const all = row.calendar;
  const business = row.business;
  const inBusiness =
    business === null || business.median === null
      ? ""
      : `; in business hours: ${minutesText(business.median)} (n = ${business.n})`;
  // The period containing the report's moment, as the score cards: all cases when it has none.
  const current = periods !== undefined && periods.current.n > 0 ? periods.current : null;
  const shown = current ?? all;
  const [value, unit] = shown.median === null ? ["–", ""] : minutes(shown.median);
  const i = shown.interval;
  return {
    section: "service",
    title,
    basis: current ? `${period(current.period)}, calendar time` : "all cases, calendar time",
    value,
    unit,
    n: shown.n,
    counted: noun(shown.n, "case"),
    interval: i === null ? null : `${minutesText(i.lower)} to ${minutesText(i.upper)}`,
    trend: periods === undefined ? null : durationTrend(periods, period(periods.previous.period)),
    context:
      current === null
        ? inBusiness === ""
          ? null
          : `In business hours: ${minutesText(business!.median!)} (n = ${business!.n})`
        : `All cases: ${minutesText(all.median!)} (n = ${all.n})${inBusiness}`,
    small: isSmallSample(shown.n),
  };
}

const met = (f: SlaAttainmentFigure) => ({
  successes: Math.round(((f.value ?? 0) * f.n) / 100),
  n: f.n,
});

function slaCard(data: ReportData): HeadlineCard | null {
  const sla = data.sla;
  const overall =
    sla?.attainment.overall.find((f) => f.metric === "firstReply") ?? sla?.attainment.overall[0];
  if (!sla || !overall || overall.value === null) return null;
  const now = periodLabel(new Date(data.asOf), data.period, { timeZone: data.timeZone });
  const mine = sla.attainment.byPeriod
    .filter((f) => f.metric === overall.metric && f.group !== null && f.group <= now)
    .sort((a, b) => (a.group! < b.group! ? -1 : 1));
  const current = mine.at(-1)?.group === now ? mine.at(-1)! : null;
  const previous = current ? (mine.at(-2) ?? null) : null;
  const shown = current ?? overall;
  const period = (label: string) => formatPeriodLabel(label, data.period, data.locale);
  const name = overall.metric === "firstReply" ? "first reply" : overall.metric;
  const change = current && previous ? compareShares(met(current), met(previous)) : null;
  return {
    section: "service-levels",
    title: `SLA met: ${name}`,
    basis: current ? period(now) : "all periods",
    value: shown.value === null ? "–" : fixed(shown.value, 1),
    unit: shown.value === null ? "" : PERCENT.suffix,
    n: shown.n,
    counted: `${noun(shown.n, "target")} decided`,
    interval: interval(shown.lower, shown.upper, PERCENT),
    trend: previous ? trendOf(change, period(previous.group!), PERCENT) : null,
    context: current ? `All periods: ${formatScore(overall, PERCENT)}` : null,
    small: isSmallSample(shown.n),
  };
}

function atRiskCard(data: ReportData): HeadlineCard | null {
  const scored = data.churn.scores.length;
  if (scored === 0) return null;
  const high = data.churn.bands["high"] ?? 0;
  const share = proportion(high, scored);
  const unit = PERCENT_LOWER_BETTER;
  return {
    section: "at-risk",
    title: "Customers at high risk",
    basis: `scored as of ${formatDay(data.asOf, data)}`,
    value: share.value === null ? "–" : fixed(share.value, unit.digits),
    unit: unit.suffix,
    n: scored,
    counted: noun(scored, "customer"),
    interval: interval(share.interval?.lower ?? null, share.interval?.upper ?? null, unit),
    trend: null,
    context: `${high} ${high === 1 ? "customer" : "customers"} in the high band`,
    small: isSmallSample(scored),
  };
}

/**
 * The cards of the first screen, in order: each survey score of the current period against
 * the previous one, the median first reply and resolution times of the current period against
 * the previous one (Mann-Whitney p-value), SLA attainment and the customers at high risk, each
 * where the data has it.
 *
 * @example
 * ```ts
 * import { headlineCards } from "./headline-figures"; // internal
 * declare const data: import("./report-data").ReportData;
 * headlineCards(data).map((card) => `${card.title}: ${card.value}${card.unit}`);
 * ```
 */
export function headlineCards(data: ReportData): HeadlineCard[] {
  const rows = data.service.durations.rows;
  const row = (name: string) => rows.find((r) => r.name === name && r.calendar.n > 0);
  const reply = row("firstReply");
  const resolution = row("fullResolution");
  const periodsOf = (name: string) => data.service.durations.periods.find((p) => p.name === name);
  return [
    ...data.scores.map((s) => scoreCard(data, s)),
    ...(reply ? [durationCard(data, "First reply (median)", reply, periodsOf("firstReply"))] : []),
    ...(resolution
      ? [durationCard(data, "Resolution (median)", resolution, periodsOf("fullResolution"))]
      : []),
    ...[slaCard(data), atRiskCard(data)].filter((card) => card !== null),
  ];
}
