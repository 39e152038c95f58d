import { chartFigure } from "./chart-figure";
import {
  distributionChartSpec,
  type GroupPoint,
  groupChartSpec,
  trendChartSpec,
} from "./chart-specs";
import { escapeHtml } from "./escape-html";
import { formatChange, formatScore } from "./format-figure";
import type { ReportData, ScoreSection } from "./report-data";
import type { ReportSectionHtml } from "./report-section";

const TITLES = { nps: "NPS", csat: "CSAT", ces: "Customer effort (CES)" } as const;
const QUESTION = { nps: "an NPS question", csat: "a CSAT rating", ces: "a CES question" } as const;

const fixed = (v: number | null) => (v === null ? "–" : v.toFixed(1));

function groupFigure(section: ScoreSection, by: string, points: readonly GroupPoint[]) {
  const shown = points.filter((p) => p.value !== null);
  if (shown.length === 0) return [];
  const title = `${section.label} by ${by}`;
  return [
    chartFigure(groupChartSpec(title, shown, section.domain), {
      title,
      caption: "Bars: score; lines: interval.",
      table: {
        columns: [by, "score", "lower", "upper", "n"],
        rows: shown.map((p) => [p.group, fixed(p.value), fixed(p.lower), fixed(p.upper), p.n]),
      },
    }),
  ];
}

async function variantHtml(section: ScoreSection): Promise<string> {
  const trendTitle = `${section.label} by period`;
  const answersTitle = `${section.label}: answers`;
  const trend = section.trend.filter((p) => p.value !== null);
  const charts = await Promise.all([
    ...(trend.length === 0
      ? []
      : [
          chartFigure(trendChartSpec(trendTitle, section.trend, section.domain), {
            title: trendTitle,
            caption: "The line is the score of each period; the band its interval.",
            table: {
              columns: ["period", "score", "lower", "upper", "n"],
              rows: trend.map((p) => [
                p.period,
                fixed(p.value),
                fixed(p.lower),
                fixed(p.upper),
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
    ...groupFigure(section, "channel", section.byChannel),
    ...groupFigure(section, "agent", section.byAgent),
  ]);
  return `<p>Overall ${escapeHtml(formatScore(section.overall))}; ${escapeHtml(section.current.period)}: ${escapeHtml(
    formatScore(section.current),
  )}; change from ${escapeHtml(section.previous.period)}: ${escapeHtml(formatChange(section.change))}.</p>
<div class="charts">${charts.join("")}</div>`;
}

/**
 * The section of one survey metric (NPS, CSAT or CES): for each scale it was asked on, the
 * overall score, the trend by period, the spread of answers and the score by channel and
 * agent. Left out when no answer of the metric was imported.
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
  const parts = await Promise.all(mine.map(variantHtml));
  const html =
    mine.length === 1
      ? parts[0]!
      : parts.map((part, i) => `<h3>${escapeHtml(mine[i]!.label)}</h3>${part}`).join("\n");
  return { ...base, html };
}
