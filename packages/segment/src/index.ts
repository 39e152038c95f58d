export { type AnonymousPolicy, importSegment, type SegmentImportOptions } from "./import-segment";
export {
  DEFAULT_SEGMENT_STAGES,
  normalizeEventName,
  type StageLookup,
  type StageLookupOptions,
  stageLookup,
} from "./journey-stages";
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
