import { type CsatScale, csat, nps } from "@rapport/metrics";
import { kaplanMeier } from "./kaplan-meier";
import type { RecoveryEpisode, RecoveryRecords } from "./service-recovery-episodes";
import type { RecoveryGroup } from "./service-recovery-result";

const DAY = 86_400_000;

/** One side's retention curve and next answers (the restricted mean is added later). Internal. */
export function groupOf(
  side: { readonly episodes: RecoveryEpisode[] },
  records: RecoveryRecords,
  now: number,
  windowDays: number,
  scale: CsatScale,
  level: number,
): Omit<RecoveryGroup, "restrictedMean"> {
  const durations = side.episodes.map((e) => e.time!);
  const observed = side.episodes.map((e) => e.event!);
  const ids = new Map(
    side.episodes.map((e) => [e.customerId as string, e.experienceAt.getTime() + windowDays * DAY]),
  );
  const firstCsat = new Map<string, { at: number; score: unknown }>();
  const firstNps = new Map<string, { at: number; score: number }>();
  for (const r of records.surveyResponses ?? []) {
    const from = ids.get(r.customerId);
    const at = r.respondedAt.getTime();
    if (from === undefined || at <= from || at > now) continue;
    if (r.kind === "csat" && r.scale === scale) {
      const seen = firstCsat.get(r.customerId);
      if (!seen || at < seen.at) firstCsat.set(r.customerId, { at, score: r.score });
    } else if (r.kind === "nps") {
      const seen = firstNps.get(r.customerId);
      if (!seen || at < seen.at) firstNps.set(r.customerId, { at, score: r.score });
    }
  }
  return {
    customers: side.episodes.length,
    churned: observed.filter(Boolean).length,
    retention: kaplanMeier(durations, observed, { level }),
    nextCsat: csat([...firstCsat.values()].map((v) => v.score) as never[], { scale, level }),
    nextNps: nps(
      [...firstNps.values()].map((v) => v.score),
      { level },
    ),
  };
}

/** The CSAT scale most of the compared customers' next answers use (binary on a tie). Internal. */
export function commonScale(
  records: RecoveryRecords,
  compared: RecoveryEpisode[],
  windowDays: number,
  now: number,
): CsatScale {
  const start = new Map(
    compared.map((e) => [e.customerId as string, e.experienceAt.getTime() + windowDays * DAY]),
  );
  let binary = 0;
  let fivePoint = 0;
  for (const r of records.surveyResponses ?? []) {
    const from = start.get(r.customerId);
    const at = r.respondedAt.getTime();
    if (r.kind !== "csat" || from === undefined || at <= from || at > now) continue;
    if (r.scale === "binary") binary++;
    else fivePoint++;
  }
  return fivePoint > binary ? "five_point" : "binary";
}
