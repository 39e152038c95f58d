import type { PurposeCatalog } from "@rapport/consent";
import type { CareStore } from "@rapport/store";
import type { AccessLog } from "./access/access-log";
import type { Authorize } from "./access/principal";
import type { RateLimit } from "./access/rate-limit";

/**
 * What {@link createCareApp} needs: a store and who may call it; optionally the webhook
 * secrets, the consent purposes, the origins a browser may call from, a rate limit, an access
 * log, limits, a clock and an id maker.
 *
 * @example
 * ```ts
 * import { bearerTokens, type CareAppOptions } from "@rapport/http";
 * import { createMemoryStore } from "@rapport/store";
 *
 * const options: CareAppOptions = {
 *   store: createMemoryStore(),
 *   authorize: bearerTokens({
 *     "a-long-random-token-for-zendesk": { subject: "zendesk", tenant: "acme", scopes: ["webhooks"] },
 *   }),
 *   secrets: { zendeskWebhook: "dGhpcyBpcyBhIHNlY3JldA==" },
 * };
 * ```
 */
export interface CareAppOptions {
  /** Where records are kept: any `CareStore` adapter (in-memory, SQLite, PostgreSQL…). */
  readonly store: CareStore;
  /**
   * Who is calling (required): a `Principal` or `null` (401). Use `bearerTokens`,
   * `jwtBearer` or your own; running open takes an explicit `allowAnyone`.
   */
  readonly authorize: Authorize;
  /**
   * The browser origins allowed to call the app (CORS), e.g. `["https://care.example.com"]`.
   * Default none: cross-origin pages are refused, and a state-changing request that carries
   * another `Origin` gets 403.
   */
  readonly corsOrigins?: readonly string[];
  /** Called once per authenticated request before any work; a refusal is 429. */
  readonly rateLimit?: RateLimit;
  /** Told of every read of a customer's personal data (snapshot, consent), before the answer. */
  readonly accessLog?: AccessLog;
  /** Where the app's one start-up warning goes (default `console.warn`). */
  readonly warn?: (message: string) => void;
  /**
   * Signing secrets of the webhooks; default `{}` (no webhook configured). A webhook without a
   * secret answers 404.
   */
  readonly secrets?: {
    /** Zendesk's webhook signing secret (`POST /webhooks/zendesk`). */
    readonly zendeskWebhook?: string;
    /** The secret of a chatwoot account webhook (`POST /webhooks/chatwoot`). */
    readonly chatwootWebhook?: string;
    /** The secret key of a Help Scout webhook (`POST /webhooks/helpscout`). */
    readonly helpScoutWebhook?: string;
  };
  /** The purposes consent is evaluated against (see `@rapport/consent` `definePurposes`). */
  readonly purposes?: PurposeCatalog;
  /** The largest request body accepted, in bytes (default 1 MiB); larger ones get 413. */
  readonly maxBodyBytes?: number;
  /** The most survey responses one request may carry (default 10,000); more get 413. */
  readonly maxBatchSize?: number;
  /** The most periods one metrics query may return (default 5,000); more get 400. */
  readonly maxPeriodBuckets?: number;
  /**
   * The clock (default: the system clock, `() => new Date()`), read once per request; the
   * moment is passed down as `asOf`. Tests pass a fixed one.
   */
  readonly now?: () => Date;
  /** Makes ids for records the API creates (default `crypto.randomUUID`). */
  readonly newId?: () => string;
}
