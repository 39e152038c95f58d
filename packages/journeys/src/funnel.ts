import { expectedMessage, type Proportion, proportion } from "@rapport/stats";
import { type ConversionCurve, conversionCurve } from "./conversion-curve";
import { checkFunnelOptions, type FunnelExclusion, type FunnelOrder } from "./funnel-options";
import { funnelPath } from "./funnel-path";
import type { JourneyDefinition } from "./journey-definition";
import type { JourneyTimeline } from "./journey-timeline";
import { medianAndP90 } from "./median-and-p90";

/**
 * One step of a {@link funnel}.
 *
 * @example
 * ```ts
 * import type { FunnelStep } from "@rapport/journeys";
 * const row = (s: FunnelStep) => [s.stage, s.reached, s.inProgress, s.fromPrevious.value];
 * ```
 */
export interface FunnelStep {
  /**
   * The stage. In `"any"` order, step k counts the customers who entered any k + 1 of the
   * funnel's stages, and `stage` is the stage listed at that position, a label only.
   */
  readonly stage: string;
  /** How many customers reached it by `asOf`, having passed every earlier step in time. */
  readonly reached: number;
  /**
   * How many reached the previous step, not this one, and still had time at `asOf`: the
   * step's window had not closed. They are left out of `fromPrevious` and `fromFirst` (0 for
   * the first step).
   */
  readonly inProgress: number;
  /** How many reached the previous step and missed this one, the window closed (0 for the first step). */
  readonly dropped: number;
  /**
   * Conversion from the previous step, among the customers whose outcome is known:
   * `reached` of (previous `reached` − `inProgress`); for the first step, of the funnel's `n`
   * customers less the excluded ones. A `Proportion` of @rapport/stats, in percent (0..100).
   */
  readonly fromPrevious: Proportion;
  /**
   * Conversion from the first step: `reached` of (first step's `reached` − the customers in
   * progress at this or an earlier step), a `Proportion` in percent.
   */
  readonly fromFirst: Proportion;
  /** Median time from entering the previous step to entering this one (ms); `null` for none. */
  readonly medianTimeFromPreviousMs: number | null;
}

/**
 * Options of {@link funnel}.
 *
 * @example
 * ```ts
 * import type { FunnelOptions } from "@rapport/journeys";
 * const day = 86_400_000;
 * const options: FunnelOptions = {
 *   stages: ["consideration", "purchase", "onboarding"],
 *   asOf: new Date("2024-06-30T00:00:00Z"),
 *   within: 30 * day,
 *   stepWithin: [14 * day, 2 * day],
 *   exclude: ["churned"],
 * };
 * ```
 */
export interface FunnelOptions {
  /** The stages of the funnel (at least one, each a stage of the definition). */
  readonly stages: readonly string[];
  /**
   * The moment of the funnel: stays that began after it are ignored, and a customer whose
   * window for the next step is still open at it is in progress, not dropped. Required.
   */
  readonly asOf: Date;
  /** A conversion window in milliseconds from entering the first step, for every later step; none by default. */
  readonly within?: number;
  /**
   * Per-step windows in milliseconds, one per step after the first (`stages.length − 1`
   * entries): entry k is the time allowed from entering step k to entering step k + 1;
   * `null` for none. With `within` too, the earlier deadline applies. A step with no window
   * at all is decided at `asOf` (conversion by `asOf`, nobody in progress).
   */
  readonly stepWithin?: readonly (number | null)[];
  /**
   * Stages (not steps of the funnel) whose entry takes a customer out of the funnel
   * altogether: out of every step's counts and of the curve, and counted in `excluded`.
   */
  readonly exclude?: readonly FunnelExclusion[];
  /** `"ordered"` (default): each step after the previous one; `"any"`: any k of the stages make step k − 1. */
  readonly order?: FunnelOrder;
  /** Confidence level of the Wilson intervals and of the curve, strictly between 0 and 1 (default 0.95). */
  readonly level?: number;
  /** Conversions out of fewer customers are flagged `smallSample` (default 30). */
  readonly minSample?: number;
}

/**
 * A funnel of the given stages and the customers who went through it, as of `asOf`.
 *
 * @example
 * ```ts
 * import type { Funnel } from "@rapport/journeys";
 * const overall = (f: Funnel) => f.steps.at(-1)?.fromFirst.value;
 * const stillOpen = (f: Funnel) => f.steps.reduce((sum, s) => sum + s.inProgress, 0);
 * ```
 */
export interface Funnel {
  /**
   * How many customers were in the journey by `asOf`: the timelines given with a stay begun
   * by then (a customer whose every event is later is not counted).
   */
  readonly n: number;
  /** How many of them an exclusion took out of the funnel. */
  readonly excluded: number;
  /** The moment of the funnel. */
  readonly asOf: Date;
  /** The conversion window from the first step in milliseconds, or `null`. */
  readonly within: number | null;
  /** The per-step windows (one per step after the first; `null` for none). */
  readonly stepWithin: readonly (number | null)[];
  /** The order the steps were matched in. */
  readonly order: FunnelOrder;
  /** One entry per stage, in funnel order. */
  readonly steps: readonly FunnelStep[];
  /**
   * The cumulative conversion (to the last step) against time since entering the first, a
   * Kaplan-Meier estimate that censors the customers still in progress.
   */
  readonly curve: ConversionCurve;
}

