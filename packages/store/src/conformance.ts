/**
 * The conformance suite every `CareStore` adapter runs, and its fixtures. Imported from
 * `@rapport/store/conformance`, so test helpers never ship in the main entry.
 *
 * @module @rapport/store/conformance
 */
export { PERSONAL_VALUES, personalRecords, surveyResponsesForCounts } from "./conformance-records";
export { runLedgerConcurrencyProof } from "./ledger-concurrency-proof";
export type { ConformanceTestApi } from "./store-conformance";
export { runStoreConformance } from "./store-conformance";
