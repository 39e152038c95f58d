import type { PurposeCatalog } from "@rapport/consent";
import type { TenantStore } from "@rapport/store";
import type { Context, MiddlewareHandler } from "hono";
import type { AccessLogEntry } from "../access/access-log";
import type { CareEnv } from "../access/guard";
import type { Scope } from "../access/principal";

/** What every route of the app shares; internal. */
export interface RouteContext {
  /** The store scoped to the calling principal's tenant (call it after the guard). */
  readonly storeFor: (c: Context<CareEnv>) => TenantStore;
  readonly purposes: PurposeCatalog | undefined;
  readonly secrets: {
    readonly zendeskWebhook?: string;
    readonly chatwootWebhook?: string;
    readonly helpScoutWebhook?: string;
  };
  readonly now: () => Date;
  readonly newId: () => string;
  readonly maxBatchSize: number;
  readonly maxPeriodBuckets: number;
  /** The guard middleware for a scope. */
  readonly guard: (scope: Scope) => MiddlewareHandler<CareEnv>;
  /** Records a read of personal data (a no-op without an access log). */
  readonly logAccess: (entry: AccessLogEntry) => Promise<void>;
}
