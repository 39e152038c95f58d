import { expectedMessage } from "@rapport/stats";

/**
 * A syntax problem in one CSV record: the field (0-based position) and what was wrong.
 *
 * @example
 * ```ts
 * import type { CsvSyntaxError } from "@rapport/csv";
 * const show = (e: CsvSyntaxError) => `field ${e.field + 1}: ${e.reason}`;
 * ```
 */
export interface CsvSyntaxError {
  /** The 0-based position of the field at fault. */
  readonly field: number;
  /** What was wrong, e.g. `unterminated quoted field (opened on line 4)`. */
  readonly reason: string;
}

/**
 * One record of a CSV file: its fields, its 1-based record number (`row`, the header being
 * row 1, as a spreadsheet numbers rows) and the physical line it starts on (they differ when a
 * quoted field holds line breaks), and the first syntax error met in it, if any.
 *
 * @example
 * ```ts
 * import { parseCsv, type CsvRecord } from "@rapport/csv";
 * const [record]: CsvRecord[] = parseCsv('a,"b ""quoted"""\r\n');
 * record?.fields; // ["a", 'b "quoted"']
 * ```
 */
export interface CsvRecord {
  /** The fields, unquoted and unescaped, as text. */
  readonly fields: string[];
  /** The 1-based record number. */
  readonly row: number;
  /** The 1-based line the record starts on. */
  readonly line: number;
  /** The first syntax error in the record; the fields are still given, as read. */
  readonly error?: CsvSyntaxError;
}

/**
 * Options of {@link createCsvParser}.
 *
 * @example
 * ```ts
 * import type { CsvParserOptions } from "@rapport/csv";
 * const options: CsvParserOptions = { delimiter: ";" };
 * ```
 */
export interface CsvParserOptions {
  /** The field separator, one character other than `"`, CR and LF: `","` by default. */
  readonly delimiter?: string;
}

/**
 * An incremental CSV parser: feed it chunks of text as they arrive; it returns the records
 * completed so far and keeps only the unfinished one. Built by {@link createCsvParser}.
 *
 * @example
 * ```ts
 * import { createCsvParser, type CsvParser } from "@rapport/csv";
 * const parser: CsvParser = createCsvParser();
 * parser.push("a,b\n1,"); // [{ fields: ["a", "b"], row: 1, line: 1 }]
 * parser.end(); // [{ fields: ["1", ""], row: 2, line: 2 }]
 * ```
 */
