import { type CompareOptions, type CsatScale, compareCsat, compareNps } from "@rapport/metrics";
import { checkLevel, expectedMessage, oneOf, proportion } from "@rapport/stats";
import { kaplanMeier } from "./kaplan-meier";
import { logRankTest } from "./log-rank-test";
import { restrictedMeanDifference } from "./restricted-mean-difference";
import {
  type RecoveryAction,
  type RecoveryEpisode,
  type RecoveryRecords,
  recoveryEpisodes,
} from "./service-recovery-episodes";
import { commonScale, groupOf } from "./service-recovery-groups";
import {
  type RecoveryStratum,
  SERVICE_RECOVERY_CAVEAT,
  type ServiceRecovery,
} from "./service-recovery-result";

/**
 * Options for {@link serviceRecovery}.
 *
 * @example
 * ```ts
 * import type { ServiceRecoveryOptions } from "@rapport/churn";
 * const options: ServiceRecoveryOptions = {
 *   asOf: new Date("2024-12-31T00:00:00Z"),
 *   windowDays: 7,
 *   stratifyBy: "tier",
 *   tau: 180,
 * };
 * ```
 */
export interface ServiceRecoveryOptions {
  /** The moment of the data: later records are ignored, customers still there are censored. */
  readonly asOf: Date;
  /** Days after the bad experience within which a recovery action counts. */
  readonly windowDays: number;
  /** Which actions count as recovery (default all: `"followUp"`, `"gesture"`, `"resolution"`). */
  readonly recoveredBy?: readonly RecoveryAction[];
  /** Compare within segments or tiers (the log-rank test is then stratified). */
  readonly stratifyBy?: "segment" | "tier";
  /**
   * Horizon of the restricted mean survival, in days from the window's end; choose it before
   * looking. Default: the shorter of the two groups' longest follow-up.
   */
  readonly tau?: number;
  /** The CSAT scale compared (default: the scale most of the next CSAT answers use). */
  readonly csatScale?: CsatScale;
  /** Confidence level (default 0.95). */
  readonly level?: number;
}

const fmt = (v: number | null | undefined, digits = 1) =>
  v === null || v === undefined ? "n/a" : v.toFixed(digits);

/**
 * Does our service recovery pay? Starts from every customer with a bad experience by `asOf`
 * (their first bad CSAT, NPS detractor answer, or breached service level, passed as data),
 * and splits them by whether a recovery action followed within `windowDays`: a follow-up (an
 * outbound interaction), a care gesture, or the resolution of the case (solved or closed;
 * the experience's own case when it names one). Then it compares the two groups
 *
 * - on retention from the window's end (a landmark: every compared customer had the whole
 *   window, so the recovered do not get credit for the days they had to survive to be
 *   recovered): Kaplan-Meier per group, the log-rank test (stratified with `stratifyBy`) and the
 *   difference in restricted mean survival up to τ days (how many more days of the first τ a
 *   recovered customer stayed, with its interval);
 * - on their next CSAT and NPS (the first answer after the window), by `compareCsat` and
 *   `compareNps` of `@rapport/metrics`.
 *
 * Customers whose window has not closed by `asOf` (`inProgress`) and those who churned inside
 * it (`churnedInWindow`) are counted and left out. With `stratifyBy`, each segment or tier is
 * also compared on its own. The result says plainly that this is observational
 * ({@link SERVICE_RECOVERY_CAVEAT}). An empty group gives `null` tests and comparisons, never
 * `NaN`.
 *
 * @example
 * ```ts
 * import { customerId } from "@rapport/core";
 * import { serviceRecovery } from "@rapport/churn";
 * const id = customerId("cus_1");
 * const result = serviceRecovery(
 *   {
 *     customers: [{ id, churnedAt: new Date("2024-05-01T00:00:00Z") }],
 *     breaches: [{ customerId: id, at: new Date("2024-03-01T00:00:00Z") }],
 *   },
 *   { asOf: new Date("2024-06-01T00:00:00Z"), windowDays: 7 },
 * );
 * result.notRecovered.customers; // 1
 * result.logRank; // null: nobody was recovered, there is nothing to compare
 * ```
 */
