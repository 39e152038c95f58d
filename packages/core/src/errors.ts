// The `@rapport/core/errors` entry: RapportValidationError and the issue helper, without the
// entity schemas, so that a package that only reports invalid input (schedules, policies)
// does not load zod at start-up. Everything here is also in the main entry.
export type { ValidationIssue, ValidationIssueCode } from "./rapport-validation-error";
export { formatPath, RapportValidationError } from "./rapport-validation-error";
export { validationIssue } from "./validation-issue";
