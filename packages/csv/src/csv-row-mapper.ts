import {
  type Case,
  type Interaction,
  type RapportValidationError,
  type SurveyResponse,
  safeParseCase,
  safeParseInteraction,
  safeParseSurveyResponse,
} from "@rapport/core";
import { afterAsOfReason, requireAsOf } from "@rapport/source-kit";
import { expectedMessage, oneOf } from "@rapport/stats";
import { type CsvDateOptions, createDateReader } from "./csv-date-reader";
import { CSV_KINDS, CSV_LAYOUTS, type CsvKind, normalizeCsvName } from "./csv-layouts";
import type { CsvParserOptions, CsvRecord } from "./csv-parser";

/**
 * Options of {@link importCsv} and the other CSV importers.
 *
 * @example
 * ```ts
 * import type { CsvImportOptions } from "@rapport/csv";
 * const options: CsvImportOptions = {
 *   kind: "surveyResponses",
 *   asOf: new Date("2024-06-01T00:00:00Z"),
 *   columns: { customer_id: "Email", responded_at: "Submitted" },
 *   dateFormat: "dd/MM/yyyy HH:mm",
 *   timeZone: "Europe/London",
 * };
 * ```
 */
export interface CsvImportOptions extends CsvDateOptions, CsvParserOptions {
  /** What the rows are: see {@link CSV_LAYOUTS}. */
  readonly kind: CsvKind;
  /** The system named in ids, source references and the report: `"csv"` by default. */
  readonly system?: string;
  /** Whether the first row is a header: `"auto"` (default: yes if a cell names a column). */
  readonly header?: "auto" | boolean;
  /** A documented column → the header name it has in this file, e.g. `{ score: "Rating" }`. */
  readonly columns?: Readonly<Record<string, string>>;
  /** The separator between tags in a `tags` cell: `"|"` by default. */
  readonly listSeparator?: string;
  /** The time of the import: rows dated after it are rejected (a typo in a year, a wrong clock). */
  readonly asOf: Date;
}

/**
 * A row mapped into the model, with the list of an `ImportResult` it belongs to.
 *
 * @example
 * ```ts
 * import type { CsvMapped } from "@rapport/csv";
 * const describe = (mapped: CsvMapped) => `${mapped.list}: ${mapped.record.id}`;
 * ```
 */
export type CsvMapped =
  | {
      /** The list it goes to. */
      readonly list: "surveyResponses";
      /** The survey response. */
      readonly record: SurveyResponse;
    }
  | {
      /** The list it goes to. */
      readonly list: "interactions";
      /** The interaction. */
      readonly record: Interaction;
    }
  | {
      /** The list it goes to. */
      readonly list: "cases";
      /** The case. */
      readonly record: Case;
    };

/** What became of one record; `null` from `next` for a header row. */
export type RowResult =
  | {
      status: "accepted";
      entity: string;
      sourceId: string;
      /** Whether the source id came from the id column (else it is the unique row number). */
      fromIdColumn: boolean;
      mapped: CsvMapped;
    }
  | { status: "rejected"; entity: string; sourceId: string; field: string; reason: string }
  | { status: "ignored"; entity: string; sourceId: string; reason: string };

class RowError {
  constructor(
    readonly column: string,
    readonly reason: string,
  ) {}
}

const CHANNELS = [
  "email",
  "phone",
  "chat",
  "messaging",
  "social",
  "sms",
  "web",
  "in_person",
  "self_service",
];
const SCALES: Record<string, readonly string[]> = {
  csat: ["binary", "five_point"],
  nps: ["zero_to_ten"],
  ces: ["seven_point", "five_point"],
};
const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** Model field → documented column, to name the column of a validation issue. */
const FIELD_COLUMNS: Record<string, string> = {
  id: "id",
  customerId: "customer_id",
  caseId: "case_id",
  agentId: "agent_id",
  teamId: "team_id",
  assigneeId: "assignee_id",
  respondedAt: "responded_at",
  occurredAt: "occurred_at",
  createdAt: "created_at",
  updatedAt: "updated_at",
  firstReplyAt: "first_reply_at",
  solvedAt: "solved_at",
  closedAt: "closed_at",
  reopenCount: "reopen_count",
  durationSeconds: "duration_seconds",
  surveyId: "survey_id",
  author: "author_kind",
};

