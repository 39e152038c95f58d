import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/**
 * The body of every error response: a stable machine code, a sentence for people, and for
 * validation errors every issue with its path.
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
}

/** Sends an {@link ErrorBody} with its status. Never includes a stack trace. */
export function jsonError(c: Context, status: ContentfulStatusCode, body: ErrorBody) {
  return c.json(body, status);
}
