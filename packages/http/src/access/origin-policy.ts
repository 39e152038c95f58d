import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import { jsonError } from "../json-error";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CORS from an allow-list of origins, deny by default: without `origins`, no cross-origin
 * browser page may call the app. Internal.
 */
export function corsPolicy(origins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(origins);
  return cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowMethods: ["GET", "POST", "OPTIONS"],
    allowHeaders: ["Authorization", "Content-Type"],
    maxAge: 600,
  });
}

/**
 * Refuses state-changing requests from a browser page of an origin not on the allow-list
 * (403): the second wall against cross-site request forgery, after JSON-only bodies. Requests
 * without an `Origin` header (servers, webhooks, curl) are not browsers' and pass. Internal.
 */
export function originCheck(origins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(origins);
  return async (c, next) => {
    const origin = c.req.header("origin");
    if (!SAFE_METHODS.has(c.req.method) && origin !== undefined && !allowed.has(origin)) {
      return jsonError(c, 403, {
        error: "origin_not_allowed",
        message: `requests from the origin ${JSON.stringify(origin.slice(0, 200))} are not allowed`,
      });
    }
    await next();
  };
}