/**
 * A funnel that knows who is still in progress. For each step: how many customers reached it
 * by `options.asOf` after passing the earlier steps (a customer's path starts at their first
 * entry into the first stage; each next step is their first entry into its stage after the
 * previous step, in time if a window applies), how many are still in progress (their window
 * for the step had not closed at `asOf`: they are neither converted nor dropped, and are left
 * out of the conversions' denominators), how many dropped out, the conversion from the
 * previous and from the first step as `Proportion`s in percent with Wilson score intervals
 * (Wilson 1927) at `options.level`, and the median time between steps (linear interpolation,
 * numpy's default). `curve` is the Kaplan-Meier estimate (Kaplan & Meier 1958, by
 * `kaplanMeier` of @rapport/churn) of the share converted against time since entering: the
 * customers who did not convert are censored at `asOf`, or at the end of `within` if earlier.
 *
 * A step's deadline is the earlier of entering the first step plus `within` and entering the
 * previous step plus its `stepWithin`; a step with neither is decided at `asOf` (the plain
 * funnel of conversions by `asOf`). Exclusions: a customer who enters an excluded stage after
 * reaching its `after` step and before reaching its `before` step (while still in the funnel,
 * if they never reach it) is taken out altogether. In `"any"` order step k is reached on
 * entering any k + 1 of the stages, the path starting at the first of them.
 *
 * Timelines must describe a moment at or after `asOf` (a `RangeError` names the first that
 * does not). Throws a `RangeError` naming the field for a stage the definition does not have,
 * an empty list, a window that is not positive, a level outside (0, 1) or an unknown order;
 * a `TypeError` for options of the wrong type (a missing or non-`Date` `asOf`).
 *
 * @example
 * ```ts
 * import { decodeJourneyEvent } from "@rapport/core";
 * import { defaultLifecycle, funnel, journeyTimelines } from "@rapport/journeys";
 * const events = [
 *   { id: "e1", customerId: "c1", name: "Visited", stage: "awareness", occurredAt: "2024-01-01T00:00:00Z" },
 *   { id: "e2", customerId: "c1", name: "Pricing", stage: "consideration", occurredAt: "2024-01-02T00:00:00Z" },
 *   { id: "e3", customerId: "c2", name: "Visited", stage: "awareness", occurredAt: "2024-01-01T00:00:00Z" },
 *   { id: "e4", customerId: "c3", name: "Visited", stage: "awareness", occurredAt: "2024-01-30T00:00:00Z" },
 * ].map(decodeJourneyEvent);
 * const asOf = new Date("2024-02-01T00:00:00Z");
 * const timelines = journeyTimelines(defaultLifecycle, events, { asOf });
 * const result = funnel(defaultLifecycle, timelines, {
 *   stages: ["awareness", "consideration"],
 *   asOf,
 *   within: 7 * 86_400_000,
 * });
 * result.steps[1]?.inProgress; // 1: c3 still has until 6 February
 * result.steps[1]?.fromPrevious.value; // 50: c1 converted, c2 dropped
 * ```
 */
export function funnel(
  definition: JourneyDefinition,
  timelines: readonly JourneyTimeline[],
  options: FunnelOptions,
): Funnel {
  const checked = checkFunnelOptions(definition, options);
  const { stages, asOfMs, within, level, minSample } = checked;
  const conversion = (successes: number, n: number): Proportion =>
    proportion(successes, n, { level, minSample });
  const reached = stages.map(() => 0);
  const inProgress = stages.map(() => 0);
  const gaps = stages.map((): number[] => []);
  const durations: number[] = [];
  const converted: boolean[] = [];
  let excluded = 0;
  let present = 0;
  timelines.forEach((timeline, index) => {
    const timelineAsOf = timeline.asOf.getTime();
    if (!(timelineAsOf >= asOfMs)) {
      throw new RangeError(
        expectedMessage(
          `funnel: timelines[${index}].asOf`,
          `a moment at or after options.asOf (${options.asOf.toISOString()})`,
          timeline.asOf,
        ),
      );
    }
    const path = funnelPath(timeline.periods, checked);
    if (path.present) present++;
    if (path.excluded) {
      excluded++;
      return;
    }
    const { times } = path;
    if (times.length === 0) return;
    times.forEach((time, step) => {
      reached[step]!++;
      if (step > 0) gaps[step]!.push(time - times[step - 1]!);
    });
    if (path.inProgress) inProgress[times.length]!++;
    const done = times.length === stages.length;
    const followed = Math.min(asOfMs - times[0]!, within ?? Number.POSITIVE_INFINITY);
    durations.push(done ? times.at(-1)! - times[0]! : followed);
    converted.push(done);
  });
  let pendingBefore = 0;
  const steps = stages.map((stage, step): FunnelStep => {
    pendingBefore += inProgress[step]!;
    const previous = step === 0 ? present - excluded : reached[step - 1]!;
    return {
      stage,
      reached: reached[step]!,
      inProgress: inProgress[step]!,
      dropped: step === 0 ? 0 : previous - reached[step]! - inProgress[step]!,
      fromPrevious: conversion(reached[step]!, previous - inProgress[step]!),
      fromFirst: conversion(reached[step]!, reached[0]! - pendingBefore),
      medianTimeFromPreviousMs: step === 0 ? null : medianAndP90(gaps[step]!).medianMs,
    };
  });
  return {
    n: present,
    excluded,
    asOf: new Date(asOfMs),
    within,
    stepWithin: checked.stepWithin.slice(1),
    order: checked.order,
    steps,
    curve: conversionCurve(durations, converted, level),
  };
}
