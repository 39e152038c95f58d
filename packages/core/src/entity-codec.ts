import * as z from "zod";
import { formatPath, RapportValidationError } from "./rapport-validation-error";
import { keyReporting, type UnknownKeys, unknownKeyParams } from "./unknown-keys";
import { toValidationIssues } from "./zod-issues";

/**
 * Options of every `parseX`, `safeParseX` and `decodeX` function. Where a number is passed
 * instead (the index `Array.prototype.map` passes, as in `rows.map(parseCustomer)`), the
 * defaults apply.
 *
 * @example
 * ```ts
 * import { parseCustomer, type ParseOptions } from "@rapport/core";
 * const strict: ParseOptions = { unknownKeys: "reject" };
 * parseCustomer({ id: "cus_1", emails: ["ada@example.com"] }, strict);
 * ```
 */
export interface ParseOptions {
  /**
   * What to do with fields the entity does not have: `"strip"` (default) drops them (a
   * `safeParseX` result lists them in `dropped`); `"reject"` fails with one `unknown_key`
   * issue per field, naming the nearest known field.
   */
  readonly unknownKeys?: UnknownKeys;
}

/**
 * The result of a `safeParseX` call: the value and the unknown fields that were dropped from
 * it (as paths: `"email"`, `"preferences.chanels"`), or the error that `parseX` would throw.
 *
 * @example
 * ```ts
 * import { safeParseTeam } from "@rapport/core";
 * const result = safeParseTeam({ id: "t1", name: "Billing", colour: "red" });
 * if (result.success) console.log(result.dropped); // ["colour"]
 * ```
 */
export type SafeParseResult<T> =
  | { readonly success: true; readonly data: T; readonly dropped: readonly string[] }
  | { readonly success: false; readonly error: RapportValidationError };

/**
 * The four boundary functions every entity has, built from its schema: `parseX`,
 * `safeParseX`, `decodeX` and `encodeX` are its members.
 *
 * @example
 * ```ts
 * import type { CaseSchema, EntityCodec } from "@rapport/core";
 * type CaseCodec = EntityCodec<typeof CaseSchema>;
 * ```
 */
export interface EntityCodec<Schema extends z.ZodType> {
  /** Validates unknown input; throws a `RapportValidationError` listing every issue. */
  parse(input: unknown, options?: ParseOptions | number): z.output<Schema>;
  /** Validates unknown input; returns the value or the error. */
  safeParse(input: unknown, options?: ParseOptions | number): SafeParseResult<z.output<Schema>>;
  /** Reads the JSON form; throws like `parse`. */
  decode(json: z.input<Schema>, options?: ParseOptions | number): z.output<Schema>;
  /** Writes the JSON form (dates as ISO 8601 in UTC). */
  encode(value: z.output<Schema>): z.input<Schema>;
}

/**
 * Builds parse / safeParse / decode / encode for one entity schema, so every entity reports
 * errors the same way: a {@link RapportValidationError} naming the entity and every issue.
 * Input is parsed once with a copy of the schema that reports unknown keys; only input with
 * unknown keys is parsed a second time, leniently, to strip them. An entity validated in bulk
 * may also give a precompiled `check`, tried first: it returns exactly what the schema would
 * for a well-formed record of the common shape, and `undefined` for anything else, which the
 * schema then parses (and explains).
 */
export function entityCodec<Schema extends z.ZodType>(
  entity: string,
  schema: Schema,
  check?: (input: unknown) => z.output<Schema> | undefined,
): EntityCodec<Schema> {
  const fail = (issues: readonly z.core.$ZodIssue[]) => ({
    success: false as const,
    error: new RapportValidationError(entity, toValidationIssues(entity, issues)),
  });
  const safeParse = (
    input: unknown,
    options?: ParseOptions | number,
  ): SafeParseResult<z.output<Schema>> => {
    const fast = check?.(input);
    if (fast !== undefined) return { success: true, data: fast, dropped: [] };
    const checked = keyReporting(schema).safeParse(input, { reportInput: true });
    if (checked.success) return { success: true, data: checked.data, dropped: [] };
    const reject = typeof options === "object" && options?.unknownKeys === "reject";
    if (reject) return fail(checked.error.issues);
    const lenient = schema.safeParse(input, { reportInput: true });
    if (!lenient.success) return fail(lenient.error.issues);
    const dropped = checked.error.issues
      .filter((issue) => unknownKeyParams(issue) !== undefined)
      .map((issue) => formatPath(issue.path));
    return { success: true, data: lenient.data, dropped };
  };
  const parse = (input: unknown, options?: ParseOptions | number): z.output<Schema> => {
    const result = safeParse(input, options);
    if (!result.success) throw result.error;
    return result.data;
  };
  return {
    parse,
    safeParse,
    decode: (json, options) => parse(json, options),
    encode: (value) => {
      const result = z.safeEncode(schema, value, { reportInput: true });
      if (!result.success) {
        throw new RapportValidationError(entity, toValidationIssues(entity, result.error.issues));
      }
      return result.data;
    },
  };
}
