import type { Principal } from "./principal";

/**
 * What a rate limiter answers for one request: let it through, or refuse it and say when to
 * come back (the app answers 429 with `Retry-After`).
 *
 * @example
 * ```ts
 * import type { RateLimitDecision } from "@rapport/http";
 * const refuse: RateLimitDecision = { allowed: false, retryAfterSeconds: 30 };
 * ```
 */
export interface RateLimitDecision {
  readonly allowed: boolean;
  /** Seconds until the caller may try again; sent as `Retry-After` when refused. */
  readonly retryAfterSeconds?: number;
}

/**
 * The rate-limit hook of {@link createCareApp}: called once per authenticated request, with
 * the principal, before any work. Key it by `principal.subject` or `principal.tenant`; a shared
 * counter (Redis, the database) is what makes it hold across several app instances.
 *
 * @example
 * ```ts
 * import type { RateLimit } from "@rapport/http";
 *
 * // A fixed window of 600 requests a minute per subject, in one process.
 * const windows = new Map<string, { start: number; count: number }>();
 * const rateLimit: RateLimit = (_request, principal) => {
 *   const now = Date.now();
 *   const window = windows.get(principal.subject);
 *   if (!window || now - window.start >= 60_000) {
 *     windows.set(principal.subject, { start: now, count: 1 });
 *     return { allowed: true };
 *   }
 *   window.count += 1;
 *   return window.count <= 600
 *     ? { allowed: true }
 *     : { allowed: false, retryAfterSeconds: Math.ceil((window.start + 60_000 - now) / 1000) };
 * };
 * ```
 */
export type RateLimit = (
  request: Request,
  principal: Principal,
) => Promise<RateLimitDecision> | RateLimitDecision;
