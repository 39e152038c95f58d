export {
  type AccessExport,
  type AccessExportOptions,
  type AccessExportSection,
  accessExport,
  type ExportedPurpose,
} from "./access-export";
export { AGE_OF_DIGITAL_CONSENT, ageAt, ageOfConsent } from "./age-of-consent";
export type { ConsentDecision, ConsentReason, ConsentState } from "./consent-decision";
export {
  type ConsentHistoryEntry,
  type ConsentHistoryOptions,
  consentHistory,
} from "./consent-history";
export {
  CONSENT_MODE_TYPES,
  type ConsentModeMapping,
  type ConsentModeState,
  type ConsentModeType,
  consentModeState,
  DEFAULT_CONSENT_MODE_MAPPING,
} from "./consent-mode";
export type { ConsentQuery, ConsentSignals, ConsentSubject } from "./consent-query";
export {
  type ConsentReceiptOptions,
  consentReceipt,
  type KantaraConsentReceipt,
  type KantaraPiiController,
  type KantaraPurpose,
} from "./consent-receipt";
export { type ConsentStateOptions, consentState } from "./consent-state";
export {
  type CustomerRecord,
  customerRecords,
  RECORD_KINDS,
  type RecordKind,
  type RecordOf,
  type RecordRef,
} from "./customer-records";
export {
  type ErasurePlan,
  type ErasurePolicy,
  erasurePlan,
  type KeptRecord,
  type PseudonymisedRecord,
} from "./erasure-plan";
export { DEFAULT_ERASURE_RULES, type ErasureKeepReason, type ErasureRule } from "./erasure-rules";
export { evaluateConsent } from "./evaluate-consent";
export { gpcFromHeaders, type HeaderSource } from "./gpc";
export { compareConsentEvents } from "./ledger-order";
export {
  type PendingRequest,
  type PendingRequests,
  type PendingRequestsOptions,
  pendingRequests,
  type RequestCounts,
} from "./pending-requests";
export {
  type ConsentRequirement,
  type CustomerField,
  type DefinePurposesOptions,
  definePurposes,
  type PrivacyNotice,
  type Purpose,
  type PurposeCatalog,
  type PurposeDefinition,
} from "./purposes";
export { type PurposeState, redactForPurpose } from "./redact-for-purpose";
export {
  type RequestDeadline,
  type RequestDeadlineOptions,
  requestDeadline,
} from "./request-deadline";
export { REQUEST_REGIMES, type RequestPeriod, type RequestRegime } from "./request-regimes";
export {
  type RetentionDueOptions,
  type RetentionDueRecord,
  type RetentionPolicies,
  type RetentionRecord,
  type RetentionReport,
  type RetentionUnknownRecord,
  retentionDue,
} from "./retention-due";
export type { SuppressedPurpose, SuppressionRecord } from "./suppression-record";
