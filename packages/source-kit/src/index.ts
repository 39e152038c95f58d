export type { CaseFields } from "./add-case";
export { addCase } from "./add-case";
export type { ConversationFacts } from "./conversation-facts";
export { conversationFacts } from "./conversation-facts";
export type { Lookup, LookupDefinition } from "./define-lookup";
export { defineLookup } from "./define-lookup";
export type { SourceAdapter, SourceAdapterDefinition } from "./define-source-adapter";
export { defineSourceAdapter } from "./define-source-adapter";
export { eachBody } from "./each-body";
export type { FieldReader } from "./fast-object";
export { fastObject, field, INVALID } from "./fast-object";
export type { FollowPagesOptions, PageResponse } from "./follow-pages";
export { followPages } from "./follow-pages";
export { guardRecord } from "./guard-record";
export { constantTimeEqual, hmac, toBase64, toHex } from "./hmac";
export type { ImportCollector } from "./import-collector";
export { createImportCollector } from "./import-collector";
export type { ImportLists, ImportOutcome, ImportReport, ImportResult } from "./import-report";
export { emptyImportLists } from "./import-report";
export { mutatePayload } from "./mutate-payload";
export { plainTextOfHtml } from "./plain-text-of-html";
export type { FastCheck } from "./precompiled-check";
export { precompiledCheck } from "./precompiled-check";
export type { RecordIssue } from "./record-issue";
export { firstIssue, zodRecordIssue } from "./record-issue";
export { requireAsOf } from "./require-as-of";
export type { RunImportOptions } from "./run-import";
export { runImport } from "./run-import";
export { safeParsePayload } from "./safe-parse-payload";
export type {
  JoinContext,
  MapContext,
  ParsedRecords,
  SourceImportOptions,
  SplitSink,
} from "./source-adapter-context";
export { afterAsOfReason, parseSourceRecords, sourceIdOf } from "./source-records";
export { enrichText, type TextEnrichment, withEnrichment } from "./text-enrichment";
export { type InputRecord, unreportedRecords } from "./unreported-records";
export type {
  CheckedWebhookOptions,
  WebhookVerification,
  WebhookVerificationOptions,
} from "./webhook-verification";
export { checkWebhookOptions, staleRequestReason } from "./webhook-verification";
