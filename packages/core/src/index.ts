export type { Agent, AgentJson } from "./agent";
export { AgentSchema, decodeAgent, encodeAgent, parseAgent, safeParseAgent } from "./agent";
export type { CalendarOptions, CalendarPeriod, PeriodBounds, WeekDay } from "./calendar-period";
export {
  CALENDAR_PERIODS,
  periodBounds,
  periodLabel,
  periodStart,
  periodStarts,
} from "./calendar-period";
export type { CareGesture, CareGestureJson } from "./care-gesture";
export {
  CareGestureSchema,
  decodeCareGesture,
  encodeCareGesture,
  parseCareGesture,
  safeParseCareGesture,
} from "./care-gesture";
export type { Case, CaseJson } from "./case";
export {
  CaseSchema,
  decodeCase,
  encodeCase,
  parseCase,
  StatusChangeSchema,
  safeParseCase,
} from "./case";
export { caseStatusAt } from "./case-status-at";
export type { CheckedTrendCalendar, TrendCalendarOptions } from "./check-trend-calendar";
export { checkTrendCalendar } from "./check-trend-calendar";
export type { ConsentEvent, ConsentEventJson } from "./consent-event";
export {
  ConsentEventSchema,
  ConsentProofSchema,
  decodeConsentEvent,
  encodeConsentEvent,
  parseConsentEvent,
  safeParseConsentEvent,
} from "./consent-event";
export type { CarePreferences, Customer, CustomerJson } from "./customer";
export {
  CarePreferencesSchema,
  CustomerSchema,
  decodeCustomer,
  encodeCustomer,
  parseCustomer,
  safeParseCustomer,
} from "./customer";
export type { CustomerSources } from "./customer-sources";
export type { DataSubjectRequest, DataSubjectRequestJson } from "./data-subject-request";
export {
  DataSubjectRequestSchema,
  decodeDataSubjectRequest,
  encodeDataSubjectRequest,
  parseDataSubjectRequest,
  safeParseDataSubjectRequest,
} from "./data-subject-request";
export { DateTimeSchema } from "./date-time";
export type { EntitySchema } from "./entities";
export { ENTITIES } from "./entities";
export type { EntityCodec, ParseOptions, SafeParseResult } from "./entity-codec";
export type {
  CustomerEntityKey,
  EntityKey,
  EntityKind,
  EntityLists,
  EntityRecords,
} from "./entity-keys";
export { CUSTOMER_ENTITY_KEYS, ENTITY_KEYS, ENTITY_KINDS, emptyEntityLists } from "./entity-keys";
export type {
  CasePriority,
  CaseStatus,
  DataSubjectRight,
  LawfulBasis,
  RequestOutcome,
} from "./enumerations";
export {
  AGENT_ROLES,
  CASE_PRIORITIES,
  CASE_STATUSES,
  CHANNELS,
  CONSENT_ACTIONS,
  DATA_SUBJECT_RIGHTS,
  GESTURE_KINDS,
  LAWFUL_BASES,
  REQUEST_OUTCOMES,
} from "./enumerations";
export type { AgentId, CaseId, CustomerId, RecordId, TeamId } from "./ids";
export {
  AgentIdSchema,
  agentId,
  CaseIdSchema,
  CustomerIdSchema,
  caseId,
  customerId,
  RecordIdSchema,
  recordId,
  TeamIdSchema,
  teamId,
} from "./ids";
export type { Interaction, InteractionJson } from "./interaction";
export {
  AuthorSchema,
  decodeInteraction,
  encodeInteraction,
  HandlerSchema,
  InteractionSchema,
  parseInteraction,
  safeParseInteraction,
} from "./interaction";
export { checkTimeZone, isLocale, isTimeZone } from "./intl-names";
export type { JourneyEvent, JourneyEventJson } from "./journey-event";
export {
  decodeJourneyEvent,
  encodeJourneyEvent,
  JourneyEventSchema,
  parseJourneyEvent,
  safeParseJourneyEvent,
} from "./journey-event";
export type { ValidationIssue, ValidationIssueCode } from "./rapport-validation-error";
export { formatPath, RapportValidationError } from "./rapport-validation-error";
export type { HappinessRating, SatisfactionReason, SurveyItem } from "./survey-item";
export {
  HAPPINESS_RATINGS,
  SatisfactionReasonSchema,
  SurveyItemSchema,
} from "./survey-item";
export type { SurveyResponse, SurveyResponseJson, SurveyResponseOf } from "./survey-response";
export {
  BinaryCsatResponseSchema,
  CesResponseSchema,
  decodeSurveyResponse,
  encodeSurveyResponse,
  FivePointCsatResponseSchema,
  HappinessResponseSchema,
  NpsResponseSchema,
  parseSurveyResponse,
  SurveyResponseSchema,
  safeParseSurveyResponse,
} from "./survey-response";
export type { Team, TeamJson } from "./team";
export { decodeTeam, encodeTeam, parseTeam, safeParseTeam, TeamSchema } from "./team";
export { LocaleSchema, TimeZoneSchema } from "./time-zone";
export type { Transaction, TransactionJson } from "./transaction";
export {
  decodeTransaction,
  encodeTransaction,
  parseTransaction,
  safeParseTransaction,
  TransactionSchema,
} from "./transaction";
export type { UnknownKeys } from "./unknown-keys";
export { validationIssue } from "./validation-issue";
export type { Channel, Money, SourceRef } from "./vocabulary";
export {
  ChannelSchema,
  MoneySchema,
  SourceRefSchema,
  TagsSchema,
  TimeOfDaySchema,
} from "./vocabulary";
