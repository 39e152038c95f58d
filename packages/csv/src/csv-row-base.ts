import type { Case, Interaction, RapportValidationError, SurveyResponse } from "@rapport/core";
import type { Cells } from "./csv-cells";
import type { ItemColumn } from "./csv-survey-items";

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

/** What every kind of row starts from: its ids and source reference. */
export interface RowBase {
  readonly id: string;
  readonly customerId: string;
  readonly source: { readonly system: string; readonly id: string };
}

/** Builds one kind of record from a row's cells: the record, or the model's objection. */
export type RowBuilder = (
  cells: Cells,
  base: RowBase,
  items: readonly ItemColumn[],
) => CsvMapped | RapportValidationError;

/** The channels a `channel` cell may name. */
export const CHANNELS = [
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

/** A copy of an object without its `undefined` fields. */
export function definedOnly(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in fields) if (fields[key] !== undefined) out[key] = fields[key];
  return out;
}
