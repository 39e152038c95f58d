import type { ValidationIssue } from "@rapport/core";
import { JourneyDefinitionError } from "./journey-definition-error";

/**
 * One allowed move between two stages of a journey.
 *
 * @example
 * ```ts
 * import type { JourneyTransition } from "@rapport/journeys";
 * const step: JourneyTransition = { from: "purchase", to: "onboarding" };
 * ```
 */
export interface JourneyTransition {
  /** The stage the customer leaves. */
  readonly from: string;
  /** The stage the customer enters. */
  readonly to: string;
}

/**
 * What {@link defineJourney} takes: the stages, the transitions allowed between them, the
 * stage every customer starts in and the stages nobody leaves.
 *
 * @example
 * ```ts
 * import type { JourneyDefinitionInput } from "@rapport/journeys";
 * const trial: JourneyDefinitionInput = {
 *   stages: ["trial", "paid", "lost"],
 *   transitions: [{ from: "trial", to: "paid" }, { from: "trial", to: "lost" }],
 *   initial: "trial",
 *   terminal: ["lost"],
 * };
 * ```
 */
export interface JourneyDefinitionInput {
  /** The stage names, in the order they are usually taken (used to order reports). */
  readonly stages: readonly string[];
  /** The moves allowed between stages. */
  readonly transitions: readonly JourneyTransition[];
  /** The stage a customer's journey starts in. */
  readonly initial: string;
  /** Stages with no way out (default none). */
  readonly terminal?: readonly string[];
}

/**
 * A validated journey: plain, frozen data of the same shape as its input, so it can be stored
 * as JSON, spread and extended.
 *
 * @example
 * ```ts
 * import { defineJourney, type JourneyDefinition } from "@rapport/journeys";
 * const journey: JourneyDefinition = defineJourney({
 *   stages: ["trial", "paid"],
 *   transitions: [{ from: "trial", to: "paid" }],
 *   initial: "trial",
 * });
 * ```
 */
export interface JourneyDefinition {
  /** The stage names, in order. */
  readonly stages: readonly string[];
  /** The moves allowed between stages. */
  readonly transitions: readonly JourneyTransition[];
  /** The stage a customer's journey starts in. */
  readonly initial: string;
  /** Stages with no way out. */
  readonly terminal: readonly string[];
}

const quote = (value: unknown) => (typeof value === "string" ? `"${value}"` : String(value));

/**
 * Validates a journey and returns it as frozen data. Every problem is reported at once in a
 * {@link JourneyDefinitionError} whose issues name the stage: an unknown stage in a transition, an
 * initial or terminal stage that is not listed, a duplicate stage or transition, a transition
 * from a stage to itself or out of a terminal stage, and a stage that cannot be reached from
 * the initial stage.
 *
 * @example
 * ```ts
 * import { defineJourney } from "@rapport/journeys";
 * const subscription = defineJourney({
 *   stages: ["trial", "active", "cancelled"],
 *   transitions: [
 *     { from: "trial", to: "active" },
 *     { from: "trial", to: "cancelled" },
 *     { from: "active", to: "cancelled" },
 *   ],
 *   initial: "trial",
 *   terminal: ["cancelled"],
 * });
 * ```
 */
export function defineJourney(input: JourneyDefinitionInput): JourneyDefinition {
  const issues: ValidationIssue[] = [];
  const stages = Array.isArray(input?.stages) ? input.stages : [];
  const transitions = Array.isArray(input?.transitions) ? input.transitions : [];
  const terminal = input?.terminal ?? [];
  if (!Array.isArray(input?.stages) || stages.length === 0) {
    issues.push({
      path: ["stages"],
      code: Array.isArray(input?.stages) ? "too_small" : "invalid_type",
      message: "expected a non-empty list of stage names",
    });
  }
  if (!Array.isArray(input?.transitions)) {
    issues.push({
      path: ["transitions"],
      code: "invalid_type",
      message: "expected a list of { from, to } transitions",
    });
  }
  const known = new Set<string>();
  stages.forEach((stage, index) => {
    if (typeof stage !== "string" || stage.length === 0) {
      issues.push({
        path: ["stages", index],
        code: "invalid_type",
        message: `expected a non-empty stage name, received ${quote(stage)}`,
      });
    } else if (known.has(stage)) {
      issues.push({
        path: ["stages", index],
        code: "custom",
        message: `stage "${stage}" is listed twice`,
      });
    } else {
      known.add(stage);
    }
  });
  const unknown = (path: PropertyKey[], stage: unknown, role: string) =>
    issues.push({
      path,
      code: "invalid_value",
      message: `${role} ${quote(stage)} is not one of the stages (${[...known].map(quote).join(", ")})`,
    });
  const initialKnown = known.has(input?.initial);
  if (!initialKnown) unknown(["initial"], input?.initial, "initial stage");
  const terminalSet = new Set<string>();
  terminal.forEach((stage, index) => {
    if (!known.has(stage)) unknown(["terminal", index], stage, "terminal stage");
    else terminalSet.add(stage);
  });
  const next = new Map<string, string[]>();
  const seen = new Set<string>();
  transitions.forEach((transition, index) => {
    const { from, to } = transition ?? {};
    let valid = true;
    if (!known.has(from)) {
      unknown(["transitions", index, "from"], from, "stage");
      valid = false;
    }
    if (!known.has(to)) {
      unknown(["transitions", index, "to"], to, "stage");
      valid = false;
    }
    if (!valid) return;
    const key = `${from}\u0000${to}`;
    if (from === to) {
      issues.push({
        path: ["transitions", index],
        code: "custom",
        message: `transition from stage "${from}" to itself: staying in a stage is not a transition`,
      });
    } else if (terminalSet.has(from)) {
      issues.push({
        path: ["transitions", index, "from"],
        code: "custom",
        message: `stage "${from}" is terminal: no transition may leave it (found one to "${to}")`,
      });
    } else if (seen.has(key)) {
      issues.push({
        path: ["transitions", index],
        code: "custom",
        message: `transition from stage "${from}" to stage "${to}" is listed twice`,
      });
    } else {
      seen.add(key);
      next.set(from, [...(next.get(from) ?? []), to]);
    }
  });
  if (initialKnown) {
    // Breadth-first search from the initial stage; what it never meets is unreachable.
    const reached = new Set<string>([input.initial]);
    const queue = [input.initial];
    for (let head = 0; head < queue.length; head++) {
      for (const to of next.get(queue[head]!) ?? []) {
        if (!reached.has(to)) {
          reached.add(to);
          queue.push(to);
        }
      }
    }
    stages.forEach((stage, index) => {
      if (known.has(stage) && !reached.has(stage) && stages.indexOf(stage) === index) {
        issues.push({
          path: ["stages", index],
          code: "custom",
          message: `stage "${stage}" is not reachable from the initial stage "${input.initial}"`,
        });
      }
    });
  }
  if (issues.length > 0) throw new JourneyDefinitionError(issues);
  return Object.freeze({
    stages: Object.freeze([...stages]),
    transitions: Object.freeze(transitions.map(({ from, to }) => Object.freeze({ from, to }))),
    initial: input.initial,
    terminal: Object.freeze([...terminal]),
  });
}
