import { type Interval, wilsonInterval } from "@rapport/metrics";
import type { JourneyDefinition } from "./journey-definition";
import type { JourneyTimeline } from "./journey-timeline";
import { medianAndP90 } from "./quantile";

/**
 * A conversion rate with its sample: `successes` of `n` customers, `value` on the 0..1 scale
 * with its Wilson score interval (95 %); `value` and `interval` are `null` when `n` is 0.
 *
 * @example
 * ```ts
 * import type { Conversion } from "@rapport/journeys";
 * const percent = (c: Conversion) => (c.value === null ? "n/a" : `${(c.value * 100).toFixed(1)} %`);
 * ```
 */
export interface Conversion {
  /** `successes / n`, or `null` when `n` is 0. */
  readonly value: number | null;
  /** Customers who converted. */
  readonly successes: number;
  /** Customers who could have. */
  readonly n: number;
  /** The Wilson score interval at 95 %, or `null` when `n` is 0. */
  readonly interval: Interval | null;
}

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
  /** Conversion from the previous step (for the first step: from every customer given). */
  readonly fromPrevious: Conversion;
  /** Conversion from the first step. */
  readonly fromFirst: Conversion;
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

const conversion = (successes: number, n: number): Conversion => ({
  value: n === 0 ? null : successes / n,
  successes,
  n,
  interval: wilsonInterval(successes, n),
});

/**
 * An ordered funnel: for each stage, how many customers reached it after passing every
 * earlier stage in order (a customer's path is matched from their first entry into the first
 * stage, each next stage at its first entry after the previous one, and within the window when
 * one is given), the conversion from the previous and from the first step with Wilson score
 * intervals (Wilson 1927), and the median time between steps (linear interpolation, numpy's
 * default).
 *
 * Throws a `RangeError` naming the stage for a stage the definition does not have, and for an
 * empty list or a window that is not a positive number.
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
 * funnel(defaultLifecycle, timelines, { stages: ["awareness", "consideration"] }).steps[1]?.fromPrevious.value; // 0.5
 * ```
 */
export function funnel(
  definition: JourneyDefinition,
  timelines: readonly JourneyTimeline[],
  options: FunnelOptions,
): Funnel {
  const stages = options?.stages;
  if (!Array.isArray(stages) || stages.length === 0) {
    throw new RangeError("funnel: expected options.stages to be a non-empty list of stages");
  }
  stages.forEach((stage, index) => {
    if (!definition.stages.includes(stage)) {
      throw new RangeError(
        `funnel: options.stages[${index}] "${stage}" is not a stage of the journey (expected one of ${definition.stages.map((s) => `"${s}"`).join(", ")})`,
      );
    }
  });
  const within = options.within;
  if (within !== undefined && !(typeof within === "number" && within > 0)) {
    throw new RangeError(
      `funnel: expected options.within to be a positive number of milliseconds, received ${String(within)}`,
    );
  }
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
