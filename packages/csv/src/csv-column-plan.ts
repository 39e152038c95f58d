import type { CsvSettings } from "./csv-import-options";
import { normalizeCsvName } from "./csv-layouts";
import type { CsvRecord } from "./csv-parser";
import { type ItemColumn, itemColumnOf } from "./csv-survey-items";

/** Where each column of one file is, decided once from its first non-blank record. */
export interface ColumnPlan {
  /** Documented column → field position. */
  readonly index: ReadonlyMap<string, number>;
  /** The header's cells as written (the documented names without a header). */
  readonly labels: readonly string[];
  /** The number of fields every row must have. */
  readonly width: number;
  readonly hasHeader: boolean;
  /** The survey item columns (`item:<questionId>:<scale>`), in the header's order. */
  readonly items: readonly ItemColumn[];
  /** Why the header is rejected, or `undefined` when it is good. */
  readonly problem?: { readonly field: string; readonly reason: string };
}

/**
 * Decides from the first non-blank record whether it is a header, and where each column is. A
 * header that lacks a required column, or has an item column it cannot read, has a `problem`
 * (the rows are still read; an unreadable item column is left out of them).
 */
export function columnPlanOf(record: CsvRecord, settings: CsvSettings): ColumnPlan {
  const { header, layout, names } = settings;
  const cells = record.fields.map(normalizeCsvName);
  const wanted = new Map<string, string>();
  for (const [column, name] of names) wanted.set(normalizeCsvName(name), column);
  const isHeader = header === "auto" ? cells.some((cell) => wanted.has(cell)) : header;
  const index = new Map<string, number>();
  if (!isHeader) {
    layout.columns.forEach((column, at) => {
      index.set(column.name, at);
    });
    const labels = layout.columns.map((column) => column.name);
    return { index, labels, width: labels.length, hasHeader: false, items: [] };
  }
  const items: ItemColumn[] = [];
  const problems: { readonly label: string; readonly reason: string }[] = [];
  const questions = new Set<string>();
  cells.forEach((cell, at) => {
    const column = wanted.get(cell);
    if (column !== undefined) {
      if (!index.has(column)) index.set(column, at);
      return;
    }
    if (layout.entity !== "surveyResponse") return;
    const item = itemColumnOf(record.fields[at]!, at);
    if (item === null) return;
    if ("reason" in item) problems.push(item);
    else if (questions.has(item.questionId)) {
      const reason = `column "${item.label}": question ${item.questionId} has a column already`;
      problems.push({ label: item.label, reason });
    } else {
      questions.add(item.questionId);
      items.push(item);
    }
  });
  const labels = record.fields.map((cell) => cell.trim());
  const plan = { index, labels, width: record.fields.length, hasHeader: true, items };
  const missing = layout.columns
    .filter((column) => column.required && !index.has(column.name))
    .map((column) => names.get(column.name) ?? column.name);
  const where = `row ${record.row}`;
  if (missing.length > 0) {
    return {
      ...plan,
      problem: {
        field: missing[0]!,
        reason: `${where}: the header has no column for ${missing.join(", ")} (found: ${labels.join(", ")})`,
      },
    };
  }
  if (problems.length > 0) {
    const reason = `${where}: ${problems.map((problem) => problem.reason).join("; ")}`;
    return { ...plan, problem: { field: problems[0]!.label, reason } };
  }
  return plan;
}
