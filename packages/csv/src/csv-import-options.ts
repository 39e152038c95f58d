import { requireAsOf } from "@rapport/source-kit";
import { expectedMessage, oneOf } from "@rapport/stats";
import type { CsvDateOptions } from "./csv-date-reader";
import {
  CSV_KINDS,
  CSV_LAYOUTS,
  type CsvKind,
  type CsvLayout,
  normalizeCsvName,
} from "./csv-layouts";
import type { CsvParserOptions } from "./csv-parser";

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

/** The checked options of one import. */
export interface CsvSettings {
  readonly system: string;
  readonly header: "auto" | boolean;
  readonly separator: string;
  readonly asOf: Date;
  readonly layout: CsvLayout;
  /** Documented column → the header name it has in this file. */
  readonly names: ReadonlyMap<string, string>;
}

const wrong = (value: unknown) => (typeof value === "string" ? RangeError : TypeError);

/** Checks the options of an import; throws a `TypeError` or `RangeError` naming the option. */
export function checkCsvOptions(where: string, options: CsvImportOptions): CsvSettings {
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
  const all = [...layout.columns, ...(layout.headerColumns ?? [])];
  const known = new Set(all.map((column) => column.name));
  const names = new Map<string, string>();
  for (const column of all) names.set(column.name, column.name);
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
