export { PERSONAL_VALUES, personalRecords, surveyResponsesForCounts } from "./conformance-records";
export type { ConformanceTestApi } from "./store-conformance";
export { runStoreConformance } from "./store-conformance";
