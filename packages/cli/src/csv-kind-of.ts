import { CSV_KINDS, CSV_LAYOUTS, type CsvKind, normalizeCsvName } from "@rapport/csv";

/**
 * Which documented CSV layout a header line matches: the first kind (surveyResponses, interactions,
 * cases) whose required columns the header all has. `null` when none fits.
 *
 * @example
 * ```ts
 * import { csvKindOf } from "./csv-kind-of"; // internal
 * csvKindOf("id,customer_id,kind,score,responded_at"); // "surveyResponses"
 * ```
 */
export function csvKindOf(headerLine: string): CsvKind | null {
  const names = new Set(
    headerLine
      .replace(/^\uFEFF/, "")
      .split(",")
      .map((cell) => normalizeCsvName(cell.replace(/^"|"$/g, ""))),
  );
  const fits = (kind: CsvKind) =>
    CSV_LAYOUTS[kind].columns
      .filter((column) => column.required)
      .every((column) => names.has(normalizeCsvName(column.name)));
  return CSV_KINDS.find(fits) ?? null;
}
