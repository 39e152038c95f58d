import { RapportValidationError, type ValidationIssue } from "@rapport/core";

/**
 * Thrown by {@link defineJourney} for an invalid journey: a core `RapportValidationError`
 * (so `instanceof RapportValidationError` holds) whose `entity` is `"JourneyDefinition"` and
 * whose issues, one line each as `path: message`, name the stage at fault.
 *
 * @example
 * ```ts
 * import { defineJourney, JourneyDefinitionError } from "@rapport/journeys";
 * try {
 *   defineJourney({ stages: ["a", "b"], transitions: [], initial: "a" });
 * } catch (error) {
 *   if (error instanceof JourneyDefinitionError) console.log(error.issues[0]?.message);
 *   // 'stage "b" is not reachable from the initial stage "a"'
 * }
 * ```
 */
export class JourneyDefinitionError extends RapportValidationError {
  constructor(issues: readonly ValidationIssue[]) {
    super("JourneyDefinition", issues);
  }
}
