import {
  ENTITY_KEYS,
  type EntityKey,
  type EntityRecords,
  type SafeParseResult,
} from "@rapport/core";
import {
  emptyImportLists,
  type ImportLists,
  type ImportOutcome,
  type ImportResult,
} from "./import-report";
import { firstIssue } from "./record-issue";

/**
 * Collects the records and outcomes of one import, deduplicating by source id. Source adapters
 * use it so that every adapter reports the same way.
 *
 * @example
 * ```ts
 * import { parseCustomer } from "@rapport/core";
 * import { createImportCollector } from "@rapport/source-kit";
 *
 * const collector = createImportCollector("zendesk");
 * collector.accept("customers", "user", "123", parseCustomer({ id: "zendesk:123" }));
 * collector.accept("customers", "user", "123", parseCustomer({ id: "zendesk:123" })); // duplicate
 * collector.reject("user", "124", "email", 'expected an e-mail address, received "x"');
 * const result = collector.result();
 * result.report.accepted; // 1
 * ```
 */
export interface ImportCollector {
  /** Adds a mapped record, unless the same entity and source id were seen (then a duplicate). */
  accept<Key extends EntityKey>(
    list: Key,
    entity: string,
    sourceId: string,
    record: EntityRecords[Key],
  ): boolean;
  /**
   * Adds the result of parsing a record (a core `safeParseX`): accepted when valid (or a
   * duplicate), rejected with the first issue's field and message when not.
   */
  add<Key extends EntityKey>(
    list: Key,
    entity: string,
    sourceId: string,
    parsed: SafeParseResult<EntityRecords[Key]>,
  ): boolean;
  /**
   * Accounts for a record folded into another one (a ticket metric into its case): accepted
   * the first time its source id is seen, a duplicate after.
   */
  merged(entity: string, sourceId: string): boolean;
  /** Records a repeat of an already accepted record. */
  duplicate(entity: string, sourceId: string): void;
  /** Records an input record that could not be mapped. */
  reject(entity: string, sourceId: string | null, field: string, reason: string): void;
  /** Records an input record deliberately left out, and why. */
  ignore(entity: string, sourceId: string | null, reason: string): void;
  /** Whether a record of that entity and source id has been accepted already. */
  has(entity: string, sourceId: string): boolean;
  /** How many outcomes were recorded so far (the length of the report's `records`). */
  size(): number;
  /** The records and the report so far (copies: the collector can go on). */
  result(): ImportResult;
}

/**
 * Creates an {@link ImportCollector} for one import from one source system.
 *
 * @example
 * ```ts
 * import { createImportCollector } from "@rapport/source-kit";
 * const collector = createImportCollector("csv");
 * collector.ignore("row", "7", "blank line");
 * collector.result().report.ignored; // 1
 * ```
 */
export function createImportCollector(source: string): ImportCollector {
  const lists: ImportLists = emptyImportLists();
  const records: ImportOutcome[] = [];
  // The ids seen, by entity: no key string built per lookup.
  const seenByEntity = new Map<string, Set<string>>();
  const seenOf = (entity: string) => {
    let ids = seenByEntity.get(entity);
    if (ids === undefined) {
      ids = new Set<string>();
      seenByEntity.set(entity, ids);
    }
    return ids;
  };
  const isSeen = (entity: string, sourceId: string) =>
    seenByEntity.get(entity)?.has(sourceId) === true;
  const counts = { accepted: 0, rejected: 0, duplicates: 0, ignored: 0 };

  const duplicate = (entity: string, sourceId: string) => {
    records.push({ entity, sourceId, status: "duplicate" });
    counts.duplicates++;
  };
  const firstTime = (entity: string, sourceId: string) => {
    const ids = seenOf(entity);
    // One lookup, not two (has, then add): the set grows exactly when the id is new.
    const before = ids.size;
    ids.add(sourceId);
    if (ids.size === before) {
      duplicate(entity, sourceId);
      return false;
    }
    records.push({ entity, sourceId, status: "accepted" });
    counts.accepted++;
    return true;
  };
  const reject = (entity: string, sourceId: string | null, field: string, reason: string) => {
    records.push({ entity, sourceId, status: "rejected", field, reason });
    counts.rejected++;
  };

  const collector: ImportCollector = {
    accept(list, entity, sourceId, record) {
      if (!firstTime(entity, sourceId)) return false;
      (lists[list] as unknown[]).push(record);
      return true;
    },
    add(list, entity, sourceId, parsed) {
      if (isSeen(entity, sourceId)) {
        duplicate(entity, sourceId);
        return false;
      }
      if (!parsed.success) {
        const { field, reason } = firstIssue(parsed.error);
        reject(entity, sourceId, field, reason);
        return false;
      }
      return collector.accept(list, entity, sourceId, parsed.data);
    },
    merged: firstTime,
    duplicate,
    reject,
    ignore(entity, sourceId, reason) {
      records.push({ entity, sourceId, status: "ignored", reason });
      counts.ignored++;
    },
    has: isSeen,
    size: () => records.length,
    result() {
      const copy = emptyImportLists() as Record<EntityKey, unknown[]>;
      for (const list of ENTITY_KEYS) copy[list] = [...lists[list]];
      return {
        ...(copy as ImportLists),
        report: { source, ...counts, records: [...records] },
      };
    },
  };
  return collector;
}
