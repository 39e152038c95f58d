import { STORE_ENTITIES, type StoreEntity, type StoreRecords } from "./store-entity";
import { checkKey } from "./tenant";
import type { UpsertReport } from "./upsert-report";

/**
 * Records of several entities to store together (see `TenantStore.upsertAll`): any of the
 * store's entity keys, each with a list of records, the lists of an import result as they
 * come.
 *
 * @example
 * ```ts
 * import type { StoreBatch } from "@rapport/store";
 * import { parseCustomer } from "@rapport/core";
 * const batch: StoreBatch = { customers: [parseCustomer({ id: "c1" })], cases: [] };
 * ```
 */
export type StoreBatch = { readonly [E in StoreEntity]?: readonly StoreRecords[E][] };

/**
 * Options of `TenantStore.upsertAll`.
 *
 * @example
 * ```ts
 * import type { UpsertAllOptions } from "@rapport/store";
 * const options: UpsertAllOptions = { deliveryId: "zendesk:01HZX3" };
 * ```
 */
export interface UpsertAllOptions {
  /**
   * The id of the delivery that carried the records (a webhook's event id, prefixed by its
   * source). The tenant's store remembers it in the same transaction as the records: a
   * delivery seen before stores nothing and reports `duplicate: true`. 1 to 256 characters.
   */
  readonly deliveryId?: string;
}

/**
 * What `TenantStore.upsertAll` did: whether the delivery was one seen before (then nothing
 * was stored), and the {@link UpsertReport} of every entity (empty for those not in the
 * batch).
 *
 * @example
 * ```ts
 * import type { UpsertAllReport } from "@rapport/store";
 * const total = (report: UpsertAllReport) =>
 *   Object.values(report.reports).reduce((sum, r) => sum + r.stored, 0);
 * ```
 */
export interface UpsertAllReport {
  /** `true` when the delivery id was seen before and nothing was stored. */
  duplicate: boolean;
  /** One report per store entity. */
  reports: { [E in StoreEntity]: UpsertReport };
}

/**
 * One empty {@link UpsertReport} per store entity: where an adapter's `upsertAll` starts.
 *
 * @example
 * ```ts
 * import { emptyReports } from "@rapport/store";
 * emptyReports().cases; // { stored: 0, rejected: [], conflicts: [], stale: [] }
 * ```
 */
export function emptyReports(): { [E in StoreEntity]: UpsertReport } {
  return Object.fromEntries(
    STORE_ENTITIES.map((entity) => [entity, { stored: 0, rejected: [], conflicts: [], stale: [] }]),
  ) as unknown as { [E in StoreEntity]: UpsertReport };
}

/**
 * Checks `upsertAll`'s `deliveryId` and returns it: `undefined` when absent, a `TypeError`
 * unless a string, a `RangeError` unless 1 to 256 characters without NUL.
 *
 * @example
 * ```ts
 * import { checkDeliveryId } from "@rapport/store";
 * checkDeliveryId("zendesk:01HZX3"); // "zendesk:01HZX3"
 * ```
 */
export function checkDeliveryId(deliveryId: unknown): string | undefined {
  if (deliveryId === undefined) return undefined;
  return checkKey("upsertAll: options.deliveryId", "a delivery id", deliveryId);
}
