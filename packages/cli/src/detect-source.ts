import { chatwootAdapter } from "@rapport/chatwoot";
import { freshdeskAdapter } from "@rapport/freshdesk";
import { helpScoutAdapter } from "@rapport/helpscout";
import { intercomAdapter } from "@rapport/intercom";
import { SEGMENT_MESSAGE_TYPES } from "@rapport/segment";
import { zendeskAdapter } from "@rapport/zendesk";
import type { SourceName } from "./sources";

/** What the CLI asks of a source: whether a parsed payload looks like its platform's. */
interface Recogniser {
  readonly system: SourceName;
  recognise(input: unknown): boolean;
}

// Segment's messages (`{ type: "track", … }` or a `{ batch }`), by the types the package lists.
const segment: Recogniser = {
  system: "segment",
  recognise(input) {
    const sample = Array.isArray(input) ? input[0] : input;
    if (typeof sample !== "object" || sample === null || Array.isArray(sample)) return false;
    const { batch, type } = sample as { batch?: unknown; type?: unknown };
    return Array.isArray(batch) || (SEGMENT_MESSAGE_TYPES as readonly unknown[]).includes(type);
  },
};

// Asked in this order; the first that recognises a payload names its source.
const RECOGNISERS: readonly Recogniser[] = [
  segment,
  { system: "intercom", recognise: intercomAdapter.recognise },
  { system: "chatwoot", recognise: chatwootAdapter.recognise },
  { system: "helpscout", recognise: helpScoutAdapter.recognise },
  { system: "freshdesk", recognise: freshdeskAdapter.recognise },
  { system: "zendesk", recognise: zendeskAdapter.recognise },
];

function detectJson(value: unknown): SourceName | null {
  const found = RECOGNISERS.find((source) => source.recognise(value));
  if (found) return found.system;
  // A dump of several list responses: [[contacts…], [tickets…]] or [{ admins }, { conversations }].
  if (Array.isArray(value) && value.some(Array.isArray)) {
    for (const list of value) {
      const source = detectJson(list);
      if (source) return source;
    }
  }
  return null;
}

/**
 * Guesses the source system of an export from its file name and content: CSV by extension or
 * a header line; JSON (or NDJSON) by asking each source adapter whether it recognises the
 * payload (`recognise`): Segment by its message types, Intercom by its object types, chatwoot by
 * fields only it sends (`message_type` with `conversation_id`, `Channel::…`), Help Scout by its
 * HAL `_embedded` lists, Freshdesk by numeric ticket statuses, Zendesk by its response keys. `null` when unsure; the caller then
 * asks for `--source`.
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
