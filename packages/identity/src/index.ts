export { addRecords } from "./add-records";
export type { SkippedBlock } from "./candidate-pairs";
export { COMPARATOR_LEVELS, compareValues } from "./compare-values";
export type { FieldComparison } from "./fellegi-sunter";
export type {
  SurvivingValue,
  SurvivorshipConflict,
  SurvivorshipOptions,
  SurvivorshipRule,
} from "./golden-record";
export { goldenRecord } from "./golden-record";
export type { IdentityRecord } from "./identity-record";
export { CUSTOMER_IDENTITY_RULES, identityRecordsOf } from "./identity-records-of";
export type {
  Identity,
  IdentityConflict,
  IdentityLink,
  IdentityLogEntry,
  IdentityResolution,
  RecordIssue,
  ReviewPair,
} from "./identity-resolution";
export type {
  ComparatorName,
  IdentifierKind,
  IdentifierRule,
  IdentityRules,
  MatchModel,
} from "./identity-rules";
export type { LinkageQuality } from "./linkage-quality";
export { linkageQuality } from "./linkage-quality";
export type { EmailOptions, Normalized } from "./normalize-email";
export { normalizeEmail } from "./normalize-email";
export type { PhoneOptions } from "./normalize-phone";
export { normalizePhone } from "./normalize-phone";
export { resolveIdentities } from "./resolve-identities";
export type { UnifiedImports } from "./unify-imports";
export { unifyImports } from "./unify-imports";
export type { UnmergeOptions } from "./unmerge-record";
export { unmergeRecord } from "./unmerge-record";