export interface CsvParser {
  /** Parses the next chunk; returns the records it completes. */
  push(chunk: string): CsvRecord[];
  /** Ends the input; returns the last record, if the text did not end with a line break. */
  end(): CsvRecord[];
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const BOM = 0xfeff;

const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_SEEN = 3;

/**
 * Creates an incremental RFC 4180 parser. It reads quoted fields (`"a,b"`), escaped quotes
 * (`""`), line breaks inside quotes, CRLF, LF and lone CR line ends, and a leading byte-order
 * mark, across any chunk boundaries (a chunk may end inside a field, a quote or a CRLF).
 * Lenient where RFC 4180 is strict but the intent is clear: a quote inside an unquoted field is
 * kept as text. A character after a closing quote, or a quote left open at the end, is
 * reported as the record's `error` (the fields are still returned, as read). A final line
 * break does not start an empty record; an empty line in the middle is a record of one empty
 * field.
 *
 * Source: RFC 4180, "Common Format and MIME Type for Comma-Separated Values (CSV) Files", §2.
 *
 * @example
 * ```ts
 * import { createCsvParser } from "@rapport/csv";
 * const parser = createCsvParser();
 * const records = [...parser.push('id,comment\r\n1,"two\r\nlines"\r'), ...parser.push("\n"), ...parser.end()];
 * records[1]?.fields; // ["1", "two\r\nlines"]
 * ```
 */
export function createCsvParser(options: CsvParserOptions = {}): CsvParser {
  const delimiter = options.delimiter ?? ",";
  if (
    typeof delimiter !== "string" ||
    delimiter.length !== 1 ||
    delimiter === '"' ||
    delimiter === "\r" ||
    delimiter === "\n"
  ) {
    throw new (typeof delimiter === "string" ? RangeError : TypeError)(
      expectedMessage(
        "createCsvParser: options.delimiter",
        `one character other than '"', CR and LF`,
        delimiter,
      ),
    );
  }
  const DELIMITER = delimiter.charCodeAt(0);

  let state = FIELD_START;
  let fields: string[] = [];
  let field = "";
  let error: CsvSyntaxError | undefined;
  let atStart = true;
  let skipLF = false;
  let lastWasCR = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  let row = 0;
  let out: CsvRecord[] = [];

  const emit = () => {
    row += 1;
    out.push(
      error === undefined
        ? { fields, row, line: recordLine }
        : { fields, row, line: recordLine, error },
    );
    fields = [];
    error = undefined;
    recordLine = line;
  };

  // Counts the line breaks inside a quoted segment (CRLF counts once, even across chunks).
  const countLines = (text: string) => {
    if (text.indexOf("\n") === -1 && text.indexOf("\r") === -1) {
      if (text.length > 0) lastWasCR = false;
      return;
    }
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === LF) {
        if (!lastWasCR) line += 1;
        lastWasCR = false;
      } else if (c === CR) {
        line += 1;
        lastWasCR = true;
      } else lastWasCR = false;
    }
  };

  const push = (chunk: string): CsvRecord[] => {
    out = [];
    const n = chunk.length;
    let i = 0;
    if (atStart && n > 0) {
      atStart = false;
      if (chunk.charCodeAt(0) === BOM) i = 1;
    }
    if (skipLF && i < n) {
      skipLF = false;
      if (chunk.charCodeAt(i) === LF) i += 1;
    }
    while (i < n) {
      if (state === QUOTED) {
        const q = chunk.indexOf('"', i);
        const end = q === -1 ? n : q;
        const part = chunk.slice(i, end);
        countLines(part);
        field += part;
        if (q === -1) return out;
        state = QUOTE_SEEN;
        lastWasCR = false;
        i = q + 1;
        continue;
      }
      let c = chunk.charCodeAt(i);
      if (state === QUOTE_SEEN) {
        if (c === QUOTE) {
          field += '"';
          state = QUOTED;
          i += 1;
          continue;
        }
        if (c !== DELIMITER && c !== LF && c !== CR) {
          error ??= {
            field: fields.length,
            reason: `unexpected ${JSON.stringify(chunk[i])} after a closing quote (a quote inside a quoted field is written "")`,
          };
        }
        state = UNQUOTED;
      } else if (state === FIELD_START && c === QUOTE) {
        state = QUOTED;
        quoteLine = line;
        i += 1;
        continue;
      }
      // Unquoted text: run to the next delimiter or line end.
      const start = i;
      while (i < n) {
        c = chunk.charCodeAt(i);
        if (c === DELIMITER || c === LF || c === CR) break;
        i += 1;
      }
      const text = field === "" ? chunk.slice(start, i) : field + chunk.slice(start, i);
      if (i === n) {
        field = text;
        state = UNQUOTED;
        return out;
      }
      fields.push(text);
      field = "";
      state = FIELD_START;
      if (c === DELIMITER) {
        // A delimiter at the end of the input still owes the record a field: `end` adds it.
        i += 1;
        continue;
      }
      if (c === CR) {
        if (i + 1 < n) {
          if (chunk.charCodeAt(i + 1) === LF) i += 1;
        } else skipLF = true;
      }
      i += 1;
      line += 1;
      emit();
    }
    return out;
  };

  const end = (): CsvRecord[] => {
    out = [];
    if (state === QUOTED || state === QUOTE_SEEN || state === UNQUOTED || fields.length > 0) {
      if (state === QUOTED) {
        error ??= {
          field: fields.length,
          reason: `unterminated quoted field (opened on line ${quoteLine})`,
        };
      }
      fields.push(field);
      field = "";
      emit();
    }
    state = FIELD_START;
    return out;
  };

  return { push, end };
}

/**
 * Parses a whole CSV text at once. See {@link createCsvParser} for what it reads.
 *
 * @example
 * ```ts
 * import { parseCsv } from "@rapport/csv";
 * parseCsv("\uFEFFname,score\nAda,9\n").map((record) => record.fields);
 * // [["name", "score"], ["Ada", "9"]]
 * ```
 */
export function parseCsv(text: string, options: CsvParserOptions = {}): CsvRecord[] {
  const parser = createCsvParser(options);
  return [...parser.push(text), ...parser.end()];
}
