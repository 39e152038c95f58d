import { checkCount, checkLevel, expectedMessage, oneOf } from "@rapport/stats";
import { checkInstant } from "./check-instant";
import type { JourneyDefinition } from "./journey-definition";

/**
 * The order in which a customer must pass the steps of a {@link funnel}: `"ordered"` (each
 * step after the one before) or `"any"` (step k counts the customers who entered any k of the
 * funnel's stages).
 *
 * @example
 * ```ts
 * import type { FunnelOrder } from "@rapport/journeys";
 * const order: FunnelOrder = "any";
 * ```
 */
export type FunnelOrder = "ordered" | "any";

/**
 * A stage whose entry takes a customer out of a {@link funnel}: the stage alone (watched from
 * entering the first step until the customer's last step), or the stage with the steps
 * (0-based positions in `stages`) between which it is watched.
 *
 * @example
 * ```ts
 * import type { FunnelExclusion } from "@rapport/journeys";
 * const exclusions: FunnelExclusion[] = ["churned", { stage: "win_back", after: 1, before: 2 }];
 * ```
 */
export type FunnelExclusion =
  | string
  | {
      /** The stage whose entry excludes the customer. */
      readonly stage: string;
      /** Watched from entering this step (0-based; default 0, the first step). */
      readonly after?: number;
      /** Watched until entering this step (0-based; default the last step). */
      readonly before?: number;
    };

/** Options after checking; internal. */
export interface CheckedFunnelOptions {
  readonly stages: readonly string[];
  readonly asOfMs: number;
  readonly within: number | null;
  /** One entry per step; `null` for the first step and for steps without a window of their own. */
  readonly stepWithin: readonly (number | null)[];
  readonly exclusions: readonly { stage: string; after: number; before: number }[];
  readonly order: FunnelOrder;
  readonly level: number;
  readonly minSample: number;
}

const FN = "funnel";
const ORDERS: readonly FunnelOrder[] = ["ordered", "any"];

const checkWindow = (where: string, value: unknown): number => {
  if (!(typeof value === "number" && value > 0)) {
    const message = expectedMessage(where, "a positive number of milliseconds", value);
    throw typeof value === "number" ? new RangeError(message) : new TypeError(message);
  }
  return value;
};

const checkStep = (where: string, value: unknown, steps: number): number => {
  if (!(typeof value === "number" && Number.isInteger(value) && value >= 0 && value < steps)) {
    const message = expectedMessage(where, `a step position from 0 to ${steps - 1}`, value);
    throw typeof value === "number" ? new RangeError(message) : new TypeError(message);
  }
  return value;
};

/** Checks the options of `funnel`; internal. */
export function checkFunnelOptions(
  definition: JourneyDefinition,
  options: unknown,
): CheckedFunnelOptions {
  if (typeof options !== "object" || options === null) {
    throw new TypeError(expectedMessage(`${FN}: options`, "an object", options));
  }
  const given = options as Record<string, unknown>;
  const stages = given.stages;
  if (!Array.isArray(stages)) {
    throw new TypeError(expectedMessage(`${FN}: options.stages`, "an array of stages", stages));
  }
  if (stages.length === 0) {
    throw new RangeError(expectedMessage(`${FN}: options.stages`, "at least one stage", stages));
  }
  const order = given.order ?? "ordered";
  if (!ORDERS.includes(order as FunnelOrder)) {
    const message = expectedMessage(`${FN}: options.order`, oneOf(ORDERS), order);
    throw typeof order === "string" ? new RangeError(message) : new TypeError(message);
  }
  const journeyStage = `a stage of the journey (${oneOf(definition.stages)})`;
  stages.forEach((stage, index) => {
    if (!definition.stages.includes(stage)) {
      throw new RangeError(expectedMessage(`${FN}: options.stages[${index}]`, journeyStage, stage));
    }
    // An ordered funnel may pass a stage twice (retention → advocacy → retention); in any
    // order, a step is a count of distinct stages.
    if (order === "any" && stages.indexOf(stage) !== index) {
      const expected = 'a stage not already in the funnel (options.order is "any")';
      throw new RangeError(expectedMessage(`${FN}: options.stages[${index}]`, expected, stage));
    }
  });
  const asOfMs = checkInstant(`${FN}: options.asOf`, given.asOf);
  const within =
    given.within === undefined ? null : checkWindow(`${FN}: options.within`, given.within);
  const stepWithin: (number | null)[] = stages.map(() => null);
  if (given.stepWithin !== undefined) {
    const list = given.stepWithin;
    const expected = `an array of ${stages.length - 1} windows (ms or null), one per step after the first`;
    if (!Array.isArray(list)) {
      throw new TypeError(expectedMessage(`${FN}: options.stepWithin`, expected, list));
    }
    if (list.length !== stages.length - 1) {
      throw new RangeError(expectedMessage(`${FN}: options.stepWithin`, expected, list));
    }
    list.forEach((value, index) => {
      if (value !== null && value !== undefined) {
        stepWithin[index + 1] = checkWindow(`${FN}: options.stepWithin[${index}]`, value);
      }
    });
  }
  const exclusions = checkExclusions(definition, stages, given.exclude);
  const level = checkLevel(`${FN}: options.level`, given.level ?? 0.95);
  const minSample = checkCount(`${FN}: options.minSample`, given.minSample ?? 30);
  return {
    stages,
    asOfMs,
    within,
    stepWithin,
    exclusions,
    order: order as FunnelOrder,
    level,
    minSample,
  };
}

function checkExclusions(
  definition: JourneyDefinition,
  stages: readonly string[],
  exclude: unknown,
): CheckedFunnelOptions["exclusions"] {
  if (exclude === undefined) return [];
  if (!Array.isArray(exclude)) {
    throw new TypeError(
      expectedMessage(
        `${FN}: options.exclude`,
        "an array of stages or { stage, after, before }",
        exclude,
      ),
    );
  }
  const last = stages.length - 1;
  return exclude.map((entry, index) => {
    const where = `${FN}: options.exclude[${index}]`;
    const item: Record<string, unknown> =
      typeof entry === "string" ? { stage: entry } : (entry as Record<string, unknown>);
    if (typeof item !== "object" || item === null || typeof item.stage !== "string") {
      throw new TypeError(expectedMessage(where, "a stage or { stage, after, before }", entry));
    }
    const stage = item.stage;
    if (!definition.stages.includes(stage) || stages.includes(stage)) {
      const expected = `a stage of the journey that is not a step of the funnel (${oneOf(
        definition.stages.filter((s) => !stages.includes(s)),
      )})`;
      throw new RangeError(expectedMessage(`${where}.stage`, expected, stage));
    }
    const after =
      item.after === undefined ? 0 : checkStep(`${where}.after`, item.after, stages.length);
    const before =
      item.before === undefined ? last : checkStep(`${where}.before`, item.before, stages.length);
    if (before <= after) {
      const expected = `a step after options.exclude[${index}].after (${after})`;
      throw new RangeError(expectedMessage(`${where}.before`, expected, before));
    }
    return { stage, after, before };
  });
}
