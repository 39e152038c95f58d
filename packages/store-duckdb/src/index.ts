export type { DuckDbDialectOptions } from "./duckdb-dialect";
export { DuckDbDialect } from "./duckdb-dialect";
export type { DuckDbCareStore, DuckDbStoreOptions } from "./duckdb-store";
export { createDuckDbStore } from "./duckdb-store";
export type { ExportFormat, ExportTableOptions } from "./export-view";
export { createExportView, exportTable } from "./export-view";
