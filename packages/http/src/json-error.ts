import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/**
 * The most issues an error body lists; `issueCount` gives the total.
 *
 * @example
 * ```ts
 * import { MAX_ERROR_ISSUES } from "@rapport/http";
 * MAX_ERROR_ISSUES; // 100
 * ```
 */
export const MAX_ERROR_ISSUES = 100;

/**
 * The body of every error response: a stable machine code, a sentence for people, and for
 * validation errors the first {@link MAX_ERROR_ISSUES} issues with their paths, and how many
 * there were in all.
 *
 * @example
 * ```ts
 * import type { ErrorBody } from "@rapport/http";
 * const body: ErrorBody = { error: "not_found", message: "no route for GET /nope" };
 * ```
 */
export interface ErrorBody {
  readonly error: string;
  readonly message: string;
  readonly issues?: ReadonlyArray<{
    readonly index?: number;
    readonly path: string;
    readonly message: string;
  }>;
  /** The number of issues found, when more than `issues` lists. */
  readonly issueCount?: number;
}

/**
 * Sends an {@link ErrorBody} with its status: never a stack trace, and never more than
 * {@link MAX_ERROR_ISSUES} issues, so that a large bad body cannot produce a larger answer.
 * Internal.
 */
export function jsonError(c: Context, status: ContentfulStatusCode, body: ErrorBody) {
  const { issues } = body;
  if (issues === undefined || issues.length <= MAX_ERROR_ISSUES) return c.json(body, status);
  return c.json(
    { ...body, issues: issues.slice(0, MAX_ERROR_ISSUES), issueCount: issues.length },
    status,
  );
}
