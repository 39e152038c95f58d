export { checkCount } from "./check-count";
export { checkDate } from "./check-date";
export { checkLevel } from "./check-level";
export type { Correlation, CorrelationOptions } from "./correlation";
export { criticalZ } from "./critical-z";
export { describeValue } from "./describe-value";
export { erfc } from "./erfc";
export { expectedMessage } from "./expected-message";
export { hypergeometric2F1 } from "./hypergeometric-2f1";
export type { Interval } from "./interval";
export { logGamma } from "./log-gamma";
export { logSumExp } from "./log-sum-exp";
export type {
  MinimizeBfgsOptions,
  MinimizeBfgsResult,
  ObjectiveWithGradient,
} from "./minimize-bfgs";
export { minimizeBfgs } from "./minimize-bfgs";
export type { NelderMeadOptions, NelderMeadResult } from "./nelder-mead";
export { nelderMead } from "./nelder-mead";
export { newcombeInterval } from "./newcombe-interval";
export { normalCdf } from "./normal-cdf";
export { normalQuantile } from "./normal-quantile";
export type { NumericalHessianOptions } from "./numerical-hessian";
export { numericalHessian } from "./numerical-hessian";
export { oneOf } from "./one-of";
export { pearsonCorrelation } from "./pearson-correlation";
export { percentile } from "./percentile";
export { percentiles } from "./percentiles";
export type { Proportion, ProportionOptions } from "./proportion";
export { proportion } from "./proportion";
export { regularizedIncompleteBeta } from "./regularized-incomplete-beta";
export type { RestartOptions } from "./restarted-nelder-mead";
export { restartedNelderMead } from "./restarted-nelder-mead";
export type { AucResult } from "./roc-auc";
export { rocAuc } from "./roc-auc";
export { seededRandom } from "./seeded-random";
export { spearmanCorrelation } from "./spearman-correlation";
export { studentTCdf } from "./student-t-cdf";
export { studentTQuantile } from "./student-t-quantile";
export { wilsonInterval } from "./wilson-interval";
