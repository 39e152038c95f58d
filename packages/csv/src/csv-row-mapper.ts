import type { RapportValidationError } from "@rapport/core";
import { caseRow } from "./csv-case-row";
import { Cells, isBlank, RowError } from "./csv-cells";
import { type ColumnPlan, columnPlanOf } from "./csv-column-plan";
import { createDateReader } from "./csv-date-reader";
import { type CsvImportOptions, checkCsvOptions } from "./csv-import-options";
import { interactionRow } from "./csv-interaction-row";
import type { CsvRecord } from "./csv-parser";
import type { CsvMapped, RowBuilder } from "./csv-row-base";
import { surveyRow } from "./csv-survey-row";

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

const BUILDERS: Record<CsvImportOptions["kind"], RowBuilder> = {
  surveyResponses: surveyRow,
  interactions: interactionRow,
  cases: caseRow,
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
};

/**
 * Maps the records of one CSV file, one at a time, into the model (the header decided from the
 * first non-blank record). Not exported: the importers are the public face.
 */
export function createCsvRowMapper(options: CsvImportOptions, where: string) {
  const settings = checkCsvOptions(where, options);
  const { system, layout, names } = settings;
  const readDate = createDateReader(options);
  const context = { readDate, asOf: settings.asOf, system, separator: settings.separator };
  const entity = layout.entity;
  const build = BUILDERS[options.kind];
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

  const mapRow = (record: CsvRecord, plan: ColumnPlan, cells: Cells): RowResult => {
    cells.fields = record.fields;
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
    if (isBlank(record.fields)) {
      return { status: "ignored", entity, sourceId, reason: `${where}: blank row` };
    }
    if (record.error !== undefined) {
      return reject(
        plan.labels[record.error.field] ?? `field ${record.error.field + 1}`,
        record.error.reason,
      );
    }
    if (record.fields.length !== plan.width) {
      return reject(
        "(row)",
        `expected ${plan.width} fields (${plan.hasHeader ? "as in the header" : `the columns of ${options.kind}`}), found ${record.fields.length}`,
      );
    }
    try {
      const sourceRowId = id ?? `row-${record.row}`;
      const customerId = cells.ref("customer_id", cells.required("customer_id"))!;
      const base = {
        id: `${system}:${sourceRowId}`,
        customerId,
        source: { system, id: sourceRowId },
      };
      const mapped = build(cells, base, plan.items);
      if ("list" in mapped) {
        return { status: "accepted", entity, sourceId, fromIdColumn: id !== undefined, mapped };
      }
      return invalid(mapped);
    } catch (error) {
      if (error instanceof RowError) return reject(label(error.column), error.reason);
      throw error;
    }

    function invalid(error: RapportValidationError): RowResult {
      const [first] = error.issues;
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
      if (plan === null || cells === null) {
        if (isBlank(record.fields)) {
          return {
            status: "ignored",
            entity,
            sourceId: `row ${record.row}`,
            reason: `row ${record.row}: blank row`,
          };
        }
        plan = columnPlanOf(record, settings);
        cells = new Cells(plan.index, context);
        if (plan.hasHeader) {
          if (plan.problem === undefined) return null;
          return {
            status: "rejected",
            entity: "header",
            sourceId: `row ${record.row}`,
            field: plan.problem.field,
            reason: plan.problem.reason,
          };
        }
      }
      return mapRow(record, plan, cells);
    },
  };
}
