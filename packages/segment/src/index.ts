export { type AnonymousPolicy, importSegment, type SegmentImportOptions } from "./import-segment";
export {
  DEFAULT_SEGMENT_STAGES,
  normalizeEventName,
  type StageLookup,
  type StageLookupOptions,
  stageLookup,
} from "./journey-stages";
export { consentPurposeOf, SEGMENT_CONSENT_EVENT } from "./segment-consent";
export { type SegmentInputItem, splitSegmentInput } from "./segment-input";
export { parseSegmentCreatedAt, parseSegmentInstant } from "./segment-instant";
export {
  SEGMENT_MESSAGE_TYPES,
  type SegmentMessage,
  SegmentMessageSchema,
  type SegmentMessageType,
} from "./segment-message";
export {
  type CustomerTraits,
  readGroupTraits,
  readIdentifyTraits,
  type TraitsResult,
} from "./segment-traits";
