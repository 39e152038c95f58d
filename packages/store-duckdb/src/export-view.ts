import { expectedMessage, oneOf } from "@rapport/stats";
import { type Kysely, type RawBuilder, sql } from "kysely";

/**
 * The file formats DuckDB reads in place.
 *
 * @example
 * ```ts
 * import type { ExportFormat } from "@rapport/store-duckdb";
 * const format: ExportFormat = "parquet";
 * ```
 */
export type ExportFormat = "parquet" | "csv";

const FORMATS: readonly ExportFormat[] = ["parquet", "csv"];

/**
 * Options of {@link exportTable} and {@link createExportView}.
 *
 * @example
 * ```ts
 * import type { ExportTableOptions } from "@rapport/store-duckdb";
 * const options: ExportTableOptions = { format: "csv" };
 * ```
 */
export interface ExportTableOptions {
  /** The file format; default: from the extension (`.parquet`, `.csv`, `.csv.gz`, `.tsv`). */
  readonly format?: ExportFormat;
}

function formatOf(fn: string, path: string, format: ExportFormat | undefined): ExportFormat {
  if (typeof path !== "string" || path.length === 0) {
    throw new TypeError(expectedMessage(`${fn}: path`, "a file path or glob", path));
  }
  if (format !== undefined) {
    if (!FORMATS.includes(format)) {
      throw new RangeError(expectedMessage(`${fn}: options.format`, oneOf(FORMATS), format));
    }
    return format;
  }
  if (/\.parquet$/i.test(path)) return "parquet";
  if (/\.(csv|tsv)(\.gz)?$/i.test(path)) return "csv";
  throw new RangeError(
    expectedMessage(
      `${fn}: options.format`,
      `${oneOf(FORMATS)} (the path has no known extension)`,
      path,
    ),
  );
}

/**
 * A table expression reading a Parquet or CSV export in place (`read_parquet`, `read_csv`
 * with type and header detection), for `selectFrom` or `sql`: the file is never loaded into
 * the store. The path (a glob is fine: `exports/*.parquet`) goes in as an escaped literal.
 *
 * @example
 * ```ts
 * import { createDuckDbStore, exportTable } from "@rapport/store-duckdb";
 * import { sql } from "kysely";
 * const store = await createDuckDbStore();
 * await sql`select count(*) as n from ${exportTable("responses.parquet")}`.execute(store.kysely);
 * ```
 */
export function exportTable(path: string, options: ExportTableOptions = {}): RawBuilder<unknown> {
  const format = formatOf("exportTable", path, options.format);
  return format === "parquet"
    ? sql`read_parquet(${sql.lit(path)})`
    : sql`read_csv(${sql.lit(path)}, header = true)`;
}

/**
 * Creates (or replaces) a view `name` over a Parquet or CSV export read in place, so that
 * `@rapport/sql-metrics` queries it like a table (see `docs/warehouse.md` for the layout).
 *
 * @example
 * ```ts
 * import { createDuckDbStore, createExportView } from "@rapport/store-duckdb";
 * const store = await createDuckDbStore();
 * await createExportView(store.kysely, "survey_answers", "exports/answers.csv");
 * ```
 */
export async function createExportView(
  db: Kysely<never>,
  name: string,
  path: string,
  options: ExportTableOptions = {},
): Promise<void> {
  if (typeof name !== "string" || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw new RangeError(
      expectedMessage(
        "createExportView: name",
        "a plain SQL identifier (letters, digits, _)",
        name,
      ),
    );
  }
  const table = exportTable(path, { format: formatOf("createExportView", path, options.format) });
  await sql`create or replace view ${sql.id(name)} as select * from ${table}`.execute(db);
}
