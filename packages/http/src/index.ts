export type { CareAppOptions } from "./care-app-options";
export * from "./create-care-app";
export type { ErrorBody } from "./json-error";
