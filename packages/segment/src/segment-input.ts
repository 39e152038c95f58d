/**
 * One input record found in a Segment payload: the raw message and where it was
 * (`"[3]"` in an array or batch, `"line 3"` in NDJSON text), or the reason it could not be read.
 *
 * @example
 * ```ts
 * import { splitSegmentInput, type SegmentInputItem } from "@rapport/segment";
 * const items: SegmentInputItem[] = splitSegmentInput('{"type":"track"}\nnot json');
 * items[1]; // { at: "line 2", error: "not valid JSON …" }
 * ```
 */
export type SegmentInputItem =
  | {
      /** Where the message was in the input. */
      readonly at: string;
      /** The message as given (not yet checked). */
      readonly value: unknown;
    }
  | {
      /** Where the unreadable text was in the input. */
      readonly at: string;
      /** Why it could not be read. */
      readonly error: string;
    };

const EXPECTED_SHAPE =
  "expected a message object, an array of messages, { batch: [...] } or NDJSON text";

function fromValue(value: unknown): SegmentInputItem[] {
  if (Array.isArray(value)) return value.map((item, index) => ({ at: `[${index}]`, value: item }));
  if (value !== null && typeof value === "object") {
    const batch = (value as { batch?: unknown }).batch;
    if (Array.isArray(batch)) {
      return batch.map((item, index) => ({ at: `batch[${index}]`, value: item }));
    }
    return [{ at: "(root)", value }];
  }
  return [{ at: "(root)", error: `${EXPECTED_SHAPE}, received ${typeof value}` }];
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: `not valid JSON (${(error as Error).message})` };
  }
}

/**
 * Splits what a Segment-compatible stream delivers into messages: a single message, an array,
 * a batch (`{ batch: [...] }`, as the HTTP Tracking API takes it), JSON text of any of these,
 * or NDJSON text (one message per line; blank lines skipped). A line of NDJSON may itself be a
 * batch. Unreadable lines are returned with the reason, so that nothing is lost silently.
 *
 * @example
 * ```ts
 * import { splitSegmentInput } from "@rapport/segment";
 * splitSegmentInput({ batch: [{ type: "track" }, { type: "identify" }] }).length; // 2
 * ```
 */
export function splitSegmentInput(input: unknown): SegmentInputItem[] {
  if (typeof input !== "string") return fromValue(input);
  const text = input.replace(/^\uFEFF/, "").trim();
  if (text === "") return [];
  const whole = parseJson(text);
  if (whole.ok) return fromValue(whole.value);
  const items: SegmentInputItem[] = [];
  text.split(/\r\n|\n|\r/).forEach((line, index) => {
    if (line.trim() === "") return;
    const at = `line ${index + 1}`;
    const parsed = parseJson(line);
    if (!parsed.ok) {
      items.push({ at, error: parsed.error });
      return;
    }
    for (const item of fromValue(parsed.value)) {
      const where = item.at === "(root)" ? at : `${at} ${item.at}`;
      items.push("error" in item ? { at, error: item.error } : { at: where, value: item.value });
    }
  });
  return items;
}
