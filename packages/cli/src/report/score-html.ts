import { chartFigure } from "./chart-figure";
import {
  distributionChartSpec,
  type GroupPoint,
  groupChartSpec,
  trendChartSpec,
} from "./chart-specs";
import { escapeHtml } from "./escape-html";
import { type FigureUnit, fixed, SMALL_SAMPLE, scoreUnit } from "./figure-unit";
import { formatPeriodLabel } from "./format-date";
import { formatChange, formatScore, isSmallSample } from "./format-figure";
import type { ReportData, ScoreSection } from "./report-data";
import type { ReportSectionHtml } from "./report-section";

const TITLES = { nps: "NPS", csat: "CSAT", ces: "Customer effort (CES)" } as const;
const QUESTION = { nps: "an NPS question", csat: "a CSAT rating", ces: "a CES question" } as const;

const num = (v: number | null, unit: FigureUnit) => (v === null ? "–" : fixed(v, unit.digits));
/** The axis title of a score, with its unit: "NPS (points)", "CSAT (%)", "CES (1 to 7)". */
const axisTitle = (s: ScoreSection) =>
  s.metric === "nps"
    ? "NPS (points)"
    : s.metric === "csat"
      ? "CSAT (%)"
      : `CES (${s.domain[0]} to ${s.domain[1]})`;

function groupFigure(
  section: ScoreSection,
  by: string,
  points: readonly GroupPoint[],
  unit: FigureUnit,
) {
  const shown = points.filter((p) => p.value !== null);
  if (shown.length === 0) return [];
  const title = `${section.label} by ${by}`;
  return [
    chartFigure(groupChartSpec(title, shown, section.domain, axisTitle(section)), {
      title,
      caption: `Bars: ${section.label} of each ${by}; lines: its 95 % interval.`,
      table: {
        columns: [by, axisTitle(section), "interval", "n"],
        rows: shown.map((p) => [
          p.group,
          num(p.value, unit),
          p.lower === null ? "–" : `${num(p.lower, unit)} to ${num(p.upper, unit)}`,
          p.n,
        ]),
      },
    }),
  ];
}

async function variantHtml(data: ReportData, section: ScoreSection): Promise<string> {
  const unit = scoreUnit(section.metric, section.domain);
  const period = (label: string) => formatPeriodLabel(label, data.period, data.locale);
  const trendTitle = `${section.label} by ${data.period}`;
  const answersTitle = `${section.label}: answers`;
  const trend = section.trend
    .filter((p) => p.value !== null)
    .map((p) => ({ ...p, period: period(p.period) }));
  const charts = await Promise.all([
    ...(trend.length === 0
      ? []
      : [
          chartFigure(trendChartSpec(trendTitle, trend, section.domain, axisTitle(section)), {
            title: trendTitle,
            caption: `The line is ${section.label} of each ${data.period}; the band its 95 % interval.`,
            table: {
              columns: [data.period, "score", "interval", "n"],
              rows: trend.map((p) => [
                p.period,
                `${num(p.value, unit)}${unit.suffix}`,
                p.lower === null ? "–" : `${num(p.lower, unit)} to ${num(p.upper, unit)}`,
                p.n,
              ]),
            },
          }),
        ]),
    chartFigure(distributionChartSpec(answersTitle, section.distribution, "answer"), {
      title: answersTitle,
      caption: "How the answers spread over the scale.",
      table: {
        columns: ["answer", "answers"],
        rows: section.distribution.map((p) => [p.label, p.count]),
      },
    }),
    ...groupFigure(section, "channel", section.byChannel, unit),
    ...groupFigure(section, "agent", section.byAgent, unit),
  ]);
  const { current, previous } = section;
  const small = isSmallSample(current.n)
    ? ` <span class="flag">small sample: n &lt; ${SMALL_SAMPLE}</span>`
    : "";
  const change =
    previous.n === 0 && section.change === null
      ? ""
      : `; change from ${escapeHtml(period(previous.period))}: ${escapeHtml(formatChange(section.change, unit))}`;
  return `<p>All periods: ${escapeHtml(formatScore(section.overall, unit))}. ${escapeHtml(period(current.period))}: ${escapeHtml(
    formatScore(current, unit, "no answers yet"),
  )}${small}${change}.</p>
<div class="charts">${charts.join("")}</div>`;
}

/**
 * The section of one survey metric (NPS, CSAT or CES): for each scale it was asked on, the
 * overall score, the trend by period, the spread of answers and the score by channel and
 * agent, each with its unit. Left out when no answer of the metric was imported.
 *
 * @example
 * ```ts
 * import { scoreSectionHtml } from "./score-html"; // internal
 * declare const data: import("./report-data").ReportData;
 * const nps = await scoreSectionHtml(data, "nps");
 * ```
 */
export async function scoreSectionHtml(
  data: ReportData,
  metric: ScoreSection["metric"],
): Promise<ReportSectionHtml> {
  const mine = data.scores.filter((s) => s.metric === metric);
  const base = {
    id: metric,
    title: TITLES[metric],
    whenEmpty: `Add survey answers with ${QUESTION[metric]} to see this.`,
  };
  if (mine.length === 0) return { ...base, html: null };
  const parts = await Promise.all(mine.map((s) => variantHtml(data, s)));
  const html =
    mine.length === 1
      ? parts[0]!
      : parts.map((part, i) => `<h3>${escapeHtml(mine[i]!.label)}</h3>${part}`).join("\n");
  return { ...base, html };
}
