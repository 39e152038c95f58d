import type { CheckedFunnelOptions } from "./funnel-options";
import type { StagePeriod } from "./journey-timeline";

/** How one customer went through a funnel as of `asOf`; internal. */
export interface FunnelPath {
  /** The customer had begun a stay (in any stage) by `asOf`. */
  readonly present: boolean;
  /** When the customer entered each step they reached, in milliseconds (empty: never entered). */
  readonly times: readonly number[];
  /** The index in the periods of the stay that reached each step. */
  readonly indices: readonly number[];
  /** The window of the next step is still open at `asOf` (never for a finished path). */
  readonly inProgress: boolean;
  /** An excluded stage was entered while the customer was in the funnel. */
  readonly excluded: boolean;
}

const ABSENT: FunnelPath = {
  present: false,
  times: [],
  indices: [],
  inProgress: false,
  excluded: false,
};
const NOT_ENTERED: FunnelPath = { ...ABSENT, present: true };

/** The stays that began at or before `asOf` (periods are in time order). */
function seen(periods: readonly StagePeriod[], asOfMs: number): readonly StagePeriod[] {
  let end = periods.length;
  while (end > 0 && periods[end - 1]!.enteredAt.getTime() > asOfMs) end--;
  return end === periods.length ? periods : periods.slice(0, end);
}

/**
 * The candidate stays of the steps: in order, a function giving the stay that would reach
 * step `step` after the stay at `position`; in any order, the first stay in each of the
 * funnel's stages, earliest first.
 */
function candidates(
  periods: readonly StagePeriod[],
  options: CheckedFunnelOptions,
): ((step: number, position: number) => number) | null {
  const { stages } = options;
  if (options.order === "ordered") {
    return (step, position) => {
      for (let index = position + 1; index < periods.length; index++) {
        if (periods[index]!.stage === stages[step]) return index;
      }
      return -1;
    };
  }
  const firsts: number[] = [];
  for (const stage of stages) {
    const index = periods.findIndex((period) => period.stage === stage);
    if (index >= 0) firsts.push(index);
  }
  if (firsts.length === 0) return null;
  firsts.sort((a, b) => a - b);
  return (step) => firsts[step] ?? -1;
}

/**
 * Walks one customer's stays through the funnel. Step 0 is the customer's first stay in the
 * first stage (in any order: in any of the stages) at or before `asOf`. Step j is reached by
 * the next candidate stay if it began by the step's deadline: the earliest of entering step 0
 * plus `within` and entering step j − 1 plus `stepWithin[j]`, or `asOf` when neither applies.
 * A customer who misses step j is in progress while `asOf` is before that deadline, and has
 * dropped out once it has passed. Internal.
 */
export function funnelPath(
  allPeriods: readonly StagePeriod[],
  options: CheckedFunnelOptions,
): FunnelPath {
  const { asOfMs, within, stepWithin, stages } = options;
  const periods = seen(allPeriods, asOfMs);
  if (periods.length === 0) return ABSENT;
  const next = candidates(periods, options);
  if (next === null) return NOT_ENTERED;
  const first = next(0, -1);
  if (first < 0) return NOT_ENTERED;
  const times = [periods[first]!.enteredAt.getTime()];
  const indices = [first];
  const startMs = times[0]!;
  let inProgress = false;
  // Until when the customer counts as in the funnel (for exclusions): their last step, or the
  // deadline they missed, or `asOf` while they are in progress.
  let endMs = startMs;
  for (let step = 1; step < stages.length; step++) {
    let deadline = Number.POSITIVE_INFINITY;
    if (within !== null) deadline = startMs + within;
    const own = stepWithin[step];
    if (own !== null && own !== undefined) deadline = Math.min(deadline, times[step - 1]! + own);
    if (deadline === Number.POSITIVE_INFINITY) deadline = asOfMs;
    const found = next(step, indices[step - 1]!);
    const enteredMs = found < 0 ? Number.POSITIVE_INFINITY : periods[found]!.enteredAt.getTime();
    if (enteredMs <= deadline) {
      times.push(enteredMs);
      indices.push(found);
      endMs = enteredMs;
      continue;
    }
    inProgress = asOfMs < deadline;
    endMs = Math.min(deadline, asOfMs);
    break;
  }
  const excluded = isExcluded(periods, options, indices, endMs);
  return { present: true, times, indices, inProgress, excluded };
}

/**
 * Whether the customer entered an excluded stage after reaching the exclusion's `after` step
 * and before reaching its `before` step; when they have not reached `before`, any such entry
 * up to `endMs` (the deadline they missed, or `asOf` while in progress) counts.
 */
function isExcluded(
  periods: readonly StagePeriod[],
  options: CheckedFunnelOptions,
  indices: readonly number[],
  endMs: number,
): boolean {
  for (const { stage, after, before } of options.exclusions) {
    const from = indices[after];
    if (from === undefined) continue;
    const until = indices[before];
    for (let index = from + 1; index < periods.length; index++) {
      const period = periods[index]!;
      if (until === undefined ? period.enteredAt.getTime() > endMs : index >= until) break;
      if (period.stage === stage) return true;
    }
  }
  return false;
}
