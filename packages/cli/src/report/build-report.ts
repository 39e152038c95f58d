import { churnRisk, churnSignals } from "@rapport/churn";
import type { CalendarPeriod, CustomerId } from "@rapport/core";
import { defaultLifecycle, effortIndex, funnel, journeyTimelines } from "@rapport/journeys";
import {
  type DurationSummary,
  firstReplyTimes,
  oneTouchResolutionRate,
  reopenRate,
  resolutionTimes,
} from "@rapport/metrics";
import type { Schedule, SlaPolicy } from "@rapport/service-levels";
import type { ImportLists } from "@rapport/source-kit";
import { expectedMessage, type Proportion } from "@rapport/stats";
import type { ImportedFile } from "../read-exports";
import { agentsSection } from "./agents-section";
import { consentSection } from "./consent-section";
import { groupByCustomer } from "./group-by-customer";
import type { IdentitySection } from "./identity-data";
import { readableId } from "./readable-id";
import type {
  AtRiskCustomer,
  DurationFigure,
  ReportData,
  ReportProblem,
  ScoreFigure,
} from "./report-data";
import { requestsSection } from "./requests-section";
import { scoreSections } from "./score-sections";
import { serviceDurationPeriods } from "./service-duration-periods";
import { serviceDurationsSection } from "./service-durations-section";
import { slaSection } from "./sla-section";
import { survivalSection } from "./survival-section";
import { voiceSection } from "./voice-section";

/**
 * Options of {@link buildReport}.
 *
 * @example
 * ```ts
 * import type { BuildReportOptions } from "@rapport/cli";
 * const options: BuildReportOptions = { asOf: new Date("2024-06-30T23:59:59Z"), timeZone: "UTC", period: "month", title: "Care" };
 * ```
 */
export interface BuildReportOptions {
  readonly asOf: Date;
  readonly timeZone: string;
  /** The calendar period of trends (core's `CALENDAR_PERIODS`). */
  readonly period: CalendarPeriod;
  readonly title: string;
  /** The business calendar of business-time figures; omitted or null for calendar time only. */
  readonly schedule?: Schedule | null;
  /** SLA policies, first match applying; omitted or empty for no SLA section. */
  readonly policies?: readonly SlaPolicy[];
  /** The "One customer, many systems" section, from `resolveCustomers`; omitted for none. */
  readonly identity?: IdentitySection | null;
  /** The BCP 47 locale the report writes dates and periods in; default `"en-GB"`. */
  readonly locale?: string;
}

function checkLocale(locale: string | undefined): string {
  if (locale === undefined) return "en-GB";
  const where = "buildReport: options.locale";
  const expected = 'a BCP 47 language tag such as "en-GB"';
  if (typeof locale !== "string") throw new TypeError(expectedMessage(where, expected, locale));
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? "en-GB";
  } catch {
    throw new RangeError(expectedMessage(where, expected, locale));
  }
}

const HOUR_MS = 3_600_000;
// The default lifecycle from the first stage a shop sees to the one it hopes for.
const FUNNEL_STAGES = [
  "awareness",
  "consideration",
  "purchase",
  "onboarding",
  "adoption",
  "retention",
  "advocacy",
];

function hours(summary: DurationSummary): DurationFigure {
  const h = (ms: number | null) => (ms === null ? null : ms / HOUR_MS);
  return {
    n: summary.n,
    medianHours: h(summary.median),
    meanHours: h(summary.mean),
    p90Hours: h(summary.p90),
  };
}

function proportion(score: Proportion): ScoreFigure {
  return {
    value: score.value,
    n: score.n,
    lower: score.interval?.lower ?? null,
    upper: score.interval?.upper ?? null,
    method: score.interval?.method ?? null,
  };
}

const DUPLICATE_REASON = "the same record was already imported (a re-sent page or a repeated file)";

function ignoredOf(files: readonly ImportedFile[]): ReportProblem[] {
  return files.flatMap(({ file, result }) =>
    result.report.records
      .filter((record) => record.status === "ignored" || record.status === "duplicate")
      .map((record) => ({
        file,
        entity: record.entity,
        sourceId: record.sourceId,
        field: record.field ?? null,
        reason: record.reason ?? (record.status === "duplicate" ? DUPLICATE_REASON : "ignored"),
      })),
  );
}

function problemsOf(files: readonly ImportedFile[]): ReportProblem[] {
  return files.flatMap(({ file, result }) =>
    result.report.records
      .filter((record) => record.status === "rejected")
      .map((record) => ({
        file,
        entity: record.entity,
        sourceId: record.sourceId,
        field: record.field ?? null,
        reason: record.reason ?? "rejected",
      })),
  );
}

