import type { Channel } from "@rapport/core";
import type { JoinContext, MapContext, ParsedRecords, TextEnrichment } from "@rapport/source-kit";
import type {
  ZendeskAudit,
  ZendeskComment,
  ZendeskEntitySchemas,
  ZendeskTicketMetric,
} from "./zendesk-payload";

/**
 * Options of {@link importZendesk}.
 *
 * @example
 * ```ts
 * import type { ZendeskImportOptions } from "@rapport/zendesk";
 * const options: ZendeskImportOptions = { asOf: new Date("2024-06-01T00:00:00Z"), channelMap: { api: "email" } };
 * ```
 */
export interface ZendeskImportOptions {
  /** The time of the import: records dated after it are rejected (a clock or data error). */
  readonly asOf: Date;
  /** `via.channel` values mapped your way, checked before the built-in table. */
  readonly channelMap?: Readonly<Record<string, Channel>>;
  /** What each comment's text adds to its interaction (the text, sentiment, language); nothing by default. */
  readonly enrich?: TextEnrichment;
}

/** Where a comment was found: its ticket, time and `via` (from its audit when inside one). */
export interface CommentPlace {
  readonly ticketId: string | undefined;
  readonly at: Date | undefined;
  readonly via: unknown;
}

/** What the joins of one import find and the mappers read. */
export interface ZendeskState {
  /** Whether each imported user is a customer or an agent. */
  readonly roles: Map<string, "customer" | "agent">;
  /** The audits of each ticket, oldest first, each once. */
  readonly auditsByTicket: Map<string, ZendeskAudit[]>;
  /** The requester of each ticket: its own `requester_id`, else its creating audit's. */
  readonly requesters: Map<string, string>;
  /** Tickets whose requester came from the ticket itself. */
  readonly requesterFromTicket: Set<string>;
  /** The first metric of each ticket. */
  readonly metricByTicket: Map<string, ZendeskTicketMetric>;
  /** Whether comments, audits or metrics need the tickets at all. */
  hasJoins: boolean;
  /** Tickets imported as cases, and their channels (kept only when there are joins). */
  readonly imported: Set<string>;
  readonly ticketChannels: Map<string, Channel>;
  /** Comments found inside audits, and where. */
  readonly places: Map<ZendeskComment, CommentPlace>;
}

/** A fresh state. */
export function zendeskState(): ZendeskState {
  return {
    roles: new Map(),
    auditsByTicket: new Map(),
    requesters: new Map(),
    requesterFromTicket: new Set(),
    metricByTicket: new Map(),
    hasJoins: false,
    imported: new Set(),
    ticketChannels: new Map(),
    places: new Map(),
  };
}

/** The parsed records of one import. */
export type ZendeskRecords = ParsedRecords<ZendeskEntitySchemas>;
/** What a mapper is given. */
export type ZendeskContext = MapContext<ZendeskImportOptions, ZendeskState>;
/** What a join is given. */
export type ZendeskJoinContext = JoinContext<
  ZendeskEntitySchemas,
  ZendeskImportOptions,
  ZendeskState
>;

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
