/**
 * A short, safe rendering of a received value for an error message: strings and numbers as
 * JSON, a `Date` as ISO 8601 (or "an invalid Date"), arrays and objects by their kind, never
 * their contents, so that a message never echoes a whole record of personal data.
 *
 * @example
 * ```ts
 * import { describeValue } from "@rapport/stats";
 * describeValue("asap"); // "\"asap\""
 * describeValue(undefined); // "nothing (the field is missing)"
 * describeValue(new Date(Number.NaN)); // "an invalid Date"
 * ```
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing (the field is missing)";
  if (value === null) return "null";
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? "an invalid Date" : `Date ${value.toISOString()}`;
  }
  if (Array.isArray(value)) return `an array of ${value.length}`;
  const type = typeof value;
  if (type === "object") return "an object";
  // Functions, symbols and bigints by their kind: never their source text.
  if (type !== "string" && type !== "number" && type !== "boolean") return `a ${type}`;
  // String() for numbers keeps NaN and Infinity readable, where JSON would write null.
  const text = type === "number" ? String(value) : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
