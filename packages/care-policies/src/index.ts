export {
  type CarePolicy,
  type CarePolicyDefinition,
  defineCarePolicy,
  GESTURE_CONDITIONS,
  type GestureCondition,
  type GestureLimit,
  type GestureLimitDefinition,
  type GestureRule,
  type GestureRuleDefinition,
  isMoneyKind,
  type LimitScope,
} from "./care-policy";
export type { AgentRole, GestureKind } from "./care-types";
export {
  type DecidingRule,
  type EvaluateGestureOptions,
  evaluateGesture,
  type GestureDecision,
  type GestureReason,
  type GestureRequest,
} from "./evaluate-gesture";
export {
  type ChurnRiskInput,
  type FollowUpBudget,
  type FollowUpInput,
  type FollowUpPlan,
  type FollowUpStep,
  followUpPlan,
  type GestureOffer,
} from "./follow-up-plan";
export {
  type AgentGestures,
  type GestureSummary,
  type GestureSummaryOptions,
  type GrantedTotals,
  gestureSummary,
  type OutcomeComparison,
} from "./gesture-summary";
export type { Allowance, LimitUsage, MoneyAllowance } from "./limit-usage";
export {
  type ChannelCheck,
  type ChannelRejection,
  type ContactConsent,
  type ContactDecision,
  type ContactPlan,
  type ContactReason,
  type PlanContactOptions,
  planContact,
} from "./plan-contact";
export { isQuietAt, nextSendTime, type QuietHours, type QuietHoursOptions } from "./quiet-hours";
