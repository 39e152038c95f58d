import {
  createImportCollector,
  type ImportCollector,
  type ImportOutcome,
  type ImportResult,
} from "@rapport/source-kit";
import { expectedMessage } from "@rapport/stats";
import type { CsvImportOptions } from "./csv-import-options";
import { type CsvRecord, createCsvParser } from "./csv-parser";
import type { CsvMapped } from "./csv-row-base";
import { createCsvRowMapper, type RowResult, type RowSink } from "./csv-row-mapper";

/**
 * What a streaming import yields for each record: its outcome (as in the import report), and
 * for an accepted row the record mapped into the model.
 *
 * @example
 * ```ts
 * import { csvImportItems, type CsvImportItem } from "@rapport/csv";
 * const items: CsvImportItem[] = [
 *   ...csvImportItems("customer_id,kind,score,responded_at\nc1,nps,9,2024-03-01T10:00:00Z\n", {
 *     kind: "surveyResponses", asOf: new Date("2024-06-01T00:00:00Z"),
 *   }),
 * ];
 * items[0]?.mapped?.record.id; // "csv:row-2"
 * ```
 */
export interface CsvImportItem {
  /** What became of the record. */
  readonly outcome: ImportOutcome;
  /** The mapped record, when `outcome.status` is `"accepted"`. */
  readonly mapped?: CsvMapped;
}

function notString(chunk: unknown): TypeError {
  return new TypeError(
    `${expectedMessage("CSV input", "chunks of text (strings)", chunk)} (decode bytes first, e.g. with TextDecoderStream)`,
  );
}

/**
 * Text is parsed a piece at a time, so that a record's fields are garbage soon after it is
 * mapped, rather than a whole file's records at once outliving the young generation.
 */
const PIECE = 1 << 16;

function* piecesOf(text: string): Generator<string> {
  if (text.length <= PIECE) {
    yield text;
    return;
  }
  for (let at = 0; at < text.length; at += PIECE) yield text.slice(at, at + PIECE);
}

function* chunksOf(input: string | Iterable<string>): Generator<string> {
  if (typeof input === "string") {
    yield* piecesOf(input);
    return;
  }
  if (input === null || typeof (input as Iterable<string>)?.[Symbol.iterator] !== "function") {
    throw new TypeError(expectedMessage("CSV input", "a string or an iterable of strings", input));
  }
  for (const chunk of input) {
    if (typeof chunk !== "string") throw notString(chunk);
    yield* piecesOf(chunk);
  }
}

type Mapper = ReturnType<typeof createCsvRowMapper>;

/** A sink that puts each outcome straight into an import's collector. */
function collectorSink(collector: ImportCollector): RowSink {
  return {
    accepted(entity, sourceId, _fromIdColumn, mapped) {
      // The lists take different record types; each case keeps its own.
      if (mapped.list === "surveyResponses") {
        collector.accept(mapped.list, entity, sourceId, mapped.record);
      } else if (mapped.list === "interactions") {
        collector.accept(mapped.list, entity, sourceId, mapped.record);
      } else if (mapped.list === "dataSubjectRequests") {
        collector.accept(mapped.list, entity, sourceId, mapped.record);
      } else collector.accept(mapped.list, entity, sourceId, mapped.record);
    },
    rejected: collector.reject,
    ignored: collector.ignore,
  };
}

function collectAll(mapper: Mapper, records: readonly CsvRecord[], sink: RowSink): void {
  for (let at = 0; at < records.length; at++) mapper.map(records[at]!, sink);
}

/** Maps parsed records, skipping the header. */
function* resultsOf(mapper: Mapper, records: readonly CsvRecord[]): Generator<RowResult> {
  for (const record of records) {
    const result = mapper.next(record);
    if (result !== null) yield result;
  }
}

function toItem(result: RowResult, seen: Set<string>): CsvImportItem {
  if (result.status === "rejected") {
    const { entity, sourceId, field, reason } = result;
    return { outcome: { entity, sourceId, status: "rejected", field, reason } };
  }
  if (result.status === "ignored") {
    const { entity, sourceId, reason } = result;
    return { outcome: { entity, sourceId, status: "ignored", reason } };
  }
  const { entity, sourceId, mapped } = result;
  // Row numbers are unique: only ids from the id column need remembering.
  if (result.fromIdColumn) {
    if (seen.has(sourceId)) return { outcome: { entity, sourceId, status: "duplicate" } };
    seen.add(sourceId);
  }
  return { outcome: { entity, sourceId, status: "accepted" }, mapped };
}

/**
 * Imports a CSV file of survey responses, interactions or cases (see {@link CSV_LAYOUTS}) into
 * the care model, from a string or an iterable of string chunks (parsed as they come, never
 * joined). Every row is in the report: accepted, rejected (the column as the file names it, and
 * a reason starting with the row number, e.g. `row 7: expected an integer, received "n/a"`),
 * duplicate, or ignored (blank rows). A good header row is not a record.
 *
 * Ids: a row's source id is its `id` cell, else `row <n>` (its record number, the header being
 * row 1); model ids are `<system>:<id>`, else `<system>:row-<n>`, and customer, case, agent and
 * team ids are prefixed the same way (`csv:c_42`). Rows are deduplicated by source id, the first
 * kept, so a file sent twice changes nothing; rows without an id are never duplicates of each
 * other. `options.asOf` is required: rows dated after it are rejected. Throws for bad options
 * (a `TypeError` for a wrong type or a missing `asOf`, a `RangeError` for a value outside its
 * domain, such as an unknown kind or time zone) or input that is not text (`TypeError`);
 * never for bad rows.
 *
 * @example
 * ```ts
 * import { importCsv } from "@rapport/csv";
 *
 * const csv = [
 *   "id,customer_id,kind,score,responded_at,comment",
 *   'r1,c_42,nps,9,2024-03-01T10:00:00+01:00,"Quick, kind help"',
 *   "r2,c_43,nps,eleven,2024-03-01T11:00:00+01:00,",
 * ].join("\r\n");
 * const { surveyResponses, report } = importCsv(csv, { kind: "surveyResponses", asOf: new Date("2024-06-01T00:00:00Z") });
 * surveyResponses[0]?.customerId; // "csv:c_42"
 * report.records[1]?.reason; // 'row 3: expected an integer, received "eleven"'
 * ```
 */
