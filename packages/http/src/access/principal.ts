/**
 * The scopes a route can require. Each route of {@link createCareApp} declares exactly one:
 * reading customers (snapshots), reading or changing consent, posting survey answers, reading
 * metrics, and receiving the signed webhooks of a helpdesk.
 *
 * @example
 * ```ts
 * import { SCOPES } from "@rapport/http";
 * SCOPES.includes("consent:write"); // true
 * ```
 */
export const SCOPES = [
  "customers:read",
  "consent:read",
  "consent:write",
  "surveys:write",
  "metrics:read",
  "webhooks",
] as const;

/**
 * One of {@link SCOPES}.
 *
 * @example
 * ```ts
 * import type { Scope } from "@rapport/http";
 * const scope: Scope = "metrics:read";
 * ```
 */
export type Scope = (typeof SCOPES)[number];

/**
 * Who is calling, as the app's `authorize` function established it: a subject (a user, a
 * service account), the tenant whose records it may touch, and the scopes it was granted.
 *
 * @example
 * ```ts
 * import type { Principal } from "@rapport/http";
 * const agent: Principal = {
 *   subject: "agent:42",
 *   tenant: "acme",
 *   scopes: ["customers:read", "consent:read"],
 * };
 * ```
 */
export interface Principal {
  /** Who: a user id, a service account, a webhook sender. Recorded in the access log. */
  readonly subject: string;
  /** The tenant whose records this principal may read and write. */
  readonly tenant: string;
  /** What it may do. */
  readonly scopes: readonly Scope[];
}

/**
 * Decides who sent a request: a {@link Principal}, or `null` when the request carries no valid
 * credentials (the app answers 401). It sees the web-standard `Request`, so any scheme works:
 * a session cookie, mTLS headers set by a proxy, a bearer token ({@link bearerTokens}), a JWT
 * ({@link jwtBearer}). It must not throw for bad credentials: return `null`.
 *
 * @example
 * ```ts
 * import type { Authorize } from "@rapport/http";
 * const authorize: Authorize = async (request) =>
 *   request.headers.get("x-api-key") === "k1"
 *     ? { subject: "service:crm", tenant: "acme", scopes: ["metrics:read"] }
 *     : null;
 * ```
 */
export type Authorize = (request: Request) => Promise<Principal | null> | Principal | null;
