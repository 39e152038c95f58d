import { formatPath } from "@rapport/core";
import { recordTime } from "./record-time";
import type { StoreEntity, StoreRecords } from "./store-entity";
import { validateStoreRecord } from "./store-record-codec";
import type { RejectedRecord } from "./upsert-report";

/**
 * A validated record ready to write: its id, customer, sort time and the record itself.
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
  /** The validated record. */
  record: StoreRecords[E];
}

/**
 * Validates an upsert batch: the valid records (the last one per id, sorted by id so that
 * concurrent writers lock rows in the same order) and the report of refused ones.
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
): { records: PreparedRecord<E>[]; rejected: RejectedRecord[] } {
  const batch: readonly unknown[] = Array.isArray(input) ? input : [input];
  const byId = new Map<string, PreparedRecord<E>>();
  const rejected: RejectedRecord[] = [];
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
    byId.delete(id);
    byId.set(id, { id, customerId, atMs: recordTime(entity, record), record });
  });
  const records = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { records, rejected };
}
