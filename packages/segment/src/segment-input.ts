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
  const items: SegmentInputItem[] = [];
  eachSegmentItem(input, {
    value: (at, value) => items.push({ at, value }),
    error: (at, error) => items.push({ at, error }),
  });
  return items;
}

/** What {@link eachSegmentItem} hands each item to: a value, or why a line is not one. */
export interface SegmentItemVisitor {
  value(at: string, value: unknown): void;
  error(at: string, error: string): void;
}

const LINE_BREAK = /\r\n|\n|\r/;

/**
 * Visits the items of an input as {@link splitSegmentInput} splits them, without an object or
 * an array per item: the import's hot path. Internal to the package.
 */
export function eachSegmentItem(input: unknown, visit: SegmentItemVisitor): void {
  if (typeof input !== "string") {
    forValue(input, visit);
    return;
  }
  const text = input.replace(/^\uFEFF/, "").trim();
  if (text === "") return;
  const whole = parseJson(text);
  if (whole.ok) {
    forValue(whole.value, visit);
    return;
  }
  // Splitting on a string is several times faster than on the pattern, and most NDJSON ends
  // its lines with \n alone.
  const lines = text.includes("\r") ? text.split(LINE_BREAK) : text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.trim() === "") continue;
    const at = `line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      visit.error(at, `not valid JSON (${(error as Error).message})`);
      continue;
    }
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      const batch = (value as { batch?: unknown }).batch;
      if (!Array.isArray(batch)) {
        visit.value(at, value);
        continue;
      }
    }
    for (const item of fromValue(value)) {
      const where = item.at === "(root)" ? at : `${at} ${item.at}`;
      if ("error" in item) visit.error(at, item.error);
      else visit.value(where, item.value);
    }
  }
}

function forValue(value: unknown, visit: SegmentItemVisitor): void {
  for (const item of fromValue(value)) {
    if ("error" in item) visit.error(item.at, item.error);
    else visit.value(item.at, item.value);
  }
}
