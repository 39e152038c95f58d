// Kept in its own file, and built as its own ESM file: `@date-fns/tz` patches Date.prototype
// when it loads, so bundlers must keep it wherever it is imported. Importing it only from here
// lets a bundler drop it (this package is side-effect free) when `scoreTrend` is not used.
export { tz } from "@date-fns/tz";
