/**
 * One problem found while validating input, with where it is and what was wrong.
 *
 * @example
 * ```ts
 * import type { ValidationIssue } from "@rapport/core";
 * const issue: ValidationIssue = { path: ["status"], message: 'expected one of "open" | "solved", received "x"' };
 * ```
 */
export interface ValidationIssue {
  /** Where the problem is, e.g. `["statusHistory", 2, "at"]`; empty for the value itself. */
  readonly path: readonly PropertyKey[];
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
