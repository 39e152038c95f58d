import { describeValue, expectedMessage } from "@rapport/stats";
import type { ValidationIssue, ValidationIssueCode } from "./rapport-validation-error";

/**
 * One validation issue, the way every Rapport validator writes it: its path, zod's code for
 * its kind, what was expected and what was received, and the message
 * `expectedMessage` of `@rapport/stats` makes of them. Validators that are not zod schemas (journey
 * definitions, care policies, purpose catalogues, SLA policies) build their issues with it.
 *
 * @param path - Where the problem is, e.g. `["targets", 0, "minutes"]`.
 * @param code - zod's code for the kind of problem (`invalid_type` for a missing field or a
 *   wrong type, `invalid_value` for a value outside the allowed ones, `too_small`, …).
 * @param expected - What was expected, without the word "expected".
 * @param received - The value received.
 *
 * @example
 * ```ts
 * import { RapportValidationError, validationIssue } from "@rapport/core";
 * const issue = validationIssue(["minutes"], "too_small", "a number > 0", -5);
 * issue.message; // "expected a number > 0, received -5"
 * throw new RapportValidationError("SlaTarget", [issue]);
 * ```
 */
export function validationIssue(
  path: readonly PropertyKey[],
  code: ValidationIssueCode,
  expected: string,
  received: unknown,
): ValidationIssue {
  return {
    path,
    code,
    expected,
    received: describeValue(received),
    message: expectedMessage("", expected, received),
  };
}
