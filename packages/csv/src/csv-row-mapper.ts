import type { RapportValidationError } from "@rapport/core";
import { caseRow } from "./csv-case-row";
import { Cells, isBlank, RowError } from "./csv-cells";
import { type ColumnPlan, columnPlanOf } from "./csv-column-plan";
import { createDateReader } from "./csv-date-reader";
import { type CsvImportOptions, checkCsvOptions } from "./csv-import-options";
import { interactionRow } from "./csv-interaction-row";
import type { CsvRecord } from "./csv-parser";
import { requestRow } from "./csv-request-row";
import type { RowBuilder } from "./csv-row-base";
import { type RowResult, type RowSink, resultSink } from "./csv-row-sink";
import { surveyRow } from "./csv-survey-row";

export type { RowResult, RowSink };

const BUILDERS: Record<CsvImportOptions["kind"], RowBuilder> = {
  surveyResponses: surveyRow,
  interactions: interactionRow,
  cases: caseRow,
  dataSubjectRequests: requestRow,
};

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
  receivedAt: "received_at",
  verifiedAt: "verified_at",
  extendedAt: "extended_at",
  extensionReason: "extension_reason",
  completedAt: "completed_at",
  refusalReason: "refusal_reason",
};

/**
 * Maps the records of one CSV file, one at a time, into the model (the header decided from the
 * first non-blank record, and with it a plan of where each column is). Not exported: the
 * importers are the public face.
 */
export function createCsvRowMapper(options: CsvImportOptions, where: string) {
  const settings = checkCsvOptions(where, options);
  const { system, layout, names } = settings;
  const readDate = createDateReader(options);
  const context = { readDate, asOf: settings.asOf, system, separator: settings.separator };
  const entity = layout.entity;
  const build = BUILDERS[options.kind];
  const widthReason = (width: number, found: number, hasHeader: boolean) =>
    `expected ${width} fields (${hasHeader ? "as in the header" : `the columns of ${options.kind}`}), found ${found}`;
  let plan: ColumnPlan | null = null;
  let cells: Cells | null = null;

  const label = (column: string) => {
    const at = plan?.index.get(column);
    return at === undefined ? (names.get(column) ?? column) : (plan!.labels[at] ?? column);
  };

  /** The item column of the `n`th answered item of the current row. */
  const itemLabel = (n: number) => {
    let answered = 0;
    for (const item of plan!.items) {
      if (cells!.at(item.position) === undefined) continue;
      if (answered++ === n) return item.label;
    }
    return "items";
  };

  const columnOf = (path: readonly PropertyKey[]) => {
    const key = String(path[0] ?? "");
    if (key === "items") return itemLabel(Number(path[1]));
    return label(FIELD_COLUMNS[key] ?? key);
  };

  const invalid = (error: RapportValidationError) => {
    const [first] = error.issues;
    const field = first === undefined ? "(row)" : columnOf(first.path);
    const reason =
      error.issues.length === 1
        ? first!.message
        : error.issues.map((issue) => `${columnOf(issue.path)}: ${issue.message}`).join("; ");
    return { field, reason };
  };

  const mapRow = (record: CsvRecord, plan: ColumnPlan, cells: Cells, sink: RowSink): void => {
    const fields = record.fields;
    cells.fields = fields;
    const id = cells.get("id");
    const sourceId = id ?? `row ${record.row}`;
    if (isBlank(fields)) {
      sink.ignored(entity, sourceId, `row ${record.row}: blank row`);
      return;
    }
    if (record.error !== undefined) {
      const { field, reason } = record.error;
      const column = plan.labels[field] ?? `field ${field + 1}`;
      sink.rejected(entity, sourceId, column, `row ${record.row}: ${reason}`);
      return;
    }
    if (fields.length !== plan.width) {
      const reason = widthReason(plan.width, fields.length, plan.hasHeader);
      sink.rejected(entity, sourceId, "(row)", `row ${record.row}: ${reason}`);
      return;
    }
    try {
      const sourceRowId = id ?? `row-${record.row}`;
      const customerId = cells.ref("customer_id", cells.required("customer_id"))!;
      const source = { system, id: sourceRowId };
      const mapped = build(cells, `${system}:${sourceRowId}`, customerId, source, plan.items);
      if ("list" in mapped) {
        sink.accepted(entity, sourceId, id !== undefined, mapped);
        return;
      }
      const { field, reason } = invalid(mapped);
      sink.rejected(entity, sourceId, field, `row ${record.row}: ${reason}`);
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      sink.rejected(entity, sourceId, label(error.column), `row ${record.row}: ${error.reason}`);
    }
  };

  /** Maps the next record into the sink; `false` for the header row (which is not a record). */
  const map = (record: CsvRecord, sink: RowSink): boolean => {
    if (plan === null || cells === null) {
      if (isBlank(record.fields)) {
        sink.ignored(entity, `row ${record.row}`, `row ${record.row}: blank row`);
        return true;
      }
      plan = columnPlanOf(record, settings);
      cells = new Cells(plan.index, context);
      if (plan.hasHeader) {
        if (plan.problem === undefined) return false;
        sink.rejected("header", `row ${record.row}`, plan.problem.field, plan.problem.reason);
        return true;
      }
    }
    mapRow(record, plan, cells, sink);
    return true;
  };

  const one = resultSink();
  return {
    map,
    /** Maps the next record: a result, or `null` for the header row. */
    next(record: CsvRecord): RowResult | null {
      return map(record, one) ? one.result : null;
    },
  };
}
