export * from "./csv-date-reader";
export * from "./csv-layouts";
export * from "./csv-parser";
export type { CsvImportOptions, CsvMapped } from "./csv-row-mapper";
export * from "./import-csv";
