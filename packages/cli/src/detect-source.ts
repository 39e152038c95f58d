/**
 * The sources `rapport report` reads.
 *
 * @example
 * ```ts
 * import { SOURCES } from "@rapport/cli";
 * SOURCES.includes("zendesk"); // true
 * ```
 */
export const SOURCES = ["zendesk", "intercom", "freshdesk", "segment", "csv"] as const;
/**
 * A source system: one of {@link SOURCES}.
 *
 * @example
 * ```ts
 * import type { SourceName } from "@rapport/cli";
 * const source: SourceName = "csv";
 * ```
 */
export type SourceName = (typeof SOURCES)[number];

const SEGMENT_TYPES = new Set(["identify", "track", "group", "page", "screen", "alias"]);
const ZENDESK_KEYS = [
  "tickets",
  "ticket",
  "users",
  "user",
  "satisfaction_ratings",
  "satisfaction_rating",
  "ticket_metrics",
  "ticket_metric",
  "audits",
  "comments",
  "ticket_events",
];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function firstOf(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** A Freshdesk ticket: a numeric status (2-5) where Zendesk and Intercom use words. */
const isFreshdeskTicket = (value: unknown) =>
  isRecord(value) && typeof value["status"] === "number";

function detectJson(value: unknown): SourceName | null {
  // A dump of several list responses: [[contacts…], [tickets…]] or [{ admins }, { conversations }].
  if (Array.isArray(value) && value.some(Array.isArray)) {
    if (value.some((list) => Array.isArray(list) && list.some(isFreshdeskTicket)))
      return "freshdesk";
    for (const list of value) {
      const source = detectJson(list);
      if (source) return source;
    }
    return null;
  }
  const sample = firstOf(value);
  if (!isRecord(sample)) return null;
  if (Array.isArray(sample["batch"]) || SEGMENT_TYPES.has(String(sample["type"]))) return "segment";
  const type = String(sample["type"] ?? "");
  if (
    /^(conversation|contact|admin|team)/.test(type) ||
    "conversations" in sample ||
    "conversation_parts" in sample
  ) {
    return "intercom";
  }
  const ticket = firstOf(sample["tickets"]) ?? (Array.isArray(value) ? sample : undefined);
  if (isFreshdeskTicket(ticket)) return "freshdesk";
  if (ZENDESK_KEYS.some((key) => key in sample)) return "zendesk";
  return null;
}

/**
 * Guesses the source system of an export from its file name and content: CSV by extension or
 * a header line, Segment by its message types (JSON or NDJSON), Intercom by its object types,
 * Freshdesk by numeric ticket statuses, Zendesk by its response keys. `null` when unsure; the
 * caller then asks for `--source`.
 *
 * @example
 * ```ts
 * import { detectSource } from "@rapport/cli";
 * detectSource("tickets.json", '{"tickets":[{"id":1,"status":"open"}]}'); // "zendesk"
 * detectSource("answers.csv", "customer_id,kind,score,responded_at\n"); // "csv"
 * ```
 */
export function detectSource(fileName: string, text: string): SourceName | null {
  if (/\.csv$/i.test(fileName)) return "csv";
  const trimmed = text.trimStart();
  if (/\.(ndjson|jsonl)$/i.test(fileName)) {
    const firstLine = trimmed.split("\n", 1)[0] ?? "";
    try {
      return detectJson(JSON.parse(firstLine));
    } catch {
      return null;
    }
  }
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    try {
      return detectJson(JSON.parse(trimmed));
    } catch {
      const firstLine = trimmed.split("\n", 1)[0] ?? "";
      try {
        return detectJson(JSON.parse(firstLine)) === "segment" ? "segment" : null;
      } catch {
        return null;
      }
    }
  }
  const header = trimmed.split(/\r?\n/, 1)[0] ?? "";
  return /,/.test(header) && /customer/i.test(header) ? "csv" : null;
}
