export type { CareAppOptions } from "./care-app-options";
export { createCareApp } from "./create-care-app";
export type { ErrorBody } from "./json-error";
