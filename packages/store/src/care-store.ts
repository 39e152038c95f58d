import type { CustomerId } from "@rapport/core";
import type { ErasureReport, ErasureRequest } from "./erasure-request";
import type { Page, RecordQuery } from "./record-query";
import type { ScoreCountsQuery, ScoreHistogram } from "./score-counts-query";
import type { StoreEntity, StoreIds, StoreRecords } from "./store-entity";
import type { SuppressionStore } from "./suppressions";
import type { StoreBatch, UpsertAllOptions, UpsertAllReport } from "./upsert-all";
import type { UpsertReport } from "./upsert-report";

/**
 * The records of one entity in a store. Every method is async so that any database can
 * implement it.
 *
 * @example
 * ```ts
 * import { createMemoryStore } from "@rapport/store";
 * import { customerId, parseCustomer } from "@rapport/core";
 * const acme = createMemoryStore().forTenant("acme");
 * await acme.customers.upsert(parseCustomer({ id: "c1", name: "Ada" }));
 * (await acme.customers.get(customerId("c1")))?.name; // "Ada"
 * ```
 */
export interface Repository<T, Id extends string> {
  /**
   * Stores records, replacing any stored record with the same id (so the same record twice
   * is stored once) unless the stored one is a newer version (a later `updatedAt`: the id is
   * reported in `stale`). Consent events are append-only: an event whose id is taken by a
   * different event is reported in `conflicts` and changes nothing. Each record is validated
   * with its core schema; invalid ones are reported, the others stored. Within one call, the
   * last record with an id wins (the same rules apply).
   */
  upsert(records: T | readonly T[]): Promise<UpsertReport>;
  /**
   * The record with this id, or `undefined`. The id is branded (`CustomerId`, `CaseId`,
   * `RecordId`): make one with `customerId("…")` and the other constructors of core.
   */
  get(id: Id): Promise<T | undefined>;
  /** One page of records, ordered by time then id (see {@link RecordQuery}). */
  query(query?: RecordQuery): Promise<Page<T>>;
  /** Every record matching the query, page by page (`limit` sets the page size). */
  stream(query?: Omit<RecordQuery, "cursor">): AsyncIterable<T[]>;
  /** Deletes records by id; resolves to how many were there. */
  delete(ids: readonly Id[]): Promise<number>;
  /**
   * Replaces records by their pseudonymised copies (see `pseudonymiseRecord`); resolves to
   * how many were there.
   */
  pseudonymise(ids: readonly Id[], pseudonym: CustomerId): Promise<number>;
}

/**
 * One {@link Repository} per store entity, named by core's entity keys: `customers`,
 * `cases`, `interactions`, `surveyResponses`, `journeyEvents`, `consentEvents`,
 * `transactions`, `careGestures`, `dataSubjectRequests`.
 *
 * @example
 * ```ts
 * import { createMemoryStore, type StoreRepositories } from "@rapport/store";
 * const repositories: StoreRepositories = createMemoryStore().forTenant("acme");
 * await repositories.careGestures.query({ limit: 10 });
 * ```
 */
export type StoreRepositories = {
  readonly [E in StoreEntity]: Repository<StoreRecords[E], StoreIds[E]>;
};

/**
 * One tenant's records in a store: one {@link Repository} per entity (see
 * {@link StoreRepositories}), imports in one transaction, erasure, and the score histograms
 * metrics are computed from. Every call reads and writes this tenant's records only: the
 * same id in two tenants names two records. Get one with `store.forTenant(tenant)`.
 *
 * @example
 * ```ts
 * import { createMemoryStore, type TenantStore } from "@rapport/store";
 * const acme: TenantStore = createMemoryStore().forTenant("acme");
 * const page = await acme.surveyResponses.query({ limit: 10 });
 * ```
 */
export interface TenantStore extends StoreRepositories {
  /** The tenant every call of this view is scoped to. */
  readonly tenant: string;
  /**
   * Stores records of several entities at once, all or nothing (one transaction in the SQL
   * adapters), optionally deduplicated by a delivery id (see {@link UpsertAllOptions}).
   */
  upsertAll(batch: StoreBatch, options?: UpsertAllOptions): Promise<UpsertAllReport>;
  /** Suppression records kept after erasure, keyed by a hash of the customer id. */
  readonly suppressions: SuppressionStore;
  /**
   * Deletes and pseudonymises the records an erasure request names, stores its suppression
   * record and destroys the customer's data key, in one transaction where the database has
   * them.
   */
  erase(request: ErasureRequest): Promise<ErasureReport>;
  /** Score histograms of survey responses, per group and period (see {@link ScoreCountsQuery}). */
  scoreCounts(query: ScoreCountsQuery): Promise<ScoreHistogram[]>;
}

/**
 * The storage port of Rapport. A store holds the records of many tenants, and is only ever
 * used through one of them: `forTenant(tenant)` gives the {@link TenantStore} whose
 * repositories, erasure and histograms see that tenant's records alone. There is no
 * unscoped read or write: the type has none, and at run time `store.customers` (and every
 * other repository or method of a tenant's view) throws a `TypeError` naming `forTenant`.
 * Adapters (`createMemoryStore`, the SQL adapters) implement it, and the conformance suite
 * (`@rapport/store/conformance`) checks that they behave alike.
 *
 * @example
 * ```ts
 * import { createMemoryStore, type CareStore } from "@rapport/store";
 * const store: CareStore = createMemoryStore();
 * const page = await store.forTenant("acme").surveyResponses.query({ limit: 10 });
 * await store.close();
 * ```
 */
export interface CareStore {
  /**
   * The records of one tenant (a string of 1 to 256 characters without NUL; a `TypeError`
   * or `RangeError` otherwise).
   */
  forTenant(tenant: string): TenantStore;
  /** Releases the store's connections. */
  close(): Promise<void>;
}

/**
 * A store's repository by entity name, typed by that name.
 *
 * @example
 * ```ts
 * import { createMemoryStore, repositoryOf } from "@rapport/store";
 * const repository = repositoryOf(createMemoryStore().forTenant("acme"), "cases");
 * ```
 */
export function repositoryOf<E extends StoreEntity>(
  store: StoreRepositories,
  entity: E,
): Repository<StoreRecords[E], StoreIds[E]> {
  return store[entity] as unknown as Repository<StoreRecords[E], StoreIds[E]>;
}
