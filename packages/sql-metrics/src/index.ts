export type { SqlCaseGroupBy } from "./case-groups";
export { compileOnlyKysely } from "./compile-only-kysely";
export type { SqlScoreGroupBy, SqlScoreTrendOptions } from "./score-trend-options";
export type { GroupRate, SqlCaseRateOptions } from "./sql-case-rates";
export { compileCaseRate, sqlReopenRate, sqlResponseRate } from "./sql-case-rates";
export type { SqlMetricsDialect, SqlSource } from "./sql-dialect";
export { SQL_METRICS_DIALECTS } from "./sql-dialect";
export type { KaplanMeierInput, SqlKaplanMeier, SqlKaplanMeierOptions } from "./sql-kaplan-meier";
export { compileKaplanMeier, sqlKaplanMeier } from "./sql-kaplan-meier";
export type { SqlRfmOptions, SqlRfmSummary } from "./sql-rfm-summary";
export { compileRfmSummary, sqlRfmSummary } from "./sql-rfm-summary";
export {
  compileScoreTrend,
  scoreTrendFromRows,
  sqlScoreTrend,
  sqlScoreTrendsByGroup,
} from "./sql-score-trend";
export type {
  GroupDurations,
  SqlDurationName,
  SqlServiceDurationOptions,
} from "./sql-service-durations";
export { compileServiceDurations, sqlServiceDurations } from "./sql-service-durations";
export type { GroupedScoreTrends, ScoreCountRow } from "./trends-from-rows";
export type {
  CasesLayout,
  SurveyResponsesLayout,
  TimeUnit,
  TransactionsLayout,
  WarehouseLayout,
  WarehouseLayoutInput,
} from "./warehouse-layout";
export { resolveLayout, WAREHOUSE_LAYOUT } from "./warehouse-layout";
