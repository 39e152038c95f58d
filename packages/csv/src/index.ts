export { type CsvDateOptions, type CsvDateReader, createDateReader } from "./csv-date-reader";
export type { CsvImportOptions } from "./csv-import-options";
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
export type { CsvMapped } from "./csv-row-base";
export { CSV_ITEM_SCALES } from "./csv-survey-items";
export {
  type CsvImportItem,
  csvImportItems,
  csvImportItemsAsync,
  importCsv,
  importCsvStream,
} from "./import-csv";
