import {
  type Agent,
  type CalendarPeriod,
  type Case,
  type Interaction,
  periodBounds,
  periodLabel,
} from "@rapport/core";
import { serviceDurations } from "@rapport/metrics";
import { mannWhitneyU } from "@rapport/stats";
import type { ServiceDurationPeriods } from "./service-data";

const MINUTE_MS = 60_000;
const COMPARED = ["firstReply", "fullResolution"] as const;

/**
 * First reply and full resolution in the period containing `asOf` against the period before,
 * in calendar time: each case's duration as @rapport/metrics measures it (`serviceDurations`
 * of that case alone), placed in the period its clock stopped in (in `timeZone`, up to
 * `asOf`); the medians of each period, their difference and the Mann-Whitney p-value of the
 * two samples, when each period has at least 2.
 *
 * @example
 * ```ts
 * import { serviceDurationPeriods } from "./service-duration-periods"; // internal
 * serviceDurationPeriods({ cases: [], interactions: [], agents: [] }, {
 *   asOf: new Date("2026-10-30T00:00:00Z"), timeZone: "UTC", period: "month",
 * })[0]?.difference; // null
 * ```
 */
export function serviceDurationPeriods(
  data: {
    readonly cases: readonly Case[];
    readonly interactions: readonly Interaction[];
    readonly agents: readonly Agent[];
  },
  options: { readonly asOf: Date; readonly timeZone: string; readonly period: CalendarPeriod },
): ServiceDurationPeriods[] {
  const { asOf, timeZone, period } = options;
  const { agents } = data;
  const current = periodBounds(asOf, period, { timeZone });
  const previous = periodBounds(new Date(current.start.getTime() - 1), period, { timeZone });
  const byCase = new Map<string, Interaction[]>();
  for (const item of data.interactions) {
    if (item.caseId === undefined) continue;
    const list = byCase.get(item.caseId);
    if (list) list.push(item);
    else byCase.set(item.caseId, [item]);
  }
  type Bucket = { cases: Case[]; minutes: number[] };
  const buckets = COMPARED.map(
    () =>
      ({ now: { cases: [], minutes: [] }, before: { cases: [], minutes: [] } }) as {
        now: Bucket;
        before: Bucket;
      },
  );
  for (const value of data.cases) {
    const interactions = byCase.get(value.id) ?? [];
    const own = serviceDurations([value], { interactions, agents });
    COMPARED.forEach((name, i) => {
      const minutes = own[name].median;
      if (minutes === null) return;
      const stopped = value.createdAt.getTime() + minutes * MINUTE_MS;
      const bucket =
        stopped >= current.start.getTime() && stopped <= asOf.getTime()
          ? buckets[i]!.now
          : stopped >= previous.start.getTime() && stopped < current.start.getTime()
            ? buckets[i]!.before
            : null;
      bucket?.cases.push(value);
      bucket?.minutes.push(minutes);
    });
  }
  const figureOf = (name: (typeof COMPARED)[number], bucket: Bucket) =>
    serviceDurations(bucket.cases, {
      interactions: bucket.cases.flatMap((c) => byCase.get(c.id) ?? []),
      agents,
    })[name];
  const labels = {
    now: periodLabel(asOf, period, { timeZone }),
    before: periodLabel(previous.start, period, { timeZone }),
  };
  return COMPARED.map((name, i) => {
    const { now, before } = buckets[i]!;
    const currentFigure = { ...figureOf(name, now), period: labels.now };
    const previousFigure = { ...figureOf(name, before), period: labels.before };
    const compared = now.minutes.length >= 2 && before.minutes.length >= 2;
    return {
      name,
      current: currentFigure,
      previous: previousFigure,
      difference: compared ? currentFigure.median! - previousFigure.median! : null,
      pValue: compared ? mannWhitneyU(now.minutes, before.minutes).pValue : null,
    };
  });
}
