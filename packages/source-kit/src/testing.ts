// @rapport/source-kit/testing: what an adapter's tests share, never in the main entry.
export type { CheckAgreement, CheckDisagreement } from "./check-agreement";
export { checkAgreement } from "./check-agreement";
