import type { CalendarPeriod } from "@rapport/core";
import { escapeHtml } from "./escape-html";
import { formatPeriodLabel } from "./format-date";
import type { ReportSectionHtml } from "./report-section";
import type { VoiceDrivers, VoiceSection, VoiceShare } from "./voice-data";

const LABELS: Record<string, string> = {
  promptness: "prompt first reply",
  effort: "few customer messages",
  reopenings: "no reopening",
};
const percent = (s: VoiceShare) =>
  s.value === null
    ? "–"
    : `${s.value.toFixed(1)} %${s.lower === null ? "" : ` (${s.lower.toFixed(1)}–${s.upper?.toFixed(1)})`} of ${s.n}`;

function driversTable(d: VoiceDrivers): string {
  const rows = d.drivers
    .map(
      (x) =>
        `<tr><td>${escapeHtml(LABELS[x.driver] ?? x.driver)}</td><td>${x.percent.toFixed(0)} %</td><td>${x.lmg.toFixed(3)}${x.lower === null ? "" : ` (${x.lower.toFixed(3)}–${x.upper?.toFixed(3)})`}</td><td>${x.relativeWeight.toFixed(3)}</td><td>${escapeHtml(x.kind ?? "–")}</td></tr>`,
    )
    .join("");
  const r2 = `R² ${d.rSquared.toFixed(2)}${d.rSquaredLower === null ? "" : ` (${d.rSquaredLower.toFixed(2)}–${d.rSquaredUpper?.toFixed(2)})`}`;
  return `<h3>Drivers of ${escapeHtml(d.score.toUpperCase())} (${escapeHtml(d.from)}, ${d.n} answers, ${r2})</h3><div class="scroll" tabindex="0"><table><tr><th>driver</th><th>share of R²</th><th>LMG (95 % bootstrap)</th><th>relative weight</th><th>kind</th></tr>${rows}</table></div>`;
}

/**
 * The "Why they stay, why they call" section of the HTML report: the top contact reasons with
 * their trend and consequences, the drivers of NPS and CSAT with intervals, and sentiment by
 * channel.
 *
 * @example
 * ```ts
 * import { voiceHtml } from "./voice-html"; // internal
 * declare const section: import("./voice-data").VoiceSection;
 * const html = voiceHtml(section);
 * ```
 */
export function voiceHtml(
  section: VoiceSection | null,
  style: { readonly period: CalendarPeriod; readonly locale: string } = {
    period: "month",
    locale: "en-GB",
  },
): ReportSectionHtml {
  const base = {
    id: "voice",
    title: "Why they stay, why they call",
    whenEmpty: "Add cases with tags or subjects, or survey answers with comments, to see this.",
  };
  if (section === null) return { ...base, html: null };
  const periods = section.periods
    .map((p) => `<th>${escapeHtml(formatPeriodLabel(p, style.period, style.locale))}</th>`)
    .join("");
  const reasons = section.reasons
    .map((r) => {
      const d = r.reopenedDifference;
      const diff =
        d === null
          ? "–"
          : `${d.value >= 0 ? "+" : ""}${d.value.toFixed(1)} pp (${d.lower.toFixed(1)}–${d.upper.toFixed(1)})`;
      const trend = r.trend
        .map((v) => `<td>${v === null ? "–" : `${v.toFixed(0)} %`}</td>`)
        .join("");
      return `<tr><td>${escapeHtml(r.reason)}</td><td>${escapeHtml(percent(r.share))}</td><td>${escapeHtml(percent(r.reopened))}</td><td>${escapeHtml(diff)}</td><td>${escapeHtml(percent(r.lowSatisfaction))}</td>${trend}</tr>`;
    })
    .join("");
  const sentiment = section.sentiment
    .map(
      (s) =>
        `<tr><td>${escapeHtml(s.channel)}</td><td>${s.texts}</td><td>${s.meanCompound.toFixed(2)}</td><td>${escapeHtml(percent(s.negative))}</td></tr>`,
    )
    .join("");
  const html = `${section.reasons.length > 0 ? `<h3>Top contact reasons (from the cases' ${escapeHtml(section.reasonsFrom)})</h3><div class="scroll" tabindex="0"><table><tr><th>reason</th><th>share of cases</th><th>reopened</th><th>reopened vs the rest</th><th>rated badly</th>${periods}</tr>${reasons}</table></div><p class="muted">A reason drives repeat contacts when its interval against the rest lies above 0.</p>` : ""}
${section.drivers.map(driversTable).join("\n")}
${section.sentiment.length > 0 ? `<h3>Sentiment by channel (VADER compound, −1..1)</h3><div class="scroll" tabindex="0"><table><tr><th>channel</th><th>texts</th><th>mean</th><th>negative (≤ −0.05)</th></tr>${sentiment}</table></div>` : ""}`;
  return { ...base, html };
}