const wrong = (value: unknown) => (typeof value === "string" ? RangeError : TypeError);

function checkOptions(where: string, options: CsvImportOptions) {
  if (options === null || typeof options !== "object") {
    throw new TypeError(expectedMessage(`${where}: options`, "an object", options));
  }
  if (!CSV_KINDS.includes(options.kind)) {
    throw new (wrong(options.kind))(
      expectedMessage(`${where}: options.kind`, oneOf(CSV_KINDS), options.kind),
    );
  }
  const asOf = requireAsOf(where, options.asOf);
  const system = options.system ?? "csv";
  if (typeof system !== "string" || !/^[a-z0-9][a-z0-9._-]*$/.test(system)) {
    throw new (wrong(system))(
      expectedMessage(`${where}: options.system`, 'a lower-case system name such as "csv"', system),
    );
  }
  const header = options.header ?? "auto";
  if (header !== "auto" && header !== true && header !== false) {
    throw new (wrong(header))(
      expectedMessage(`${where}: options.header`, oneOf(["auto", true, false]), header),
    );
  }
  const separator = options.listSeparator ?? "|";
  if (typeof separator !== "string" || separator === "") {
    throw new (wrong(separator))(
      expectedMessage(`${where}: options.listSeparator`, "a non-empty string", separator),
    );
  }
  const layout = CSV_LAYOUTS[options.kind];
  const known = new Set(layout.columns.map((column) => column.name));
  const names = new Map<string, string>();
  for (const column of layout.columns) names.set(column.name, column.name);
  for (const [column, name] of Object.entries(options.columns ?? {})) {
    if (!known.has(column)) {
      throw new RangeError(
        expectedMessage(
          `${where}: options.columns`,
          `a column of ${options.kind} (${oneOf([...known])})`,
          column,
        ),
      );
    }
    if (typeof name !== "string" || normalizeCsvName(name) === "") {
      throw new (wrong(name))(
        expectedMessage(`${where}: options.columns.${column}`, "a header name", name),
      );
    }
    names.set(column, name);
  }
  return { system, header, separator, asOf, layout, names };
}

function isBlank(fields: readonly string[]): boolean {
  for (const field of fields) if (field.trim() !== "") return false;
  return true;
}

function definedOnly(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in fields) if (fields[key] !== undefined) out[key] = fields[key];
  return out;
}

interface CellContext {
  readonly readDate: ReturnType<typeof createDateReader>;
  readonly asOf: Date;
  readonly system: string;
  readonly separator: string;
}

/** Reads and converts the cells of one row; conversion errors are thrown as `RowError`s. */
class Cells {
  constructor(
    private readonly fields: readonly string[],
    private readonly index: ReadonlyMap<string, number>,
    private readonly context: CellContext,
  ) {}

  get(column: string): string | undefined {
    const at = this.index.get(column);
    const text = at === undefined ? undefined : this.fields[at]?.trim();
    return text === "" ? undefined : text;
  }

  required(column: string): string {
    const value = this.get(column);
    if (value !== undefined) return value;
    throw new RowError(
      column,
      this.index.has(column)
        ? "a value is required"
        : "the header has no such column, and a value is required",
    );
  }

  oneOf(column: string, allowed: readonly string[], value = this.get(column)): string | undefined {
    if (value === undefined) return undefined;
    const name = normalizeCsvName(value);
    if (allowed.includes(name)) return name;
    throw new RowError(column, expectedMessage("", oneOf(allowed), value));
  }

  integer(column: string, value = this.get(column)): number | undefined {
    if (value === undefined) return undefined;
    if (INTEGER.test(value)) return Number(value);
    throw new RowError(column, expectedMessage("", "an integer", value));
  }

  decimal(column: string): number | undefined {
    const value = this.get(column);
    if (value === undefined) return undefined;
    if (DECIMAL.test(value)) return Number(value);
    throw new RowError(column, expectedMessage("", "a number", value));
  }

  date(column: string, value = this.get(column)): Date | undefined {
    if (value === undefined) return undefined;
    const { readDate, asOf } = this.context;
    const instant = readDate(value);
    if (instant === null) {
      throw new RowError(column, expectedMessage("", readDate.expected, value));
    }
    if (instant.getTime() > asOf.getTime()) {
      throw new RowError(column, afterAsOfReason(instant, asOf));
    }
    return instant;
  }