/**
 * Computes every figure of the report from imported records: survey scores with intervals,
 * trends and change, service times, SLA attainment and breaches (with policies), the customers most at risk with their reasons, the journey
 * funnel and the effort index. Pure: the same records and options give the same report.
 *
 * @example
 * ```ts
 * import { buildReport, mergeImports, readExports } from "@rapport/cli";
 *
 * const asOf = new Date("2024-07-01T00:00:00Z");
 * const files = await readExports({ files: ["export.json"], source: null, csvKind: null, quiet: true }, { asOf });
 * const report = buildReport(mergeImports(files), files, {
 *   asOf, timeZone: "Europe/Berlin", period: "month", title: "Care report",
 * });
 * ```
 */
export function buildReport(
  lists: ImportLists,
  files: readonly ImportedFile[],
  options: BuildReportOptions,
): ReportData {
  const { asOf, timeZone, period } = options;
  const locale = checkLocale(options.locale);
  const schedule = options.schedule ?? null;
  const policies = options.policies ?? [];
  const byCustomer = groupByCustomer(lists);
  // Names wherever the data has one: customers, and agents (an admin may open tickets too).
  const names = new Map<string, string | null>(lists.agents.map((a) => [a.id as string, a.name]));
  for (const c of lists.customers) names.set(c.id, c.name ?? names.get(c.id) ?? null);
  const agentNames = new Map(lists.agents.map((a) => [a.id as string, a.name]));

  const risks: AtRiskCustomer[] = [];
  const effort: number[] = [];
  for (const [id, sources] of byCustomer) {
    const customerId = id as CustomerId;
    const risk = churnRisk(churnSignals(customerId, sources, { asOf }));
    const reasons = [...risk.contributions]
      .filter((c) => c.points > 0)
      .sort((a, b) => b.points - a.points)
      .slice(0, 3)
      .map((c) => c.reason);
    risks.push({
      customerId: id,
      name: names.get(id) ?? null,
      score: risk.score,
      band: risk.band,
      reasons,
    });
    const cases = [...(sources.cases ?? [])];
    if (cases.length > 0) {
      const value = effortIndex(customerId, {
        interactions: [...(sources.interactions ?? [])],
        cases,
        asOf,
      }).value;
      if (value !== null) effort.push(value);
    }
  }
  risks.sort((a, b) => b.score - a.score || a.customerId.localeCompare(b.customerId));
  const bands: Record<string, number> = { low: 0, medium: 0, high: 0 };
  for (const risk of risks) bands[risk.band] = (bands[risk.band] ?? 0) + 1;

  const timelines = journeyTimelines(defaultLifecycle, lists.journeyEvents, { asOf });
  const steps =
    lists.journeyEvents.length > 0
      ? funnel(defaultLifecycle, timelines, { stages: FUNNEL_STAGES, asOf }).steps
      : [];

  return {
    title: options.title,
    asOf: asOf.toISOString(),
    timeZone,
    locale,
    period,
    inputs: files.map(({ file, files: group, source, result }) => ({
      file,
      files: group,
      source,
      accepted: result.report.accepted,
      rejected: result.report.rejected,
      duplicates: result.report.duplicates,
      ignored: result.report.ignored,
    })),
    problems: problemsOf(files),
    ignored: ignoredOf(files),
    identity: options.identity ?? null,
    totals: {
      customers: byCustomer.size,
      agents: lists.agents.length,
      cases: lists.cases.length,
      interactions: lists.interactions.length,
      responses: lists.surveyResponses.length,
      journeyEvents: lists.journeyEvents.length,
    },
    scores: scoreSections(lists.surveyResponses, { asOf, timeZone, period }).map((section) => ({
      ...section,
      byAgent: section.byAgent.map((g) => ({
        ...g,
        group: agentNames.get(g.group) ?? readableId(g.group),
      })),
    })),
    service: {
      firstReply: hours(firstReplyTimes(lists.cases)),
      resolution: hours(resolutionTimes(lists.cases)),
      reopenRate: proportion(reopenRate(lists.cases)),
      oneTouchResolutionRate: proportion(
        oneTouchResolutionRate(lists.cases, { interactions: lists.interactions }),
      ),
      durations: {
        ...serviceDurationsSection(lists, { schedule }),
        periods: serviceDurationPeriods(lists, { asOf, timeZone, period }),
      },
    },
    sla:
      policies.length === 0
        ? null
        : slaSection(lists, { policies, schedule, asOf, timeZone, period }),
    voice: voiceSection(lists, { timeZone, period }),
    agents: agentsSection(lists),
    consent: consentSection({ ...lists, customers: byCustomer.keys() }, { asOf, timeZone, period }),
    requests: requestsSection(lists.dataSubjectRequests, { asOf, timeZone, period }),
    survival: survivalSection(lists, { asOf }),
    churn: { atRisk: risks.slice(0, 10), scores: risks.map((r) => r.score), bands },
    journey: {
      funnel: steps.map((step) => ({
        stage: step.stage,
        reached: step.reached,
        conversionFromFirst: step.fromFirst.value,
      })),
    },
    effort: {
      n: effort.length,
      mean: effort.length === 0 ? null : effort.reduce((a, b) => a + b, 0) / effort.length,
      perCustomer: effort,
    },
  };
}
