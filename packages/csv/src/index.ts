export { type CsvDateOptions, type CsvDateReader, createDateReader } from "./csv-date-reader";
export {
  CSV_KINDS,
  CSV_LAYOUTS,
  type CsvColumn,
  type CsvKind,
  type CsvLayout,
  normalizeCsvName,
} from "./csv-layouts";
export {
  type CsvParser,
  type CsvParserOptions,
  type CsvRecord,
  type CsvSyntaxError,
  createCsvParser,
  parseCsv,
} from "./csv-parser";
export type { CsvImportOptions, CsvMapped } from "./csv-row-mapper";
export {
  type CsvImportItem,
  csvImportItems,
  csvImportItemsAsync,
  importCsv,
  importCsvStream,
} from "./import-csv";
