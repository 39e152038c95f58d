import type {
  Case,
  DataSubjectRequest,
  Interaction,
  RapportValidationError,
  SurveyResponse,
} from "@rapport/core";
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
    }
  | {
      /** The list it goes to. */
      readonly list: "dataSubjectRequests";
      /** The data-subject request. */
      readonly record: DataSubjectRequest;
    };

/** The source reference of a row: `{ system, id }`. */
export interface RowSource {
  readonly system: string;
  readonly id: string;
}

/**
 * Builds one kind of record from a row's cells, its model id, customer id and source
 * reference: the mapped record, or the model's objection.
 */
export type RowBuilder = (
  cells: Cells,
  id: string,
  customerId: string,
  source: RowSource,
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

const RANGES: Readonly<Record<string, readonly [number, number]>> = {
  five_point: [1, 5],
  seven_point: [1, 7],
  zero_to_ten: [0, 10],
};

/**
 * Whether a converted score is one the model takes on its scale: a word already checked by
 * the conversion, or an integer within the scale's range.
 */
export function onScale(scale: string, score: unknown): boolean {
  const range = RANGES[scale];
  if (range === undefined) return typeof score === "string";
  return (
    typeof score === "number" && Number.isInteger(score) && score >= range[0] && score <= range[1]
  );
}
