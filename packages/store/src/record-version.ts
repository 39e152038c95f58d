import type { StoreEntity, StoreRecords } from "./store-entity";

/**
 * The version of a record in epoch milliseconds, for entities that carry `updatedAt`
 * (cases), else `null`: an upsert never replaces a stored record by one with an earlier
 * version (see {@link replacesVersion}).
 *
 * @example
 * ```ts
 * import { recordVersion } from "@rapport/store";
 * import { parseCase } from "@rapport/core";
 * const open = parseCase({
 *   id: "k1", customerId: "c1", channel: "email", status: "open",
 *   createdAt: "2024-03-01T10:00:00Z", updatedAt: "2024-03-01T11:00:00Z",
 * });
 * recordVersion("cases", open); // 1709290800000
 * ```
 */
export function recordVersion<E extends StoreEntity>(
  entity: E,
  record: StoreRecords[E],
): number | null {
  if (entity !== "cases") return null;
  const updatedAt = (record as { updatedAt?: Date }).updatedAt;
  return updatedAt === undefined ? null : updatedAt.getTime();
}

/**
 * Whether a record of version `incoming` replaces a stored one of version `stored`: yes
 * when the stored one has no version, or the incoming one is at least as recent (the SQL
 * adapters' `WHERE stored.updated_ms IS NULL OR excluded.updated_ms >= stored.updated_ms`).
 * So an old webhook delivery sent again never rolls a case back, and a record without
 * `updatedAt` never replaces one with it.
 *
 * @example
 * ```ts
 * import { replacesVersion } from "@rapport/store";
 * replacesVersion(2, 1); // true
 * replacesVersion(1, 2); // false
 * replacesVersion(null, 2); // false
 * replacesVersion(null, null); // true
 * ```
 */
export function replacesVersion(incoming: number | null, stored: number | null): boolean {
  return stored === null || (incoming !== null && incoming >= stored);
}
