import type { SurveyItem } from "@rapport/core";
import { expectedMessage, oneOf } from "@rapport/stats";
import type { Cells } from "./csv-cells";
import { normalizeCsvName } from "./csv-layouts";

/**
 * The scale names an item column may end with (`item:<questionId>:<scale>`), each with the
 * model's scale it reads: the model's own names, and short ones named after the survey that
 * usually asks on that scale (`csat5`, `ces7`, `nps`, `happiness`).
 *
 * @example
 * ```ts
 * import { CSV_ITEM_SCALES } from "@rapport/csv";
 * CSV_ITEM_SCALES.ces7; // "seven_point"
 * ```
 */
export const CSV_ITEM_SCALES: Readonly<Record<string, SurveyItem["scale"]>> = {
  binary: "binary",
  good_bad: "binary",
  three_point: "three_point",
  happiness: "three_point",
  five_point: "five_point",
  csat5: "five_point",
  ces5: "five_point",
  seven_point: "seven_point",
  ces7: "seven_point",
  zero_to_ten: "zero_to_ten",
  nps: "zero_to_ten",
};

const WORDS: Partial<Record<SurveyItem["scale"], readonly string[]>> = {
  binary: ["good", "bad"],
  three_point: ["great", "okay", "not_good"],
};

/** One item column of a header: where it is, what the report calls it, what it asks. */
export interface ItemColumn {
  readonly position: number;
  readonly label: string;
  readonly questionId: string;
  readonly scale: SurveyItem["scale"];
}

/**
 * Reads a header cell as an item column: `null` when it is not one (it does not start with
 * `item:`), a reason when it is one that cannot be read.
 */
export function itemColumnOf(
  cell: string,
  position: number,
): ItemColumn | { readonly label: string; readonly reason: string } | null {
  const label = cell.trim();
  const parts = label.split(":");
  if (parts.length < 2 || normalizeCsvName(parts[0]!) !== "item") return null;
  const token = parts.length >= 3 ? normalizeCsvName(parts.at(-1)!) : "";
  const questionId = parts.slice(1, -1).join(":").trim();
  const scale = Object.hasOwn(CSV_ITEM_SCALES, token) ? CSV_ITEM_SCALES[token] : undefined;
  if (questionId === "" || scale === undefined) {
    return {
      label,
      reason: expectedMessage(
        `column "${label}"`,
        `item:<question id>:<scale>, the scale ${oneOf(Object.keys(CSV_ITEM_SCALES))}`,
        parts.length >= 3 ? parts.at(-1)!.trim() : label,
      ),
    };
  }
  return { position, label, questionId, scale };
}

/** The answered items of one row, in the header's order; blank cells are questions skipped. */
export function readItems(cells: Cells, columns: readonly ItemColumn[]): SurveyItem[] | undefined {
  let items: SurveyItem[] | undefined;
  for (const column of columns) {
    const text = cells.at(column.position);
    if (text === undefined) continue;
    const words = WORDS[column.scale];
    const score =
      words === undefined
        ? cells.integer(column.label, text)
        : cells.oneOf(column.label, words, text);
    items ??= [];
    items.push({
      questionId: column.questionId,
      scale: column.scale,
      score,
    } as SurveyItem);
  }
  return items;
}
