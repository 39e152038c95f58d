export { defineCarePolicy } from "./care-policy";
export type {
  CarePolicyDefinition,
  GestureLimitDefinition,
  GestureRuleDefinition,
} from "./care-policy-definition";
export type { AgentRole, GestureKind } from "./care-types";
export type {
  ChannelCheck,
  ChannelRejection,
  ContactDecision,
  ContactPlan,
  ContactReason,
} from "./contact-decision";
export { evaluateGesture } from "./evaluate-gesture";
export {
  type ChurnRiskInput,
  type FollowUpBudget,
  type FollowUpInput,
  type FollowUpPlan,
  type FollowUpStep,
  followUpPlan,
  type GestureOffer,
} from "./follow-up-plan";
export type { DecidingRule, GestureDecision, GestureReason } from "./gesture-decision";
export type { EvaluateGestureOptions, GestureRequest } from "./gesture-request";
export {
  type CarePolicy,
  GESTURE_CONDITIONS,
  type GestureCondition,
  type GestureLimit,
  type GestureRule,
  isMoneyKind,
  type LimitScope,
} from "./gesture-rule";
export { type GestureSummaryOptions, gestureSummary } from "./gesture-summary";
export type {
  AgentGestures,
  GestureSummary,
  GrantedTotals,
  OutcomeComparison,
} from "./gesture-summary-result";
export type { Allowance, LimitUsage, MoneyAllowance } from "./limit-usage";
export { planContact } from "./plan-contact";
export type { ContactConsent, PlanContactOptions } from "./plan-contact-options";
export { isQuietAt, nextSendTime, type QuietHours, type QuietHoursOptions } from "./quiet-hours";
