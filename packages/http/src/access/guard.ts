import type { MiddlewareHandler } from "hono";
import { jsonError } from "../json-error";
import type { Authorize, Principal, Scope } from "./principal";
import type { RateLimit } from "./rate-limit";

/**
 * The Hono environment of the app's routes: each handler reads the principal the guard let in
 * with `c.get("principal")`. Useful when mounting the app in a larger Hono app.
 *
 * @example
 * ```ts
 * import { allowAnyone, type CareEnv, createCareApp } from "@rapport/http";
 * import { createMemoryStore } from "@rapport/store";
 * import { Hono } from "hono";
 *
 * const care: Hono<CareEnv> = createCareApp({ store: createMemoryStore(), authorize: allowAnyone() });
 * const site = new Hono().route("/care", care);
 * ```
 */
export interface CareEnv {
  Variables: { principal: Principal };
}

/**
 * The middleware in front of every route: no principal is 401, a principal without the
 * route's scope 403, a refused rate limit 429; otherwise the principal is set on the context.
 * A throwing `authorize` is treated as "no principal", never as a way in. Internal.
 */
export function guard(
  scope: Scope,
  authorize: Authorize,
  rateLimit: RateLimit | undefined,
): MiddlewareHandler<CareEnv> {
  return async (c, next) => {
    let principal: Principal | null;
    try {
      principal = await authorize(c.req.raw);
    } catch {
      principal = null;
    }
    if (principal === null || principal === undefined) {
      c.header("WWW-Authenticate", 'Bearer realm="rapport"');
      return jsonError(c, 401, {
        error: "unauthenticated",
        message: "the request carries no valid credentials",
      });
    }
    if (!principal.scopes.includes(scope)) {
      return jsonError(c, 403, {
        error: "forbidden",
        message: `this route needs the scope "${scope}", which the caller was not granted`,
      });
    }
    if (rateLimit) {
      const decision = await rateLimit(c.req.raw, principal);
      if (!decision.allowed) {
        if (decision.retryAfterSeconds !== undefined) {
          c.header("Retry-After", String(Math.max(0, Math.ceil(decision.retryAfterSeconds))));
        }
        return jsonError(c, 429, {
          error: "rate_limited",
          message: "too many requests; try again later",
        });
      }
    }
    c.set("principal", principal);
    await next();
  };
}
