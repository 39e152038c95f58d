import type { SurvivalData } from "./survival-data";

/** The risk set at one event time, split by group; internal. */
export interface RiskRow {
  /** The event time. */
  readonly time: number;
  /** Weight at risk just before `time`, per group. */
  readonly atRisk: Float64Array;
  /** Event weight at `time`, per group. */
  readonly events: Float64Array;
  /** Total weight at risk. */
  readonly totalAtRisk: number;
  /** Total event weight. */
  readonly totalEvents: number;
  /** Total weight censored at `time` (at risk at it). */
  readonly censored: number;
}

/**
 * The risk sets of the subjects `members` (all when omitted) at each time with an event, in
 * time order, split into `groupCount` groups by `groupOf[i]`. Subject i is at risk at t when
 * entry[i] < t ≤ durations[i] (any t ≤ durations[i] without entry times). One sort, one
 * sweep: O(n log n); with `inExitOrder` (members already stably sorted by duration, as
 * `exitOrder` gives them), no sort. Internal.
 */
export function riskTable(
  data: SurvivalData,
  members?: readonly number[],
  groupOf?: ArrayLike<number>,
  groupCount = 1,
  inExitOrder = false,
): RiskRow[] {
  const { durations, observed, weights, entry } = data;
  const ids = members ? [...members] : durations.map((_, i) => i);
  const byExit = inExitOrder ? ids : ids.sort((a, b) => durations[a]! - durations[b]!);
  const byEntry = entry ? [...ids].sort((a, b) => entry[a]! - entry[b]!) : [];
  const group = (i: number) => (groupOf ? groupOf[i]! : 0);
  const weight = (i: number) => (weights ? weights[i]! : 1);
  const atRisk = new Float64Array(groupCount);
  // Subjects at risk per group: a group left empty is exactly 0, not a rounding remainder of
  // fractional weights added and taken away.
  const inRiskSet = new Int32Array(groupCount);
  const enter = (i: number) => {
    atRisk[group(i)]! += weight(i);
    inRiskSet[group(i)]!++;
  };
  if (!entry) for (const i of ids) enter(i);
  const rows: RiskRow[] = [];
  let nextEntry = 0;
  for (let start = 0; start < byExit.length; ) {
    const time = durations[byExit[start]!]!;
    if (entry) {
      while (nextEntry < byEntry.length && entry[byEntry[nextEntry]!]! < time) {
        enter(byEntry[nextEntry++]!);
      }
    }
    let end = start;
    const events = new Float64Array(groupCount);
    let totalEvents = 0;
    let censored = 0;
    while (end < byExit.length && durations[byExit[end]!] === time) {
      const i = byExit[end++]!;
      const w = weight(i);
      if (observed[i]) {
        events[group(i)]! += w;
        totalEvents += w;
      } else censored += w;
    }
    if (totalEvents > 0) {
      let totalAtRisk = 0;
      for (const y of atRisk) totalAtRisk += y;
      rows.push({ time, atRisk: atRisk.slice(), events, totalAtRisk, totalEvents, censored });
    }
    for (let j = start; j < end; j++) {
      const g = group(byExit[j]!);
      atRisk[g]! -= weight(byExit[j]!);
      if (--inRiskSet[g]! === 0) atRisk[g] = 0;
    }
    start = end;
  }
  return rows;
}
