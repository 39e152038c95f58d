/**
 * The machine-readable kind of a {@link ValidationIssue}: zod's issue codes as zod reports
 * them, and Rapport's own `"unknown_key"` (a field the entity does not have, reported by
 * `parseX(input, { unknownKeys: "reject" })`).
 *
 * @example
 * ```ts
 * import type { ValidationIssueCode } from "@rapport/core";
 * const code: ValidationIssueCode = "invalid_type";
 * ```
 */
export type ValidationIssueCode =
  | "invalid_type"
  | "too_small"
  | "too_big"
  | "invalid_format"
  | "not_multiple_of"
  | "unrecognized_keys"
  | "invalid_union"
  | "invalid_key"
  | "invalid_element"
  | "invalid_value"
  | "custom"
  | "unknown_key";

/**
 * One problem found while validating input: where it is, what kind of problem it is (a
 * machine-readable `code`), what was expected and received, and the message people read.
 *
 * @example
 * ```ts
 * import type { ValidationIssue } from "@rapport/core";
 * const issue: ValidationIssue = {
 *   path: ["status"],
 *   code: "invalid_value",
 *   expected: 'one of "open" | "solved"',
 *   received: '"x"',
 *   message: 'expected one of "open" | "solved", received "x"',
 * };
 * ```
 */
export interface ValidationIssue {
  /** Where the problem is, e.g. `["statusHistory", 2, "at"]`; empty for the value itself. */
  readonly path: readonly PropertyKey[];
  /**
   * What kind of problem: zod's code (`"invalid_type"`, `"too_small"`, `"invalid_value"`,
   * `"custom"`, …) or `"unknown_key"`.
   */
  readonly code: ValidationIssueCode;
  /** What was expected, without the word "expected" (e.g. `'one of "low" | "normal"'`), where known. */
  readonly expected?: string;
  /** The value received, as the message shows it (e.g. `'"asap"'`), where known. */
  readonly received?: string;
  /** What was expected and what was received, e.g. `expected one of "low" | "normal", received "asap"`. */
  readonly message: string;
}

/**
 * Thrown by every `parseX` function when input does not match the model. Its message lists
 * every issue, one per line, as `path: expected …, received …`, and `issues` holds them for
 * programs.
 *
 * @example
 * ```ts
 * import { parseCase, RapportValidationError } from "@rapport/core";
 *
 * try {
 *   parseCase({ id: "c1", status: "asap" });
 * } catch (error) {
 *   if (error instanceof RapportValidationError) {
 *     for (const issue of error.issues) console.log(issue.path.join("."), issue.message);
 *   }
 * }
 * ```
 */
export class RapportValidationError extends Error {
  override readonly name = "RapportValidationError";
  /** The name of what was validated, e.g. `"Case"`. */
  readonly entity: string;
  /** Every issue found, in the order the validator met them. */
  readonly issues: readonly ValidationIssue[];

  constructor(entity: string, issues: readonly ValidationIssue[]) {
    super(
      `Invalid ${entity} (${issues.length} ${issues.length === 1 ? "issue" : "issues"}):\n${issues
        .map((issue) => `  - ${formatPath(issue.path)}: ${issue.message}`)
        .join("\n")}`,
    );
    this.entity = entity;
    this.issues = issues;
  }
}

/**
 * Writes a path as people read it in code: `statusHistory[2].at`; `(root)` for an empty path.
 *
 * @example
 * ```ts
 * import { formatPath } from "@rapport/core";
 * formatPath(["statusHistory", 2, "at"]); // "statusHistory[2].at"
 * ```
 */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(root)";
  return path
    .map((key, index) => {
      if (typeof key === "number") return `[${key}]`;
      const name = String(key);
      return index === 0 ? name : `.${name}`;
    })
    .join("");
}
