import type { CustomerId } from "@rapport/core";
import type { ErasureReport, ErasureRequest } from "./erasure-request";
import type { Page, RecordQuery } from "./record-query";
import type { ScoreCountsQuery, ScoreHistogram } from "./score-counts-query";
import type { StoreEntity, StoreIds, StoreRecords } from "./store-entity";
import type { SuppressionStore } from "./suppressions";
import type { UpsertReport } from "./upsert-report";

/**
 * The records of one entity in a store. Every method is async so that any database can
 * implement it.
 *
 * @example
 * ```ts
 * import { createMemoryStore } from "@rapport/store";
 * import { customerId, parseCustomer } from "@rapport/core";
 * const store = createMemoryStore();
 * await store.customers.upsert(parseCustomer({ id: "c1", name: "Ada" }));
 * (await store.customers.get(customerId("c1")))?.name; // "Ada"
 * ```
 */
export interface Repository<T, Id extends string> {
  /**
   * Stores records, replacing any stored record with the same id (so the same record twice
   * is stored once). Each record is validated with its core schema; invalid ones are
   * reported, the others stored. Within one call, the last record with an id wins.
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
 * `transactions`, `careGestures`.
 *
 * @example
 * ```ts
 * import { createMemoryStore, type StoreRepositories } from "@rapport/store";
 * const repositories: StoreRepositories = createMemoryStore();
 * await repositories.careGestures.query({ limit: 10 });
 * ```
 */
export type StoreRepositories = {
  readonly [E in StoreEntity]: Repository<StoreRecords[E], StoreIds[E]>;
};

/**
 * The storage port of Rapport: one {@link Repository} per entity (see
 * {@link StoreRepositories}), erasure, and the score histograms metrics are computed from.
 * Adapters (`createMemoryStore`, the SQL adapters) implement it, and the conformance suite
 * (`@rapport/store/conformance`) checks that they behave alike.
 *
 * @example
 * ```ts
 * import { createMemoryStore, type CareStore } from "@rapport/store";
 * const store: CareStore = createMemoryStore();
 * const page = await store.surveyResponses.query({ limit: 10 });
 * await store.close();
 * ```
 */
export interface CareStore extends StoreRepositories {
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
  /** Releases the store's connections. */
  close(): Promise<void>;
}

/**
 * A store's repository by entity name, typed by that name.
 *
 * @example
 * ```ts
 * import { createMemoryStore, repositoryOf } from "@rapport/store";
 * const repository = repositoryOf(createMemoryStore(), "cases");
 * ```
 */
export function repositoryOf<E extends StoreEntity>(
  store: StoreRepositories,
  entity: E,
): Repository<StoreRecords[E], StoreIds[E]> {
  return store[entity] as unknown as Repository<StoreRecords[E], StoreIds[E]>;
}