  ref(column: string, value = this.get(column)): string | undefined {
    return value === undefined ? undefined : `${this.context.system}:${value}`;
  }

  tags(): string[] {
    const text = this.get("tags");
    if (text === undefined) return [];
    const tags: string[] = [];
    for (const part of text.split(this.context.separator)) {
      const tag = part.trim();
      if (tag !== "") tags.push(tag);
    }
    return tags;
  }
}

/**
 * Maps the records of one CSV file, one at a time, into the model (the header decided from the
 * first non-blank record). Not exported: the importers are the public face.
 */
export function createCsvRowMapper(options: CsvImportOptions, where: string) {
  const { system, header, separator, asOf, layout, names } = checkOptions(where, options);
  const readDate = createDateReader(options);
  const context: CellContext = { readDate, asOf, system, separator };
  const entity = layout.entity;
  /** Documented column → field position; `null` until the header is decided. */
  let index: Map<string, number> | null = null;
  let labels: string[] = [];
  let width = layout.columns.length;
  let missing: string[] = [];
  let hasHeader = false;

  const label = (column: string) => {
    const at = index?.get(column);
    return at === undefined ? (names.get(column) ?? column) : (labels[at] ?? column);
  };

  const decideHeader = (record: CsvRecord): RowResult | null | "data" => {
    const cells = record.fields.map(normalizeCsvName);
    const wanted = new Map<string, string>();
    for (const [column, name] of names) wanted.set(normalizeCsvName(name), column);
    const isHeader = header === "auto" ? cells.some((cell) => wanted.has(cell)) : header;
    const positions = new Map<string, number>();
    index = positions;
    if (!isHeader) {
      layout.columns.forEach((column, at) => {
        positions.set(column.name, at);
      });
      labels = layout.columns.map((column) => column.name);
      return "data";
    }
    cells.forEach((cell, at) => {
      const column = wanted.get(cell);
      if (column !== undefined && !positions.has(column)) positions.set(column, at);
    });
    hasHeader = true;
    labels = record.fields.map((cell) => cell.trim());
    width = record.fields.length;
    missing = layout.columns
      .filter((column) => column.required && !positions.has(column.name))
      .map((column) => names.get(column.name) ?? column.name);
    if (missing.length === 0) return null;
    return {
      status: "rejected",
      entity: "header",
      sourceId: `row ${record.row}`,
      field: missing[0]!,
      reason: `row ${record.row}: the header has no column for ${missing.join(", ")} (found: ${labels.join(", ")})`,
    };
  };

  const mapRow = (record: CsvRecord): RowResult => {
    const cells = new Cells(record.fields, index!, context);
    const id = cells.get("id");
    const sourceId = id ?? `row ${record.row}`;
    const where = `row ${record.row}`;
    const reject = (field: string, reason: string): RowResult => ({
      status: "rejected",
      entity,
      sourceId,
      field,
      reason: `${where}: ${reason}`,
    });
    const accepted = (mapped: CsvMapped): RowResult => ({
      status: "accepted",
      entity,
      sourceId,
      fromIdColumn: id !== undefined,
      mapped,
    });
    if (isBlank(record.fields)) {
      return { status: "ignored", entity, sourceId, reason: `${where}: blank row` };
    }
    if (record.error !== undefined) {
      return reject(
        labels[record.error.field] ?? `field ${record.error.field + 1}`,
        record.error.reason,
      );
    }
    if (record.fields.length !== width) {
      return reject(
        "(row)",
        `expected ${width} fields (${hasHeader ? "as in the header" : `the columns of ${options.kind}`}), found ${record.fields.length}`,
      );
    }
    try {
      // Plain literals, not spreads: a spread object is slow for the validator to walk.
      const rowId = `${system}:${id ?? `row-${record.row}`}`;
      const customerId = cells.ref("customer_id", cells.required("customer_id"));
      const source = { system, id: id ?? `row-${record.row}` };
      if (options.kind === "surveyResponses") {
        const kind = cells.oneOf("kind", ["csat", "nps", "ces"], cells.required("kind"))!;
        const scoreText = cells.required("score");
        const defaultScale =
          kind === "csat"
            ? /^(good|bad)$/i.test(scoreText)
              ? "binary"
              : "five_point"
            : SCALES[kind]![0]!;
        const scale = cells.oneOf("scale", SCALES[kind]!) ?? defaultScale;
        const score =
          scale === "binary"
            ? cells.oneOf("score", ["good", "bad"], scoreText)
            : cells.integer("score", scoreText);
        const result = safeParseSurveyResponse(
          definedOnly({
            id: rowId,
            customerId,
            source,
            kind,
            scale,
            score,
            respondedAt: cells.date("responded_at", cells.required("responded_at")),
            comment: cells.get("comment"),
            caseId: cells.ref("case_id"),
            agentId: cells.ref("agent_id"),
            teamId: cells.ref("team_id"),
            channel: cells.oneOf("channel", CHANNELS),
            surveyId: cells.get("survey_id"),
          }),
        );
        return result.success
          ? accepted({ list: "surveyResponses", record: result.data })
          : invalid(result.error);
      }
      if (options.kind === "interactions") {
        const authorKind = cells.oneOf(
          "author_kind",
          ["customer", "agent", "bot", "system"],
          cells.required("author_kind"),
        )!;
        const authorId = cells.ref("author_id");
        const result = safeParseInteraction(
          definedOnly({
            id: rowId,
            customerId,
            source,
            caseId: cells.ref("case_id"),
            channel: cells.oneOf("channel", CHANNELS, cells.required("channel")),
            direction:
              cells.oneOf("direction", ["inbound", "outbound"]) ??
              (authorKind === "customer" ? "inbound" : "outbound"),
            author:
              authorId === undefined ? { kind: authorKind } : { kind: authorKind, id: authorId },
            visibility: cells.oneOf("visibility", ["public", "private"]),
            occurredAt: cells.date("occurred_at", cells.required("occurred_at")),
            durationSeconds: cells.decimal("duration_seconds"),
            sentiment: cells.decimal("sentiment"),
            tags: cells.tags(),
          }),
        );
        return result.success
          ? accepted({ list: "interactions", record: result.data })
          : invalid(result.error);
      }
      const result = safeParseCase(
        definedOnly({
          id: rowId,
          customerId,
          source,
          subject: cells.get("subject"),
          channel: cells.oneOf("channel", CHANNELS, cells.required("channel")),
          status: cells.oneOf(
            "status",
            ["new", "open", "pending", "on_hold", "solved", "closed"],
            cells.required("status"),
          ),
          priority: cells.oneOf("priority", ["low", "normal", "high", "urgent"]),
          assigneeId: cells.ref("assignee_id"),
          teamId: cells.ref("team_id"),
          createdAt: cells.date("created_at", cells.required("created_at")),
          updatedAt: cells.date("updated_at"),
          firstReplyAt: cells.date("first_reply_at"),
          solvedAt: cells.date("solved_at"),
          closedAt: cells.date("closed_at"),
          reopenCount: cells.integer("reopen_count"),
          tags: cells.tags(),
        }),
      );
      return result.success
        ? accepted({ list: "cases", record: result.data })
        : invalid(result.error);
    } catch (error) {
      if (error instanceof RowError) return reject(label(error.column), error.reason);
      throw error;
    }

    function invalid(error: RapportValidationError): RowResult {
      const [first] = error.issues;
      const columnOf = (path: readonly PropertyKey[]) => {
        const key = String(path[0] ?? "");
        return label(FIELD_COLUMNS[key] ?? key);
      };
      return reject(
        first === undefined ? "(row)" : columnOf(first.path),
        error.issues.length === 1
          ? first!.message
          : error.issues.map((issue) => `${columnOf(issue.path)}: ${issue.message}`).join("; "),
      );
    }
  };

  return {
    /** Maps the next record: a result, or `null` for the header row. */
    next(record: CsvRecord): RowResult | null {
      if (index === null) {
        if (isBlank(record.fields)) {
          return {
            status: "ignored",
            entity,
            sourceId: `row ${record.row}`,
            reason: `row ${record.row}: blank row`,
          };
        }
        const decided = decideHeader(record);
        if (decided !== "data") return decided;
      }
      return mapRow(record);
    },
  };
}
