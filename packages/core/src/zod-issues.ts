import type { z } from "zod";
import type { ValidationIssue } from "./rapport-validation-error";

/** A short, safe rendering of a received value for an error message. */
export function describeReceived(value: unknown): string {
  if (value === undefined) return "nothing (the field is missing)";
  if (value === null) return "null";
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? "an invalid Date" : `Date ${value.toISOString()}`;
  }
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === "object") return "an object";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `expected ${issue.expected}`;
    case "invalid_value":
      return `expected ${issue.values.length === 1 ? "" : "one of "}${issue.values
        .map((value) => JSON.stringify(value))
        .join(" | ")}`;
    case "too_small":
    case "too_big": {
      const bound = issue.code === "too_small" ? issue.minimum : issue.maximum;
      const sign = issue.code === "too_small" ? ">" : "<";
      const what = issue.origin === "string" || issue.origin === "array" ? "length " : "";
      return `expected ${what}${sign}${issue.inclusive ? "=" : ""} ${String(bound)}`;
    }
    case "invalid_format":
      return issue.message.startsWith("expected ")
        ? issue.message
        : `expected a valid ${issue.format}`;
    case "not_multiple_of":
      return `expected a multiple of ${String(issue.divisor)}`;
    case "invalid_union":
      return issue.message.startsWith("expected ")
        ? issue.message
        : "expected one of the allowed shapes";
    default:
      return issue.message;
  }
}

function discriminatorOf(
  issue: z.core.$ZodIssue,
): { options: readonly unknown[]; received: unknown } | null {
  if (issue.code !== "invalid_union") return null;
  const { discriminator, options } = issue as { discriminator?: unknown; options?: unknown };
  if (typeof discriminator !== "string" || !Array.isArray(options)) return null;
  const input = issue.input;
  const received =
    typeof input === "object" && input !== null
      ? (input as Record<string, unknown>)[discriminator]
      : undefined;
  return { options, received };
}

/**
 * Turns zod issues into Rapport's `path: expected …, received …` form. Messages that a schema
 * wrote itself (they start with "expected") are kept as they are.
 */
export function toValidationIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.map((issue) => {
    const discriminator = discriminatorOf(issue);
    if (discriminator) {
      // A discriminated union reports the whole object as input; name the key's own value.
      return {
        path: issue.path,
        message: `expected one of ${discriminator.options
          .map((option) => JSON.stringify(option))
          .join(" | ")}, received ${describeReceived(discriminator.received)}`,
      };
    }
    const custom = issue.message.startsWith("expected ");
    const expected = custom ? issue.message : expectation(issue);
    const hasInput = "input" in issue;
    return {
      path: issue.path,
      message: hasInput ? `${expected}, received ${describeReceived(issue.input)}` : expected,
    };
  });
}
