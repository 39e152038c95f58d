export type { CliIo, CliOptions } from "./cli-io";
export { detectSource } from "./detect-source";
export { EXIT_CODES } from "./exit-codes";
export { type FileGroup, fileGroupLabel, groupFilesBySystem } from "./group-files-by-system";
export { InputFileError } from "./input-file-error";
export { type MergeOptions, mergeImports } from "./merge-imports";
export {
  type Command,
  type InputOptions,
  parseCommand,
  type ReportOptions,
  USAGE,
} from "./parse-command";
export {
  createProgressBar,
  type ProgressBar,
  type ProgressBarOptions,
  type ProgressStream,
} from "./progress-bar";
export { type ReadExportFolderOptions, readExportFolder } from "./read-export-folder";
export { type ImportedFile, type ReadExportsOptions, readExports } from "./read-exports";
export {
  type ReadSchedule,
  readSchedule,
  type ScheduleFiles,
} from "./read-schedule";
export { parseWarehouseUrl, readWarehouse } from "./read-warehouse";
export type { AgentsSection, AgentTeamRow, AgentTeamSortKey } from "./report/agents-data";
export { type BuildReportOptions, buildReport } from "./report/build-report";
export type { CountPoint, GroupPoint, TrendPoint } from "./report/chart-specs";
export type { ConsentPurposeRow, ConsentSection } from "./report/consent-data";
export { renderHtmlReport } from "./report/html-report";
export type { IdentitySection } from "./report/identity-data";
export { resolveCustomers } from "./report/identity-section";
export type {
  AtRiskCustomer,
  ChangeFigure,
  DurationFigure,
  ReportData,
  ReportProblem,
  ScoreFigure,
  ScoreSection,
} from "./report/report-data";
export type { RequestRightRow, RequestsSection } from "./report/requests-data";
export type { EstimateFigure, ShareFigure } from "./report/section-figures";
export type {
  ServiceDurationPeriods,
  ServiceDurationRow,
  ServiceDurationsSection,
  ServiceGroupRow,
} from "./report/service-data";
export type { SlaAttainmentFigure, SlaCaseTarget, SlaSection } from "./report/sla-data";
export { summaryText } from "./report/summary-text";
export type {
  RecoveryFigure,
  RecoveryGroupFigure,
  SurvivalSection,
  SurvivalStep,
} from "./report/survival-data";
export type {
  VoiceChannelSentiment,
  VoiceDriver,
  VoiceDrivers,
  VoiceReason,
  VoiceSection,
  VoiceShare,
} from "./report/voice-data";
export { runCli } from "./run-cli";
export { SAMPLES_DIR } from "./samples-dir";
export { SOURCES, type SourceName } from "./sources";
export { UsageError } from "./usage-error";
