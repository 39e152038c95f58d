import { expectedMessage } from "@rapport/stats";
import type { IdentityRecord } from "./identity-record";
import type { IdentityRules } from "./identity-rules";

const COMPARATORS = ["exact", "name", "text", "date", "email", "phone"];
const KINDS = ["email", "phone", "external", "exact"];

function fail(message: string, wrongType: boolean): never {
  throw wrongType ? new TypeError(message) : new RangeError(message);
}

/** Throws a `TypeError` or `RangeError` naming the first argument that is wrong. */
export function validateInput(where: string, records: unknown, rules: unknown): void {
  if (!Array.isArray(records))
    fail(expectedMessage(`${where}: records`, "an array of records", records), true);
  if (typeof rules !== "object" || rules === null)
    fail(expectedMessage(`${where}: rules`, "an IdentityRules object", rules), true);
  const seen = new Set<string>();
  (records as unknown[]).forEach((record, i) => {
    const r = record as IdentityRecord;
    if (
      typeof r !== "object" ||
      r === null ||
      typeof r.id !== "string" ||
      typeof r.fields !== "object" ||
      r.fields === null
    ) {
      fail(
        expectedMessage(
          `${where}: records[${i}]`,
          "a record { id: string, fields: object }",
          record,
        ),
        true,
      );
    }
    if (seen.has(r.id))
      fail(
        expectedMessage(`${where}: records[${i}].id`, "an id not used by an earlier record", r.id),
        false,
      );
    seen.add(r.id);
  });
  const {
    identifiers = {},
    compare = {},
    matchThreshold,
    reviewThreshold,
  } = rules as IdentityRules;
  for (const [field, rule] of Object.entries(identifiers)) {
    if (typeof rule?.priority !== "number" || !Number.isFinite(rule.priority)) {
      fail(
        expectedMessage(
          `${where}: rules.identifiers.${field}.priority`,
          "a finite number",
          rule?.priority,
        ),
        typeof rule?.priority !== "number",
      );
    }
    if (rule.kind !== undefined && !KINDS.includes(rule.kind)) {
      fail(
        expectedMessage(
          `${where}: rules.identifiers.${field}.kind`,
          `one of ${KINDS.join(", ")}`,
          rule.kind,
        ),
        false,
      );
    }
    if (rule.limit !== undefined && !(Number.isInteger(rule.limit) && rule.limit >= 1)) {
      fail(
        expectedMessage(
          `${where}: rules.identifiers.${field}.limit`,
          "an integer of at least 1",
          rule.limit,
        ),
        typeof rule.limit !== "number",
      );
    }
  }
  for (const [field, comparator] of Object.entries(compare)) {
    if (!COMPARATORS.includes(comparator)) {
      fail(
        expectedMessage(
          `${where}: rules.compare.${field}`,
          `one of ${COMPARATORS.join(", ")}`,
          comparator,
        ),
        false,
      );
    }
  }
  for (const [name, value] of [
    ["matchThreshold", matchThreshold],
    ["reviewThreshold", reviewThreshold],
  ] as const) {
    if (value !== undefined && !(typeof value === "number" && value > 0 && value < 1)) {
      fail(
        expectedMessage(`${where}: rules.${name}`, "a probability in (0, 1)", value),
        typeof value !== "number",
      );
    }
  }
}
