import type { PurposeCatalog } from "@rapport/consent";
import type { CareStore } from "@rapport/store";

/**
 * What {@link createCareApp} needs: a store; optionally the webhook secrets, the consent
 * purposes, a body size limit, a clock and an id maker.
 *
 * @example
 * ```ts
 * import type { CareAppOptions } from "@rapport/http";
 * import { createMemoryStore } from "@rapport/store";
 *
 * const options: CareAppOptions = {
 *   store: createMemoryStore(),
 *   secrets: { zendeskWebhook: "dGhpcyBpcyBhIHNlY3JldA==" },
 * };
 * ```
 */
export interface CareAppOptions {
  /** Where records are kept: any `CareStore` adapter (in-memory, SQLite, PostgreSQL…). */
  readonly store: CareStore;
  /**
   * Signing secrets of the webhooks; default `{}` (no webhook configured). A webhook without a
   * secret answers 404.
   */
  readonly secrets?: { readonly zendeskWebhook?: string };
  /** The purposes consent is evaluated against (see `@rapport/consent` `definePurposes`). */
  readonly purposes?: PurposeCatalog;
  /** The largest request body accepted, in bytes (default 1 MiB); larger ones get 413. */
  readonly maxBodyBytes?: number;
  /**
   * The clock (default: the system clock, `() => new Date()`), read once per request; the
   * moment is passed down as `asOf`. Tests pass a fixed one.
   */
  readonly now?: () => Date;
  /** Makes ids for records the API creates (default `crypto.randomUUID`). */
  readonly newId?: () => string;
}
