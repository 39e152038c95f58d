import { describeValue, expectedMessage, oneOf } from "@rapport/stats";
import type * as z from "zod";
import { nearestName } from "./nearest-name";
import { formatPath, type ValidationIssue } from "./rapport-validation-error";
import { unknownKeyParams } from "./unknown-keys";

/** What a zod issue expected, without the word "expected"; `undefined` where zod says none. */
function expectation(issue: z.core.$ZodIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return issue.expected;
    case "invalid_value":
      return oneOf(issue.values);
    case "too_small":
    case "too_big": {
      const bound = issue.code === "too_small" ? issue.minimum : issue.maximum;
      const sign = issue.code === "too_small" ? ">" : "<";
      const what = issue.origin === "string" || issue.origin === "array" ? "length " : "";
      return `${what}${sign}${issue.inclusive ? "=" : ""} ${String(bound)}`;
    }
    case "invalid_format":
      return `a valid ${issue.format}`;
    case "not_multiple_of":
      return `a multiple of ${String(issue.divisor)}`;
    case "invalid_union":
      return "one of the allowed shapes";
    default:
      return undefined;
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

function unknownKeyIssue(entity: string, issue: z.core.$ZodIssue, known: readonly string[]) {
  const key = String(issue.path[issue.path.length - 1]);
  const parent = issue.path.slice(0, -1);
  const owner = parent.length === 0 ? entity : `${entity}.${formatPath(parent)}`;
  const nearest = nearestName(key, known);
  const hint = nearest
    ? `; did you mean \`${nearest}\`?`
    : `; its fields are ${known.map((name) => `\`${name}\``).join(", ")}`;
  return {
    path: issue.path,
    code: "unknown_key",
    expected: `a field of ${owner}`,
    received: JSON.stringify(key),
    message: `\`${key}\` is not a field of ${owner}${hint}`,
  } as const;
}

/**
 * Turns zod issues into Rapport's issues: zod's `code`, what was `expected` and `received`,
 * and a message written by `expectedMessage` (`expected …, received …`). Messages a schema
 * wrote itself (they start with "expected") keep their wording; unknown keys (see
 * `keyReporting`) become `unknown_key` issues naming the nearest known field of `entity`.
 */
export function toValidationIssues(
  entity: string,
  issues: readonly z.core.$ZodIssue[],
): ValidationIssue[] {
  return issues.map((issue): ValidationIssue => {
    const unknownKey = unknownKeyParams(issue);
    if (unknownKey) return unknownKeyIssue(entity, issue, unknownKey.unknownKeyOf);
    const discriminator = discriminatorOf(issue);
    if (discriminator) {
      // A discriminated union reports the whole object as input; name the key's own value.
      const expected = oneOf(discriminator.options);
      return {
        path: issue.path,
        code: issue.code,
        expected,
        received: describeValue(discriminator.received),
        message: expectedMessage("", expected, discriminator.received),
      };
    }
    const expected = issue.message.startsWith("expected ")
      ? issue.message.slice("expected ".length)
      : expectation(issue);
    const hasInput = "input" in issue;
    if (expected === undefined) {
      return {
        path: issue.path,
        code: issue.code,
        ...(hasInput ? { received: describeValue(issue.input) } : {}),
        message: hasInput
          ? `${issue.message}, received ${describeValue(issue.input)}`
          : issue.message,
      };
    }
    return {
      path: issue.path,
      code: issue.code,
      expected,
      ...(hasInput ? { received: describeValue(issue.input) } : {}),
      message: hasInput ? expectedMessage("", expected, issue.input) : `expected ${expected}`,
    };
  });
}
