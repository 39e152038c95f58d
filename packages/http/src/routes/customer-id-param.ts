import type { CustomerId } from "@rapport/core";
import { expectedMessage } from "@rapport/stats";
import type { Context } from "hono";
import { idProblem } from "../boundary/check-id";
import { jsonError } from "../json-error";

/** The `:id` path parameter as a customer id, or the 400 that refuses it; internal. */
export function customerIdParam(
  c: Context,
): { ok: true; id: CustomerId } | { ok: false; response: Response } {
  const id = c.req.param("id") ?? "";
  const problem = idProblem(id);
  if (problem === undefined) return { ok: true, id: id as CustomerId };
  return {
    ok: false,
    response: jsonError(c, 400, {
      error: "invalid_id",
      message: "the customer id in the path is invalid",
      issues: [{ path: "id", message: expectedMessage("", problem, id.slice(0, 300)) }],
    }),
  };
}
