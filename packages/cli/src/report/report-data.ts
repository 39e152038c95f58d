import type { CalendarPeriod } from "@rapport/core";
import type { AgentsSection } from "./agents-data";
import type { CountPoint, GroupPoint, TrendPoint } from "./chart-specs";
import type { ConsentSection } from "./consent-data";
import type { IdentitySection } from "./identity-data";
import type { RequestsSection } from "./requests-data";
import type { ServiceDurationsSection } from "./service-data";
import type { SlaSection } from "./sla-data";
import type { SurvivalSection } from "./survival-data";
import type { VoiceSection } from "./voice-data";

/**
 * A score as the report shows it: value, sample size and interval, flat and JSON-ready.
 *
 * @example
 * ```ts
 * import type { ScoreFigure } from "@rapport/cli";
 * const figure: ScoreFigure = { value: 31.2, n: 96, lower: 16.4, upper: 44.9, method: "adjusted-wald" };
 * ```
 */
export interface ScoreFigure {
  readonly value: number | null;
  readonly n: number;
  readonly lower: number | null;
  readonly upper: number | null;
  /** How the interval was computed; null when there is none. */
  readonly method: string | null;
}

/**
 * The change of a score from the previous period to the current one.
 *
 * @example
 * ```ts
 * import type { ChangeFigure } from "@rapport/cli";
 * const change: ChangeFigure = { difference: 6.5, lower: -4, upper: 17, pValue: 0.22, significant: false };
 * ```
 */
export interface ChangeFigure {
  readonly difference: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly pValue: number | null;
  readonly significant: boolean;
}

/**
 * Every figure of one survey metric in the report.
 *
 * @example
 * ```ts
 * import type { ScoreSection } from "@rapport/cli";
 * const headline = (s: ScoreSection) => `${s.label}: ${s.overall.value} (n=${s.overall.n})`;
 * ```
 */
export interface ScoreSection {
  readonly metric: "nps" | "csat" | "ces";
  /** How the metric is shown, e.g. "NPS" or "CSAT (binary)". */
  readonly label: string;
  /** The scale of `value`, for charts: NPS −100..100, CSAT 0..100, CES 1..7 or 1..5. */
  readonly domain: readonly [number, number];
  readonly overall: ScoreFigure;
  /** The period that contains `asOf`, and the one before it. */
  readonly current: ScoreFigure & { readonly period: string };
  readonly previous: ScoreFigure & { readonly period: string };
  readonly change: ChangeFigure | null;
  readonly trend: readonly TrendPoint[];
  readonly distribution: readonly CountPoint[];
  readonly byChannel: readonly GroupPoint[];
  readonly byAgent: readonly GroupPoint[];
}

/**
 * A duration statistic in hours.
 *
 * @example
 * ```ts
 * import type { DurationFigure } from "@rapport/cli";
 * const firstReply: DurationFigure = { n: 120, medianHours: 2.5, meanHours: 6.1, p90Hours: 18 };
 * ```
 */
export interface DurationFigure {
  readonly n: number;
  readonly medianHours: number | null;
  readonly meanHours: number | null;
  readonly p90Hours: number | null;
}

/**
 * One customer at risk of leaving, with the reasons a person can read.
 *
 * @example
 * ```ts
 * import type { AtRiskCustomer } from "@rapport/cli";
 * const line = (c: AtRiskCustomer) => `${c.name ?? c.customerId}: ${Math.round(c.score * 100)}% (${c.reasons[0]})`;
 * ```
 */
export interface AtRiskCustomer {
  readonly customerId: string;
  readonly name: string | null;
  readonly score: number;
  readonly band: string;
  readonly reasons: readonly string[];
}

/**
 * One input record that was not imported, located for the person who must fix it.
 *
 * @example
 * ```ts
 * import type { ReportProblem } from "@rapport/cli";
 * const line = (p: ReportProblem) => `${p.file}: ${p.entity} ${p.sourceId}: ${p.field}: ${p.reason}`;
 * ```
 */
export interface ReportProblem {
  readonly file: string;
  readonly entity: string;
  readonly sourceId: string | null;
  readonly field: string | null;
  readonly reason: string;
}

/**
 * Every figure of a report: what `--json` writes, and what the terminal summary and the HTML
 * report are made from.
 *
 * @example
 * ```ts
 * import type { ReportData } from "@rapport/cli";
 * const nps = (report: ReportData) => report.scores.find((s) => s.metric === "nps")?.overall.value;
 * ```
 */
export interface ReportData {
  readonly title: string;
  readonly asOf: string;
  readonly timeZone: string;
  /** The BCP 47 locale dates and periods are written in, e.g. "en-GB". */
  readonly locale: string;
  readonly period: CalendarPeriod;
  readonly inputs: ReadonlyArray<{
    readonly file: string;
    /** The files imported in one call (the JSON files of one system). */
    readonly files: readonly string[];
    readonly source: string;
    readonly accepted: number;
    readonly rejected: number;
    readonly duplicates: number;
    readonly ignored: number;
  }>;
  readonly problems: readonly ReportProblem[];
  /** Every record an import left out on purpose (ignored, or a duplicate), with the reason. */
  readonly ignored: readonly ReportProblem[];
  /** One customer, many systems: how the customer records were resolved; null when not run. */
  readonly identity: IdentitySection | null;
  readonly totals: {
    readonly customers: number;
    readonly agents: number;
    readonly cases: number;
    readonly interactions: number;
    readonly responses: number;
    readonly journeyEvents: number;
  };
  readonly scores: readonly ScoreSection[];
  readonly service: {
    readonly firstReply: DurationFigure;
    readonly resolution: DurationFigure;
    readonly reopenRate: ScoreFigure;
    readonly oneTouchResolutionRate: ScoreFigure;
    /** Every service duration in calendar and business time, overall and per team and channel. */
    readonly durations: ServiceDurationsSection;
  };
  /** Service levels against the SLA policies given, or null when there are none. */
  readonly sla: SlaSection | null;
  /** Why they stay, why they call: contact reasons, drivers, sentiment; null without data. */
  readonly voice: VoiceSection | null;
  /**
   * Agents and teams: cases, CSAT, median first reply and resolution per agent and per team,
   * each with its n and interval; null when no case is assigned and no answer rates anyone.
   */
  readonly agents: AgentsSection | null;
  /**
   * Consent and privacy: per purpose, the share of customers who may be contacted at `asOf`,
   * the period's withdrawals, restrictions and objections (counts only); null without consent
   * records.
   */
  readonly consent: ConsentSection | null;
  /**
   * Data-subject requests, shown in the consent and privacy section: open and overdue by
   * right, the oldest open one's age, the period's completions with the median days to
   * complete (counts only); null without requests.
   */
  readonly requests: RequestsSection | null;
  /**
   * Survival and recovery: Kaplan-Meier of time from first purchase to churn with the median,
   * and service recovery after a bad rating; null without purchases or bad ratings.
   */
  readonly survival: SurvivalSection | null;
  readonly churn: {
    readonly atRisk: readonly AtRiskCustomer[];
    readonly scores: readonly number[];
    readonly bands: Readonly<Record<string, number>>;
  };
  readonly journey: {
    readonly funnel: ReadonlyArray<{
      readonly stage: string;
      readonly reached: number;
      /** Share of the first step's customers that reached this one, in percent (0..100). */
      readonly conversionFromFirst: number | null;
    }>;
  };
  readonly effort: {
    readonly n: number;
    readonly mean: number | null;
    readonly perCustomer: readonly number[];
  };
}
