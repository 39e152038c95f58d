import { chartFigure } from "./chart-figure";
import { escapeHtml } from "./escape-html";
import type { ReportSectionHtml } from "./report-section";
import type { EstimateFigure } from "./section-figures";
import { figureCell, formatPercent } from "./section-format";
import { survivalChartSpec } from "./survival-chart-specs";
import type { RecoveryFigure, RecoveryGroupFigure, SurvivalSection } from "./survival-data";

const pct = (share: number) => `${(share * 100).toFixed(1)} %`;
const days = (d: number | null) => (d === null ? "not reached" : `${d.toFixed(0)} days`);

function medianText(median: EstimateFigure): string {
  if (median.value === null) {
    return "More than half of the customers are still there at the end of follow-up: the median is not reached yet.";
  }
  return `Median survival ${days(median.value)} (95 % interval ${days(median.lower)} to ${days(median.upper)}, Brookmeyer-Crowley).`;
}

async function survivalPart(survival: NonNullable<SurvivalSection["survival"]>): Promise<string> {
  const title = "Customers still there, by days since their first purchase";
  const chart = await chartFigure(survivalChartSpec(title, survival.steps, survival.followUpDays), {
    title,
    caption:
      "Kaplan-Meier estimate (line) with its pointwise 95 % interval (band, log-log), one step per day on which customers churned.",
    table: {
      columns: ["day", "followed", "churned", "still there", "95 % interval"],
      rows: [
        [0, survival.customers, 0, "100.0 %", "–"],
        ...survival.steps.map((s) => [
          s.days,
          s.atRisk,
          s.churned,
          pct(s.survival),
          `${pct(s.lower)} to ${pct(s.upper)}`,
        ]),
      ],
    },
  });
  const horizons = survival.at
    .map((a) => `${a.days} days: ${pct(a.survival)} (${pct(a.lower)} to ${pct(a.upper)})`)
    .join("; ");
  return `<h3>Customer survival</h3>
<p>${survival.customers} customers followed from their first purchase to their first churn or to the report's moment (up to ${survival.followUpDays} days); ${survival.churned} churned. ${escapeHtml(medianText(survival.median))}${horizons === "" ? "" : ` Still there after ${escapeHtml(horizons)}.`}</p>
<div class="charts">${chart}</div>`;
}

function groupRow(label: string, g: RecoveryGroupFigure): string {
  return `<tr><th scope="row">${label}</th><td>${g.customers}</td><td>${g.churned}</td>${figureCell(formatPercent(g.stayed))}${figureCell(
    formatPercent(g.nextCsat),
  )}</tr>`;
}

function recoveryPart(r: RecoveryFigure): string {
  const left = [
    r.inProgress > 0 ? `${r.inProgress} still inside their window` : "",
    r.churnedInWindow > 0 ? `${r.churnedInWindow} churned inside it` : "",
  ].filter((s) => s !== "");
  const rmst = r.rmstDifference;
  const comparison =
    rmst === null || rmst.value === null
      ? "One group is empty: there is nothing to compare."
      : `Recovered customers stayed ${Math.abs(rmst.value).toFixed(1)} days ${rmst.value >= 0 ? "longer" : "less long"} on average within the first ${r.tau?.toFixed(0)} days after the window${
          rmst.lower !== null && rmst.upper !== null
            ? ` (difference ${rmst.value.toFixed(1)} days, 95 % interval ${rmst.lower.toFixed(1)} to ${rmst.upper.toFixed(1)})`
            : ""
        }${r.logRankP === null ? "" : `; log-rank p = ${r.logRankP < 0.001 ? "< 0.001" : r.logRankP.toFixed(2)}`}.`;
  return `<h3>Service recovery</h3>
<p>${r.negative} customers had a bad rating (a bad CSAT or an NPS detractor answer)${left.length > 0 ? `; ${escapeHtml(left.join(", "))}, left out` : ""}. Recovered within ${r.windowDays} days (a follow-up, a gesture or their case solved): ${escapeHtml(formatPercent(r.recoveryRate))}.</p>
<div class="scroll" tabindex="0"><table><caption class="muted">After a bad rating: recovered or not</caption><thead><tr><th scope="col">group</th><th scope="col">customers</th><th scope="col">churned since</th><th scope="col">stayed</th><th scope="col">next CSAT</th></tr></thead><tbody>${groupRow("recovered", r.recovered)}${groupRow("not recovered", r.notRecovered)}</tbody></table></div>
<p>${escapeHtml(comparison)}</p>
<p class="muted">${escapeHtml(r.caveat)}</p>`;
}

/**
 * The "Survival and recovery" section of the HTML report: the Kaplan-Meier step chart with its
 * data table and median, and the service-recovery comparison. Left out without purchases or
 * bad ratings.
 *
 * @example
 * ```ts
 * import { survivalHtml } from "./survival-html"; // internal
 * const section = await survivalHtml(null);
 * section.html; // null
 * ```
 */
export async function survivalHtml(section: SurvivalSection | null): Promise<ReportSectionHtml> {
  const base = {
    id: "survival-and-recovery",
    title: "Survival and recovery",
    whenEmpty:
      "Import journey events with purchases and cancellations, or CSAT and NPS answers, to see how long customers stay and whether recovery after a bad rating pays.",
  };
  if (section === null) return { ...base, html: null };
  const html = `${section.survival === null ? "" : await survivalPart(section.survival)}
${section.recovery === null ? "" : recoveryPart(section.recovery)}`;
  return { ...base, html };
}
