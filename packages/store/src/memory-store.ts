import { applyErasure } from "./apply-erasure";
import type { CareStore, Repository } from "./care-store";
import { memoryDataKeyTable } from "./data-key-table";
import { pagesOf } from "./pages-of";
import { prepareUpsert } from "./prepare-upsert";
import { pseudonymiseRecord } from "./pseudonymise-record";
import { checkRecordQuery, encodeCursor, type Page } from "./record-query";
import { createRecordSealer, type RecordSealer } from "./record-sealer";
import { NO_TIME } from "./record-time";
import { scoreCountsOf } from "./score-counts-of";
import { STORE_ENTITIES, type StoreEntity, type StoreIds, type StoreRecords } from "./store-entity";
import { createSuppressionStore } from "./suppressions";

interface Row {
  id: string;
  customerId: string;
  atMs: number;
  /** The record as stored JSON, so reads return fresh copies, as from a database. */
  json: string;
}

const byTimeThenId = (a: Row, b: Row): number =>
  a.atMs - b.atMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function memoryRepository<E extends StoreEntity>(
  entity: E,
  sealer: RecordSealer,
): Repository<StoreRecords[E], StoreIds[E]> & { all(): Promise<StoreRecords[E][]> } {
  const rows = new Map<string, Row>();
  let sorted: Row[] | null = null;
  const write = (row: Row) => {
    rows.set(row.id, row);
    sorted = null;
  };
  const ordered = (): Row[] => {
    sorted ??= [...rows.values()].sort(byTimeThenId);
    return sorted;
  };
  const read = (found: readonly Row[]) =>
    sealer.open(
      entity,
      found.map((row) => row.json),
    );
  const repository: Repository<StoreRecords[E], StoreIds[E]> & {
    all(): Promise<StoreRecords[E][]>;
  } = {
    async upsert(input) {
      const { records, rejected } = prepareUpsert(entity, input);
      const texts = await sealer.seal(entity, records);
      records.forEach((r, index) => {
        write({ id: r.id, customerId: r.customerId, atMs: r.atMs, json: texts[index]! });
      });
      return { stored: records.length, rejected };
    },
    async get(id) {
      const row = rows.get(id);
      return row && (await read([row]))[0];
    },
    async query(query) {
      const q = checkRecordQuery(query);
      const ranged = q.fromMs !== undefined || q.toMs !== undefined;
      const items: Row[] = [];
      let more = false;
      for (const row of ordered()) {
        if (q.after && byTimeThenId(row, { ...row, atMs: q.after.atMs, id: q.after.id }) <= 0) {
          continue;
        }
        if (q.customerId !== undefined && row.customerId !== q.customerId) continue;
        if (ranged && row.atMs === NO_TIME) continue;
        if (q.fromMs !== undefined && row.atMs < q.fromMs) continue;
        if (q.toMs !== undefined && row.atMs >= q.toMs) continue;
        if (items.length === q.limit) {
          more = true;
          break;
        }
        items.push(row);
      }
      const last = items[items.length - 1];
      const page: Page<StoreRecords[E]> = {
        items: await read(items),
        nextCursor: more && last ? encodeCursor(last.atMs, last.id) : null,
      };
      return page;
    },
    stream(query = {}) {
      return pagesOf((q) => repository.query(q), query);
    },
    async delete(ids) {
      let count = 0;
      for (const id of ids) if (rows.delete(id)) count++;
      if (count > 0) sorted = null;
      return count;
    },
    async pseudonymise(ids, pseudonym) {
      let count = 0;
      for (const id of ids) {
        const row = rows.get(id);
        if (!row) continue;
        const [stored] = await read([row]);
        const record = pseudonymiseRecord(entity, stored!, pseudonym);
        const customerId =
          entity === "customers" ? row.id : (record as { customerId: string }).customerId;
        const [json] = await sealer.seal(entity, [{ ...row, customerId, record }]);
        write({ ...row, customerId, json: json! });
        count++;
      }
      return count;
    },
    all: () => read(ordered()),
  };
  return repository;
}

/**
 * Options of {@link createMemoryStore}.
 *
 * @example
 * ```ts
 * import { generateEncryptionKey, type MemoryStoreOptions } from "@rapport/store";
 * const options: MemoryStoreOptions = { encryptionKey: generateEncryptionKey() };
 * ```
 */
export interface MemoryStoreOptions {
  /**
   * The master key (32 bytes) that wraps each customer's data key; with it, the personal
   * fields (see `PERSONAL_FIELDS`) are held encrypted and erasure destroys the customer's key.
   */
  encryptionKey?: Uint8Array;
}

/**
 * A {@link CareStore} held in memory: the reference adapter, for tests, demos and small
 * embedded uses. Records are validated on upsert and stored as JSON, so what you read back
 * is a fresh copy, exactly as from a database; with an `encryptionKey`, their personal fields
 * are encrypted as the SQL adapters do.
 *
 * @example
 * ```ts
 * import { createMemoryStore } from "@rapport/store";
 * import { parseSurveyResponse } from "@rapport/core";
 * const store = createMemoryStore();
 * await store.surveyResponses.upsert([
 *   parseSurveyResponse({ kind: "nps", score: 10, id: "r1", customerId: "c1", respondedAt: "2024-03-01T10:00:00Z" }),
 *   parseSurveyResponse({ kind: "nps", score: 4, id: "r2", customerId: "c2", respondedAt: "2024-03-02T10:00:00Z" }),
 * ]);
 * const [histogram] = await store.scoreCounts({ metric: "nps" });
 * histogram?.counts; // { "10": 1, "4": 1 }
 * ```
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): CareStore {
  const sealer = createRecordSealer(memoryDataKeyTable(), {
    encryptionKey: options.encryptionKey,
  });
  const repositories = Object.fromEntries(
    STORE_ENTITIES.map((entity) => [entity, memoryRepository(entity, sealer)]),
  ) as { [E in StoreEntity]: ReturnType<typeof memoryRepository<E>> };
  const rows = new Map<string, string>();
  const suppressions = createSuppressionStore(
    { write: async (key, data) => void rows.set(key, data), read: async (key) => rows.get(key) },
    sealer,
  );
  return {
    ...repositories,
    suppressions,
    erase: (request) =>
      applyErasure(repositories, request, { forget: sealer.forget, suppressions }),
    scoreCounts: async (query) => scoreCountsOf(await repositories.surveyResponses.all(), query),
    close: async () => {},
  };
}
