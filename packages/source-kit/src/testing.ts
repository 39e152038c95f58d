// @rapport/source-kit/testing: what an adapter's tests share, never in the main entry.
export type { CheckAgreement, CheckDisagreement } from "./check-agreement";
export { checkAgreement } from "./check-agreement";
export { withoutFastPaths } from "./fast-paths";
export type { FuzzImporterOptions } from "./fuzz-importer";
export { fuzzImporter } from "./fuzz-importer";
export type { MutatedSamplesOptions } from "./mutated-samples";
export { mutatedSamples } from "./mutated-samples";
export { interactionsByPlatformId, recordingEnrichment } from "./recording-enrichment";
