export * from "./care-policy";
export type * from "./care-types";
export * from "./evaluate-gesture";
export * from "./follow-up-plan";
export * from "./gesture-summary";
export type { Allowance, LimitUsage, MoneyAllowance } from "./limit-usage";
export * from "./period";
export * from "./plan-contact";
export * from "./quiet-hours";
