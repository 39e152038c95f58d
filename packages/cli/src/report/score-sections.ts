import type { CalendarPeriod, SurveyResponse } from "@rapport/core";
import {
  type CesScore,
  type Comparison,
  type CsatScore,
  compareCes,
  compareCsat,
  compareNps,
  groupScores,
  type MetricName,
  type NpsScore,
  scoreTrend,
} from "@rapport/metrics";
import type { Interval } from "@rapport/stats";
import type { GroupPoint } from "./chart-specs";
import type { ChangeFigure, ScoreFigure, ScoreSection } from "./report-data";

type AnyScore = NpsScore | CsatScore | CesScore;

interface Variant {
  readonly metric: MetricName;
  readonly scale: string | undefined;
  readonly label: string;
  readonly domain: readonly [number, number];
  /** The answers that can be given, in order, for the distribution chart. */
  readonly answers: readonly (string | number)[];
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);
const VARIANTS: readonly Variant[] = [
  { metric: "nps", scale: undefined, label: "NPS", domain: [-100, 100], answers: range(0, 10) },
  {
    metric: "csat",
    scale: "binary",
    label: "CSAT (good/bad)",
    domain: [0, 100],
    answers: ["good", "bad"],
  },
  {
    metric: "csat",
    scale: "five_point",
    label: "CSAT (1-5)",
    domain: [0, 100],
    answers: range(1, 5),
  },
  { metric: "ces", scale: "seven_point", label: "CES (1-7)", domain: [1, 7], answers: range(1, 7) },
  { metric: "ces", scale: "five_point", label: "CES (1-5)", domain: [1, 5], answers: range(1, 5) },
];

const scaleOf = (response: SurveyResponse) => ("scale" in response ? response.scale : undefined);

function figure(score: AnyScore): ScoreFigure {
  const interval: Interval | null = score.interval;
  return {
    value: score.value,
    n: score.n,
    lower: interval?.lower ?? null,
    upper: interval?.upper ?? null,
    method: interval?.method ?? null,
  };
}

function change(comparison: Comparison): ChangeFigure {
  return {
    difference: comparison.difference,
    lower: comparison.interval?.lower ?? null,
    upper: comparison.interval?.upper ?? null,
    pValue: comparison.pValue,
    significant: comparison.significant,
  };
}

function compare(metric: MetricName, current: AnyScore, previous: AnyScore): Comparison {
  if (metric === "nps") return compareNps(current as NpsScore, previous as NpsScore);
  if (metric === "csat") return compareCsat(current as CsatScore, previous as CsatScore);
  return compareCes(current as CesScore, previous as CesScore);
}

function groups(
  responses: SurveyResponse[],
  key: "channel" | "agentId",
  variant: Variant,
): GroupPoint[] {
  const options = variant.scale ? { scale: variant.scale as never } : {};
  return groupScores(responses, key, variant.metric, options)
    .groups.filter((group) => group.key !== null)
    .map((group) => ({ group: group.key as string, ...figure(group.score) }))
    .sort((a, b) => b.n - a.n)
    .slice(0, 15);
}

/**
 * One report section per metric and scale that has answers: overall score, the trend by period
 * in the time zone, the period containing `asOf` against the one before, the distribution, and
 * the score by channel and by agent.
 */
export function scoreSections(
  responses: readonly SurveyResponse[],
  options: { readonly asOf: Date; readonly timeZone: string; readonly period: CalendarPeriod },
): ScoreSection[] {
  const sections: ScoreSection[] = [];
  for (const variant of VARIANTS) {
    const mine = responses.filter(
      (r) => r.kind === variant.metric && scaleOf(r) === (variant.scale ?? scaleOf(r)),
    );
    if (mine.length === 0) continue;
    const scaleOption = variant.scale ? { scale: variant.scale as never } : {};
    const trend = scoreTrend(mine, {
      metric: variant.metric,
      period: options.period,
      timeZone: options.timeZone,
      to: options.asOf,
      ...scaleOption,
    });
    const buckets = trend.buckets;
    const overall = groupScores(mine, () => "all", variant.metric, scaleOption).groups[0]?.score;
    const current = buckets.at(-1);
    const previous = buckets.at(-2);
    if (!overall || !current) continue;
    const counts = new Map<string, number>(variant.answers.map((answer) => [String(answer), 0]));
    for (const response of mine) {
      const key = String(response.score);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const empty = { value: null, n: 0, lower: null, upper: null, method: null };
    sections.push({
      metric: variant.metric,
      label: variant.label,
      domain: variant.domain,
      overall: figure(overall),
      current: { period: current.label, ...figure(current.score) },
      previous: previous
        ? { period: previous.label, ...figure(previous.score) }
        : { period: "–", ...empty },
      change: previous ? change(compare(variant.metric, current.score, previous.score)) : null,
      trend: buckets.map((bucket) => {
        const f = figure(bucket.score);
        return { period: bucket.label, value: f.value, lower: f.lower, upper: f.upper, n: f.n };
      }),
      distribution: [...counts].map(([label, count]) => ({ label, count })),
      byChannel: groups(mine, "channel", variant),
      byAgent: groups(mine, "agentId", variant),
    });
  }
  return sections;
}
