export type {
  CustomerSnapshot,
  CustomerSnapshotOptions,
  PurposeConsent,
} from "./customer-snapshot";
export { customerSnapshot } from "./customer-snapshot";
export type { CustomerTimelineOptions, TimelineEntry, TimelineItem } from "./customer-timeline";
export { customerTimeline } from "./customer-timeline";