export function importCsv(
  input: string | Iterable<string>,
  options: CsvImportOptions,
): ImportResult {
  const mapper = createCsvRowMapper(options, "importCsv");
  const parser = createCsvParser(options);
  const collector = createImportCollector(options.system ?? "csv");
  const sink = collectorSink(collector);
  for (const chunk of chunksOf(input)) collectAll(mapper, parser.push(chunk), sink);
  collectAll(mapper, parser.end(), sink);
  return collector.result();
}

/**
 * Like {@link importCsv}, for text that arrives over time: an async iterable of string chunks,
 * such as a Web `ReadableStream` of text (`response.body.pipeThrough(new TextDecoderStream())`)
 * or a Node stream with an encoding set. Only the unfinished record is held between chunks.
 *
 * @example
 * ```ts
 * import { importCsvStream } from "@rapport/csv";
 *
 * async function* chunks() {
 *   yield "customer_id,kind,score,responded_at\nc1,csat,go";
 *   yield "od,2024-03-01T10:00:00Z\n";
 * }
 * const { surveyResponses } = await importCsvStream(chunks(), { kind: "surveyResponses", asOf: new Date("2024-06-01T00:00:00Z") });
 * surveyResponses[0]?.score; // "good"
 * ```
 */
export async function importCsvStream(
  input: AsyncIterable<string> | Iterable<string>,
  options: CsvImportOptions,
): Promise<ImportResult> {
  const mapper = createCsvRowMapper(options, "importCsvStream");
  const parser = createCsvParser(options);
  const collector = createImportCollector(options.system ?? "csv");
  const sink = collectorSink(collector);
  for await (const chunk of asyncChunksOf(input)) collectAll(mapper, parser.push(chunk), sink);
  collectAll(mapper, parser.end(), sink);
  return collector.result();
}

async function* asyncChunksOf(
  input: AsyncIterable<string> | Iterable<string>,
): AsyncGenerator<string> {
  if (
    input !== null &&
    typeof (input as AsyncIterable<string>)?.[Symbol.asyncIterator] === "function"
  ) {
    for await (const chunk of input as AsyncIterable<string>) {
      if (typeof chunk !== "string") throw notString(chunk);
      yield chunk;
    }
    return;
  }
  yield* chunksOf(input as Iterable<string>);
}

/**
 * Imports a CSV file row by row without keeping the rows: yields each record's outcome and,
 * for an accepted row, the mapped record, so that a caller can store rows as they come. Only
 * the ids of the id column are kept (to report duplicates), so a file without an id column
 * streams in constant memory. Same rules as {@link importCsv}.
 *
 * @example
 * ```ts
 * import { csvImportItems } from "@rapport/csv";
 * const csv = "customer_id,channel,author_kind,occurred_at\nc1,chat,customer,2024-03-01T10:00:00Z\n";
 * for (const item of csvImportItems(csv, { kind: "interactions", asOf: new Date("2024-06-01T00:00:00Z") })) {
 *   if (item.mapped?.list === "interactions") console.log(item.mapped.record.direction); // "inbound"
 * }
 * ```
 */
export function* csvImportItems(
  input: string | Iterable<string>,
  options: CsvImportOptions,
): Generator<CsvImportItem> {
  const mapper = createCsvRowMapper(options, "csvImportItems");
  const parser = createCsvParser(options);
  const seen = new Set<string>();
  for (const chunk of chunksOf(input)) {
    for (const result of resultsOf(mapper, parser.push(chunk))) yield toItem(result, seen);
  }
  for (const result of resultsOf(mapper, parser.end())) yield toItem(result, seen);
}

/**
 * Like {@link csvImportItems}, for an async iterable of string chunks (e.g. a Web
 * `ReadableStream` of text): yields each record's outcome as its chunk arrives.
 *
 * @example
 * ```ts
 * import { csvImportItemsAsync } from "@rapport/csv";
 *
 * async function* chunks() {
 *   yield "customer_id,kind,score,responded_at\n";
 *   yield "c1,nps,10,2024-03-01T10:00:00Z\n";
 * }
 * for await (const item of csvImportItemsAsync(chunks(), { kind: "surveyResponses", asOf: new Date("2024-06-01T00:00:00Z") })) {
 *   console.log(item.outcome.status); // "accepted"
 * }
 * ```
 */
export async function* csvImportItemsAsync(
  input: AsyncIterable<string> | Iterable<string>,
  options: CsvImportOptions,
): AsyncGenerator<CsvImportItem> {
  const mapper = createCsvRowMapper(options, "csvImportItemsAsync");
  const parser = createCsvParser(options);
  const seen = new Set<string>();
  for await (const chunk of asyncChunksOf(input)) {
    for (const result of resultsOf(mapper, parser.push(chunk))) yield toItem(result, seen);
  }
  for (const result of resultsOf(mapper, parser.end())) yield toItem(result, seen);
}