export function serviceRecovery(
  records: RecoveryRecords,
  options: ServiceRecoveryOptions,
): ServiceRecovery {
  const fn = "serviceRecovery";
  if (options === null || typeof options !== "object") {
    throw new TypeError(
      expectedMessage(`${fn}: options`, "an options object with asOf and windowDays", options),
    );
  }
  const level = checkLevel(`${fn}: options.level`, options.level ?? 0.95);
  const episodes = recoveryEpisodes(fn, records, options);
  const now = options.asOf.getTime();
  const { windowDays } = options;
  if (
    options.csatScale !== undefined &&
    options.csatScale !== "binary" &&
    options.csatScale !== "five_point"
  ) {
    throw new RangeError(
      expectedMessage(
        `${fn}: options.csatScale`,
        oneOf(["binary", "five_point"]),
        options.csatScale,
      ),
    );
  }
  if (
    options.tau !== undefined &&
    !(typeof options.tau === "number" && Number.isFinite(options.tau) && options.tau > 0)
  ) {
    const message = expectedMessage(`${fn}: options.tau`, "a number of days > 0", options.tau);
    throw typeof options.tau === "number" ? new RangeError(message) : new TypeError(message);
  }
  const compared = episodes.filter((e) => e.status === "compared");
  const scale = options.csatScale ?? commonScale(records, compared, windowDays, now);
  const yes = compared.filter((e) => e.recovered);
  const no = compared.filter((e) => !e.recovered);
  const a = groupOf({ episodes: yes }, records, now, windowDays, scale, level);
  const b = groupOf({ episodes: no }, records, now, windowDays, scale, level);
  const longest = (side: RecoveryEpisode[]) => side.reduce((m, e) => Math.max(m, e.time!), 0);
  const both = yes.length > 0 && no.length > 0;
  const tau = both ? (options.tau ?? Math.min(longest(yes), longest(no))) : null;
  const usableTau = tau !== null && tau > 0 ? tau : null;
  const rmst =
    usableTau === null
      ? null
      : restrictedMeanDifference(a.retention, b.retention, usableTau, { level });
  const strataNames =
    options.stratifyBy === undefined ? [] : [...new Set(compared.map((e) => e.stratum!))].sort();
  const test = (side: RecoveryEpisode[]) =>
    both
      ? logRankTest(
          side.map((e) => e.time!),
          side.map((e) => e.event!),
          side.map((e) => (e.recovered ? "recovered" : "not recovered")),
          options.stratifyBy === undefined ? {} : { strata: side.map((e) => e.stratum!) },
        )
      : null;
  const logRank = both ? test(compared) : null;
  const strata = strataNames.map((stratum): RecoveryStratum => {
    const inside = compared.filter((e) => e.stratum === stratum);
    const r = inside.filter((e) => e.recovered);
    const n = inside.filter((e) => !e.recovered);
    const ok = r.length > 0 && n.length > 0;
    return {
      stratum,
      recovered: r.length,
      notRecovered: n.length,
      logRank: ok
        ? logRankTest(
            inside.map((e) => e.time!),
            inside.map((e) => e.event!),
            inside.map((e) => (e.recovered ? "recovered" : "not recovered")),
          )
        : null,
      rmstDifference:
        ok && usableTau !== null
          ? restrictedMeanDifference(
              kaplanMeier(
                r.map((e) => e.time!),
                r.map((e) => e.event!),
                { level },
              ),
              kaplanMeier(
                n.map((e) => e.time!),
                n.map((e) => e.event!),
                { level },
              ),
              usableTau,
              { level },
            )
          : null,
    };
  });
  const compare: CompareOptions = { level };
  const nextCsat = compareCsat(a.nextCsat, b.nextCsat, compare);
  const nextNps = compareNps(a.nextNps, b.nextNps, compare);
  const recoveryRate = proportion(yes.length, compared.length, { level });
  const summary = [
    `Of ${compared.length} customers with a bad experience whose ${windowDays}-day window had closed, ${yes.length} (${fmt(recoveryRate.value, 0)} %) were recovered.`,
    rmst?.difference != null
      ? `Over the first ${fmt(usableTau, 0)} days after the window, recovered customers stayed ${fmt(rmst.difference)} days ${rmst.difference >= 0 ? "longer" : "shorter"} on average (${Math.round(level * 100)} % interval ${fmt(rmst.interval?.lower)} to ${fmt(rmst.interval?.upper)}; log-rank p = ${fmt(logRank?.pValue, 3)}).`
      : "Retention cannot be compared: one of the groups is empty.",
    `Next CSAT: ${fmt(nextCsat.difference)} points (interval ${fmt(nextCsat.interval?.lower)} to ${fmt(nextCsat.interval?.upper)}); next NPS: ${fmt(nextNps.difference)} (interval ${fmt(nextNps.interval?.lower)} to ${fmt(nextNps.interval?.upper)}).`,
    SERVICE_RECOVERY_CAVEAT,
  ].join(" ");
  return {
    windowDays,
    negative: episodes.length,
    inProgress: episodes.filter((e) => e.status === "in-progress").length,
    churnedInWindow: episodes.filter((e) => e.status === "churned-in-window").length,
    recoveryRate,
    recovered: { ...a, restrictedMean: rmst?.groups[0] ?? null },
    notRecovered: { ...b, restrictedMean: rmst?.groups[1] ?? null },
    logRank,
    rmstDifference: rmst,
    tau: usableTau,
    nextCsat,
    nextNps,
    csatScale: scale,
    strata,
    episodes,
    caveat: SERVICE_RECOVERY_CAVEAT,
    summary,
  };
}
