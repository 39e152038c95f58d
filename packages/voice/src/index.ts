export type { ClassifyContactReasonOptions, ContactReason } from "./classify-contact-reason";
export { classifyContactReason } from "./classify-contact-reason";
export type {
  ContactReasonModel,
  ReasonExample,
  TrainContactReasonsOptions,
} from "./contact-reason-model";
export { trainContactReasons } from "./contact-reason-model";
export type {
  ContactReasonTrend,
  ContactReasonTrendOptions,
  ReasonContact,
} from "./contact-reason-trend";
export { contactReasonTrend } from "./contact-reason-trend";
export type { DetectedLanguage, DetectLanguageOptions } from "./detect-language";
export { detectLanguage } from "./detect-language";
export type { DriverRow } from "./driver-data";
export { surveyScores } from "./driver-data";
export type { DriverImportance, KeyDrivers, KeyDriversOptions } from "./key-drivers";
export { keyDrivers } from "./key-drivers";
export type {
  PredictSatisfactionOptions,
  SatisfactionInput,
  SatisfactionPrediction,
} from "./predict-satisfaction";
export { predictSatisfaction } from "./predict-satisfaction";
export type { ReasonCase, ReasonOutcome, ReasonOutcomes } from "./reason-outcomes";
export { reasonOutcomes } from "./reason-outcomes";
export type { SatisfactionCase } from "./satisfaction-signals";
export { satisfactionCases } from "./satisfaction-signals";
export type { Sentiment } from "./sentiment-of";
export { sentimentOf } from "./sentiment-of";
export { tokenize } from "./tokenize";
