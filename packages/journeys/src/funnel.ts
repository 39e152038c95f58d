import {
  checkCount,
  checkLevel,
  expectedMessage,
  oneOf,
  type Proportion,
  proportion,
} from "@rapport/stats";
import type { JourneyDefinition } from "./journey-definition";
import type { JourneyTimeline } from "./journey-timeline";
import { medianAndP90 } from "./median-and-p90";

/**
 * One step of a {@link funnel}.
 *
 * @example
 * ```ts
 * import type { FunnelStep } from "@rapport/journeys";
 * const row = (s: FunnelStep) => [s.stage, s.reached, s.fromPrevious.value];
 * ```
 */
export interface FunnelStep {
  /** The stage. */
  readonly stage: string;
  /** How many customers reached it, having passed every earlier step in order. */
  readonly reached: number;
  /**
   * Conversion from the previous step (for the first step: from every customer given), a
   * `Proportion` of @rapport/stats: `value` and `interval` in percent (0..100).
   */
  readonly fromPrevious: Proportion;
  /** Conversion from the first step, a `Proportion` in percent. */
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
 * const options: FunnelOptions = { stages: ["consideration", "purchase"], within: 30 * 86_400_000 };
 * ```
 */
export interface FunnelOptions {
  /** The ordered stages of the funnel (at least one, each a stage of the definition). */
  readonly stages: readonly string[];
  /** A conversion window in milliseconds from entering the first step; none by default. */
  readonly within?: number;
  /** Confidence level of the conversions' Wilson intervals, strictly between 0 and 1 (default 0.95). */
  readonly level?: number;
  /** Conversions out of fewer customers are flagged `smallSample` (default 30). */
  readonly minSample?: number;
}

/**
 * A funnel of the given stages and the customers who went through it.
 *
 * @example
 * ```ts
 * import type { Funnel } from "@rapport/journeys";
 * const overall = (f: Funnel) => f.steps.at(-1)?.fromFirst.value;
 * ```
 */
export interface Funnel {
  /** How many customers (timelines) were given. */
  readonly n: number;
  /** The conversion window in milliseconds, or `null`. */
  readonly within: number | null;
  /** One entry per stage, in funnel order. */
  readonly steps: readonly FunnelStep[];
}

/**
 * An ordered funnel: for each stage, how many customers reached it after passing every
 * earlier stage in order (a customer's path is matched from their first entry into the first
 * stage, each next stage at its first entry after the previous one, and within the window when
 * one is given), the conversion from the previous and from the first step as `Proportion`s in
 * percent with Wilson score intervals (Wilson 1927) at `options.level`, and the median time
 * between steps (linear interpolation, numpy's default).
 *
 * Throws a `RangeError` naming the stage for a stage the definition does not have, and for an
 * empty list, a window that is not a positive number or a level outside (0, 1); a `TypeError`
 * for options of the wrong type.
 *
 * @example
 * ```ts
 * import { decodeJourneyEvent } from "@rapport/core";
 * import { defaultLifecycle, funnel, journeyTimelines } from "@rapport/journeys";
 * const events = [
 *   { id: "e1", customerId: "c1", name: "Visited", stage: "awareness", occurredAt: "2024-01-01T00:00:00Z" },
 *   { id: "e2", customerId: "c1", name: "Pricing", stage: "consideration", occurredAt: "2024-01-02T00:00:00Z" },
 *   { id: "e3", customerId: "c2", name: "Visited", stage: "awareness", occurredAt: "2024-01-01T00:00:00Z" },
 * ].map(decodeJourneyEvent);
 * const timelines = journeyTimelines(defaultLifecycle, events, { asOf: new Date("2024-02-01T00:00:00Z") });
 * funnel(defaultLifecycle, timelines, { stages: ["awareness", "consideration"] }).steps[1]?.fromPrevious.value; // 50
 * ```
 */
export function funnel(
  definition: JourneyDefinition,
  timelines: readonly JourneyTimeline[],
  options: FunnelOptions,
): Funnel {
  const stages = options?.stages;
  if (!Array.isArray(stages)) {
    throw new TypeError(expectedMessage("funnel: options.stages", "an array of stages", stages));
  }
  if (stages.length === 0) {
    throw new RangeError(expectedMessage("funnel: options.stages", "at least one stage", stages));
  }
  stages.forEach((stage, index) => {
    if (!definition.stages.includes(stage)) {
      throw new RangeError(
        expectedMessage(
          `funnel: options.stages[${index}]`,
          `a stage of the journey (${oneOf(definition.stages)})`,
          stage,
        ),
      );
    }
  });
  const within = options.within;
  if (within !== undefined && !(typeof within === "number" && within > 0)) {
    const message = expectedMessage(
      "funnel: options.within",
      "a positive number of milliseconds",
      within,
    );
    throw typeof within === "number" ? new RangeError(message) : new TypeError(message);
  }
  const level = checkLevel("funnel: options.level", options.level ?? 0.95);
  const minSample = checkCount("funnel: options.minSample", options.minSample ?? 30);
  const conversion = (successes: number, n: number): Proportion =>
    proportion(successes, n, { level, minSample });
  const reached = stages.map(() => 0);
  const gaps = stages.map((): number[] => []);
  for (const timeline of timelines) {
    const periods = timeline.periods;
    let position = periods.findIndex((period) => period.stage === stages[0]);
    if (position < 0) continue;
    reached[0]!++;
    const startMs = periods[position]!.enteredAt.getTime();
    let previousMs = startMs;
    for (let step = 1; step < stages.length; step++) {
      let found = -1;
      for (let index = position + 1; index < periods.length; index++) {
        if (periods[index]!.stage === stages[step]) {
          found = index;
          break;
        }
      }
      if (found < 0) break;
      const enteredMs = periods[found]!.enteredAt.getTime();
      if (within !== undefined && enteredMs - startMs > within) break;
      reached[step]!++;
      gaps[step]!.push(enteredMs - previousMs);
      previousMs = enteredMs;
      position = found;
    }
  }
  const steps = stages.map((stage, step) => ({
    stage,
    reached: reached[step]!,
    fromPrevious: conversion(reached[step]!, step === 0 ? timelines.length : reached[step - 1]!),
    fromFirst: conversion(reached[step]!, reached[0]!),
    medianTimeFromPreviousMs: step === 0 ? null : medianAndP90(gaps[step]!).medianMs,
  }));
  return { n: timelines.length, within: within ?? null, steps };
}
