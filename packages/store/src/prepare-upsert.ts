import { formatPath } from "@rapport/core";
import { expectedMessage } from "@rapport/stats";
import { recordTime } from "./record-time";
import { recordVersion, replacesVersion } from "./record-version";
import type { StoreEntity, StoreRecords } from "./store-entity";
import { encodeStoreRecord, validateStoreRecord } from "./store-record-codec";
import type { RejectedRecord, UpsertConflict } from "./upsert-report";

/**
 * A validated record ready to write: its id, customer, sort time, version, batch index, the
 * record itself and its stored JSON.
 *
 * @example
 * ```ts
 * import type { PreparedRecord } from "@rapport/store";
 * type Row = PreparedRecord<"cases">;
 * ```
 */
export interface PreparedRecord<E extends StoreEntity> {
  /** The record's id. */
  id: string;
  /** The record's customer (for customers, their own id). */
  customerId: string;
  /** The sort time in epoch ms (see `recordTime`). */
  atMs: number;
  /** The version in epoch ms (see `recordVersion`), or `null`. */
  version: number | null;
  /** The record's index in the batch. */
  index: number;
  /** The validated record. */
  record: StoreRecords[E];
  /** The record as the JSON text adapters store (see `encodeStoreRecord`). */
  json: string;
}

/**
 * The reason of a consent event refused because its id is taken by a different event.
 *
 * @example
 * ```ts
 * import { conflictReason } from "@rapport/store";
 * conflictReason("con-1"); // 'id: expected an id not used by a different consent event, received "con-1"'
 * ```
 */
export function conflictReason(id: string): string {
  return expectedMessage("id", "an id not used by a different consent event", id.slice(0, 300));
}

/**
 * Validates an upsert batch: the valid records (one per id, sorted by id so that concurrent
 * writers lock rows in the same order) and the report of refused ones. Within a batch, a
 * later record with an id replaces an earlier one unless it is an older version (see
 * `replacesVersion`); consent events are append-only, so a second, different event with an
 * id is a conflict and the first one is kept.
 *
 * @example
 * ```ts
 * import { prepareUpsert } from "@rapport/store";
 * const { records, rejected } = prepareUpsert("customers", [{ id: "c1" }, { id: "" }]);
 * records.length; // 1
 * rejected[0]?.index; // 1
 * ```
 */
export function prepareUpsert<E extends StoreEntity>(
  entity: E,
  input: unknown,
): {
  records: PreparedRecord<E>[];
  rejected: RejectedRecord[];
  conflicts: UpsertConflict[];
  stale: string[];
} {
  const batch: readonly unknown[] = Array.isArray(input) ? input : [input];
  const byId = new Map<string, PreparedRecord<E>>();
  const rejected: RejectedRecord[] = [];
  const conflicts: UpsertConflict[] = [];
  const stale = new Set<string>();
  batch.forEach((candidate, index) => {
    const result = validateStoreRecord(entity, candidate);
    if (!result.success) {
      const id = (candidate as { id?: unknown } | null)?.id;
      rejected.push({
        index,
        id: typeof id === "string" ? id : null,
        reason: result.error.issues
          .map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
          .join("; "),
        issues: result.error.issues,
      });
      return;
    }
    const record = result.data;
    const id = record.id as string;
    const customerId = entity === "customers" ? id : (record as { customerId: string }).customerId;
    const prepared: PreparedRecord<E> = {
      id,
      customerId,
      atMs: recordTime(entity, record),
      version: recordVersion(entity, record),
      index,
      record,
      json: encodeStoreRecord(entity, record),
    };
    const earlier = byId.get(id);
    if (earlier !== undefined) {
      if (entity === "consentEvents") {
        if (earlier.json !== prepared.json)
          conflicts.push({ index, id, reason: conflictReason(id) });
        return;
      }
      if (!replacesVersion(prepared.version, earlier.version)) {
        stale.add(id);
        return;
      }
    }
    byId.set(id, prepared);
  });
  const records = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { records, rejected, conflicts, stale: [...stale].sort() };
}
