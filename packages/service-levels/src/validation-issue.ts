import type { ValidationIssue } from "@rapport/core";
import { expectedMessage } from "@rapport/stats";

/**
 * The machine-readable kind of a validation issue, as zod names them; internal.
 */
export type IssueCode =
  | "invalid_type"
  | "invalid_value"
  | "invalid_format"
  | "too_small"
  | "unknown_key"
  | "custom";

/**
 * A validation issue with its code and a message by `expectedMessage`; internal. (The code is
 * carried alongside the fields every `ValidationIssue` has.)
 */
export function validationIssue(
  path: readonly PropertyKey[],
  code: IssueCode,
  expected: string,
  received: unknown,
): ValidationIssue {
  const issue: ValidationIssue & { readonly code: IssueCode } = {
    path,
    code,
    message: expectedMessage("", expected, received),
  };
  return issue;
}
