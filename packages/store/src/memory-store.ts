import { applyErasure } from "./apply-erasure";
import type { CareStore, Repository, TenantStore } from "./care-store";
import { memoryDataKeyTable } from "./data-key-table";
import { defineCareStore } from "./define-care-store";
import { pagesOf } from "./pages-of";
import { conflictReason, prepareUpsert } from "./prepare-upsert";
import { pseudonymiseRecord } from "./pseudonymise-record";
import { checkRecordQuery, encodeCursor, type Page } from "./record-query";
import { createRecordSealer, type RecordSealer } from "./record-sealer";
import { NO_TIME } from "./record-time";
import { replacesVersion } from "./record-version";
import { scoreCountsOf } from "./score-counts-of";
import { STORE_ENTITIES, type StoreEntity, type StoreIds, type StoreRecords } from "./store-entity";
import { createSuppressionStore } from "./suppressions";
import { checkDeliveryId, emptyReports } from "./upsert-all";
import type { UpsertReport } from "./upsert-report";

interface Row {
  id: string;
  customerId: string;
  atMs: number;
  version: number | null;
  /** The record as stored JSON (sealed with a key), so reads return fresh copies. */
  json: string;
  /** What tells two consent events apart: the plain JSON, or its SHA-256 when sealed. */
  fingerprint: string;
}

/** A prepared batch with each record's stored text and fingerprint. */
type Sealed<E extends StoreEntity> = ReturnType<typeof prepareUpsert<E>> & {
  texts: readonly string[];
  fingerprints: readonly string[];
};

async function sha256(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

async function seal<E extends StoreEntity>(
  entity: E,
  sealer: RecordSealer,
  prepared: ReturnType<typeof prepareUpsert<E>>,
): Promise<Sealed<E>> {
  const texts = await sealer.seal(entity, prepared.records);
  const fingerprints =
    entity !== "consentEvents"
      ? []
      : sealer.encrypted
        ? await Promise.all(prepared.records.map((r) => sha256(r.json)))
        : prepared.records.map((r) => r.json);
  return { ...prepared, texts, fingerprints };
}

const byTimeThenId = (a: Row, b: Row): number =>
  a.atMs - b.atMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

type MemoryRepository<E extends StoreEntity> = Repository<StoreRecords[E], StoreIds[E]> & {
  all(): Promise<StoreRecords[E][]>;
  /** Writes a sealed batch in one synchronous step: nothing can interleave. */
  apply(prepared: Sealed<E>): UpsertReport;
};

function memoryRepository<E extends StoreEntity>(
  entity: E,
  sealer: RecordSealer,
): MemoryRepository<E> {
  const rows = new Map<string, Row>();
  // Each customer's rows, so one customer's query sorts only theirs.
  const byCustomer = new Map<string, Map<string, Row>>();
  let sorted: Row[] | null = null;
  const unindex = (row: Row) => {
    const own = byCustomer.get(row.customerId);
    own?.delete(row.id);
    if (own?.size === 0) byCustomer.delete(row.customerId);
  };
  const write = (row: Row) => {
    const previous = rows.get(row.id);
    if (previous) unindex(previous);
    rows.set(row.id, row);
    const own = byCustomer.get(row.customerId) ?? new Map<string, Row>();
    byCustomer.set(row.customerId, own);
    own.set(row.id, row);
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
  const repository: MemoryRepository<E> = {
    apply({ records, rejected, conflicts, stale, texts, fingerprints }) {
      let stored = 0;
      const staleIds = new Set(stale);
      const conflicted = [...conflicts];
      for (const [index, r] of records.entries()) {
        const existing = rows.get(r.id);
        const fingerprint = fingerprints[index] ?? "";
        if (existing !== undefined && entity === "consentEvents") {
          // Append-only: the same event again is acknowledged, a different one refused.
          if (existing.fingerprint === fingerprint) stored++;
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
          json: texts[index]!,
          fingerprint,
        });
        stored++;
      }
      conflicted.sort((a, b) => a.index - b.index);
      return { stored, rejected, conflicts: conflicted, stale: [...staleIds].sort() };
    },
    async upsert(input) {
      return repository.apply(await seal(entity, sealer, prepareUpsert(entity, input)));
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
      const candidates =
        q.customerId === undefined
          ? ordered()
          : [...(byCustomer.get(q.customerId)?.values() ?? [])].sort(byTimeThenId);
      for (const row of candidates) {
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
      for (const id of ids) {
        const row = rows.get(id);
        if (!row) continue;
        unindex(row);
        rows.delete(id);
        count++;
      }
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
        const [json] = await sealer.seal(entity, [
          {
            id: row.id,
            customerId,
            atMs: row.atMs,
            version: row.version,
            index: 0,
            record,
            json: "",
          },
        ]);
        write({ ...row, customerId, json: json! });
        count++;
      }
      return count;
    },
    all: () => read(ordered()),
  };
  return repository;
}

function memoryTenant(tenant: string, encryptionKey: Uint8Array | undefined): TenantStore {
  // Each tenant has its own data keys: the same customer id in two tenants is two people.
  const sealer = createRecordSealer(memoryDataKeyTable(), { encryptionKey });
  const repositories = Object.fromEntries(
    STORE_ENTITIES.map((entity) => [entity, memoryRepository(entity, sealer)]),
  ) as { [E in StoreEntity]: MemoryRepository<E> };
  const deliveries = new Set<string>();
  const suppressionRows = new Map<string, string>();
  const suppressions = createSuppressionStore(
    {
      write: async (key, data) => void suppressionRows.set(key, data),
      read: async (key) => suppressionRows.get(key),
    },
    sealer,
  );
  return {
    ...repositories,
    tenant,
    suppressions,
    async upsertAll(batch, options = {}) {
      const deliveryId = checkDeliveryId(options.deliveryId);
      const reports = emptyReports();
      // Validate everything first, then check the delivery and write in one synchronous
      // step: all or nothing, and a concurrent delivery of the same id sees this one.
      const prepared = await Promise.all(
        STORE_ENTITIES.map(
          async (entity) =>
            [
              entity,
              await seal(entity, sealer, prepareUpsert(entity, batch[entity] ?? [])),
            ] as const,
        ),
      );
      if (deliveryId !== undefined) {
        if (deliveries.has(deliveryId)) return { duplicate: true, reports };
        deliveries.add(deliveryId);
      }
      for (const [entity, batchOf] of prepared) {
        reports[entity] = (repositories[entity] as MemoryRepository<StoreEntity>).apply(
          batchOf as Sealed<StoreEntity>,
        );
      }
      return { duplicate: false, reports };
    },
    erase: (request) =>
      applyErasure(repositories, request, { forget: sealer.forget, suppressions }),
    scoreCounts: async (query) => scoreCountsOf(await repositories.surveyResponses.all(), query),
  };
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
export function createMemoryStore(options: MemoryStoreOptions = {}): CareStore {
  const tenants = new Map<string, TenantStore>();
  return defineCareStore({
    forTenant(tenant) {
      let view = tenants.get(tenant);
      if (view === undefined) {
        view = memoryTenant(tenant, options.encryptionKey);
        tenants.set(tenant, view);
      }
      return view;
    },
    close: async () => {},
  });
}
