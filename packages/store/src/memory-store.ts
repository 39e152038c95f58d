import { applyErasure } from "./apply-erasure";
import type { CareStore, Repository, TenantStore } from "./care-store";
import { defineCareStore } from "./define-care-store";
import { pagesOf } from "./pages-of";
import { conflictReason, prepareUpsert } from "./prepare-upsert";
import { pseudonymiseRecord } from "./pseudonymise-record";
import { checkRecordQuery, encodeCursor, type Page } from "./record-query";
import { NO_TIME } from "./record-time";
import { replacesVersion } from "./record-version";
import { scoreCountsOf } from "./score-counts-of";
import { STORE_ENTITIES, type StoreEntity, type StoreIds, type StoreRecords } from "./store-entity";
import { decodeStoreRecord, encodeStoreRecord } from "./store-record-codec";
import { checkDeliveryId, emptyReports } from "./upsert-all";
import type { UpsertReport } from "./upsert-report";

interface Row {
  id: string;
  customerId: string;
  atMs: number;
  version: number | null;
  /** The record as stored JSON, so reads return fresh copies, as from a database. */
  json: string;
}

const byTimeThenId = (a: Row, b: Row): number =>
  a.atMs - b.atMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

type MemoryRepository<E extends StoreEntity> = Repository<StoreRecords[E], StoreIds[E]> & {
  all(): StoreRecords[E][];
  /** Writes a prepared batch in one synchronous step: nothing can interleave. */
  apply(prepared: ReturnType<typeof prepareUpsert<E>>): UpsertReport;
};

function memoryRepository<E extends StoreEntity>(entity: E): MemoryRepository<E> {
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
  const read = (row: Row) => decodeStoreRecord(entity, row.json);
  const repository: MemoryRepository<E> = {
    apply({ records, rejected, conflicts, stale }) {
      let stored = 0;
      const staleIds = new Set(stale);
      const conflicted = [...conflicts];
      for (const r of records) {
        const existing = rows.get(r.id);
        if (existing !== undefined && entity === "consentEvents") {
          // Append-only: the same event again is acknowledged, a different one refused.
          if (existing.json === r.json) stored++;
          else conflicted.push({ index: r.index, id: r.id, reason: conflictReason(r.id) });
          continue;
        }
        if (existing !== undefined && !replacesVersion(r.version, existing.version)) {
          staleIds.add(r.id);
          continue;
        }
        write({
          id: r.id,
          customerId: r.customerId,
          atMs: r.atMs,
          version: r.version,
          json: r.json,
        });
        stored++;
      }
      conflicted.sort((a, b) => a.index - b.index);
      return { stored, rejected, conflicts: conflicted, stale: [...staleIds].sort() };
    },
    async upsert(input) {
      return repository.apply(prepareUpsert(entity, input));
    },
    async get(id) {
      const row = rows.get(id);
      return row && read(row);
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
        items: items.map(read),
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
        const record = pseudonymiseRecord(entity, read(row), pseudonym);
        const customerId =
          entity === "customers" ? row.id : (record as { customerId: string }).customerId;
        write({ ...row, customerId, json: encodeStoreRecord(entity, record) });
        count++;
      }
      return count;
    },
    all: () => ordered().map(read),
  };
  return repository;
}

function memoryTenant(tenant: string): TenantStore {
  const repositories = Object.fromEntries(
    STORE_ENTITIES.map((entity) => [entity, memoryRepository(entity)]),
  ) as { [E in StoreEntity]: MemoryRepository<E> };
  const deliveries = new Set<string>();
  return {
    ...repositories,
    tenant,
    async upsertAll(batch, options = {}) {
      const deliveryId = checkDeliveryId(options.deliveryId);
      const reports = emptyReports();
      // Validate everything first, then check the delivery and write in one synchronous
      // step: all or nothing, and a concurrent delivery of the same id sees this one.
      const prepared = STORE_ENTITIES.map(
        (entity) => [entity, prepareUpsert(entity, batch[entity] ?? [])] as const,
      );
      if (deliveryId !== undefined) {
        if (deliveries.has(deliveryId)) return { duplicate: true, reports };
        deliveries.add(deliveryId);
      }
      for (const [entity, batchOf] of prepared) {
        reports[entity] = (repositories[entity] as MemoryRepository<StoreEntity>).apply(
          batchOf as ReturnType<typeof prepareUpsert<StoreEntity>>,
        );
      }
      return { duplicate: false, reports };
    },
    erase: (request) => applyErasure(repositories, request),
    scoreCounts: async (query) => scoreCountsOf(repositories.surveyResponses.all(), query),
  };
}

/**
 * A {@link CareStore} held in memory: the reference adapter, for tests, demos and small
 * embedded uses. Each tenant's records are kept apart (see `forTenant`); records are
 * validated on upsert and stored as JSON, so what you read back is a fresh copy, exactly as
 * from a database. Each write is one synchronous step, so concurrent calls never interleave
 * inside one.
 *
 * @example
 * ```ts
 * import { createMemoryStore } from "@rapport/store";
 * import { parseSurveyResponse } from "@rapport/core";
 * const acme = createMemoryStore().forTenant("acme");
 * await acme.surveyResponses.upsert([
 *   parseSurveyResponse({ kind: "nps", score: 10, id: "r1", customerId: "c1", respondedAt: "2024-03-01T10:00:00Z" }),
 *   parseSurveyResponse({ kind: "nps", score: 4, id: "r2", customerId: "c2", respondedAt: "2024-03-02T10:00:00Z" }),
 * ]);
 * const [histogram] = await acme.scoreCounts({ metric: "nps" });
 * histogram?.counts; // { "10": 1, "4": 1 }
 * ```
 */
export function createMemoryStore(): CareStore {
  const tenants = new Map<string, TenantStore>();
  return defineCareStore({
    forTenant(tenant) {
      let view = tenants.get(tenant);
      if (view === undefined) {
        view = memoryTenant(tenant);
        tenants.set(tenant, view);
      }
      return view;
    },
    close: async () => {},
  });
}
