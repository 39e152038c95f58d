/**
 * The storage port (`CareStore`, scoped per tenant), the in-memory store and the helpers
 * every adapter shares.
 *
 * @module @rapport/store
 */
export { applyErasure } from "./apply-erasure";
export type { CareStore, Repository, StoreRepositories, TenantStore } from "./care-store";
export { repositoryOf } from "./care-store";
export type { DataKeyTable } from "./data-key-table";
export { memoryDataKeyTable } from "./data-key-table";
export { defineCareStore } from "./define-care-store";
export type { ErasureReport, ErasureRequest, ErasureTarget } from "./erasure-request";
export { checkErasureRequest } from "./erasure-request";
export type { ErasurePlanLike } from "./erasure-request-of";
export { erasureRequestOf } from "./erasure-request-of";
export type { StoreKeys } from "./field-cipher";
export { deriveStoreKeys, generateEncryptionKey, openBytes, sealBytes } from "./field-cipher";
export type { MemoryStoreOptions } from "./memory-store";
export { createMemoryStore } from "./memory-store";
export { pagesOf } from "./pages-of";
export type { PersonalField } from "./personal-fields";
export { PERSONAL_FIELDS } from "./personal-fields";
export type { PreparedRecord } from "./prepare-upsert";
export { conflictReason, prepareUpsert } from "./prepare-upsert";
export { DEFAULT_PSEUDONYM, pseudonymiseRecord } from "./pseudonymise-record";
export type { CheckedRecordQuery, Page, RecordQuery } from "./record-query";
export { checkRecordQuery, encodeCursor, MAX_PAGE_SIZE } from "./record-query";
export type { RecordSealer } from "./record-sealer";
export { createRecordSealer } from "./record-sealer";
export { NO_TIME, recordTime } from "./record-time";
export { recordVersion, replacesVersion } from "./record-version";
export { scoreCounts, scoreCountsOf } from "./score-counts-of";
export type {
  CheckedScoreCountsQuery,
  ScoreCountsQuery,
  ScoreGroupBy,
  ScoreHistogram,
  ScoreMetric,
} from "./score-counts-query";
export {
  checkScoreCountsQuery,
  compareHistograms,
  histogramsFromRows,
} from "./score-counts-query";
export type { StoreEntity, StoreIds, StoreRecords } from "./store-entity";
export { isStoreEntity, STORE_ENTITIES } from "./store-entity";
export { decodeStoreRecord, encodeStoreRecord, validateStoreRecord } from "./store-record-codec";
export type {
  StoredSuppression,
  SuppressionStore,
  SuppressionTable,
} from "./suppressions";
export { checkSuppression, createSuppressionStore } from "./suppressions";
export { checkTenant, DEFAULT_TENANT, MAX_TENANT_LENGTH } from "./tenant";
export type { StoreBatch, UpsertAllOptions, UpsertAllReport } from "./upsert-all";
export { checkDeliveryId, emptyReports } from "./upsert-all";
export type { RejectedRecord, UpsertConflict, UpsertReport } from "./upsert-report";
