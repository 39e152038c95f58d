import { z } from "zod";
import { RapportValidationError } from "./rapport-validation-error";
import { toValidationIssues } from "./zod-issues";

/**
 * The result of a `safeParseX` call: the value, or the error that `parseX` would throw.
 *
 * @example
 * ```ts
 * import { safeParseTeam } from "@rapport/core";
 * const result = safeParseTeam({ id: "t1", name: "Billing" });
 * const name = result.success ? result.data.name : result.error.message;
 * ```
 */
export type SafeParseResult<T> =
  | { readonly success: true; readonly data: T }
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
  parse(input: unknown): z.output<Schema>;
  safeParse(input: unknown): SafeParseResult<z.output<Schema>>;
  decode(json: z.input<Schema>): z.output<Schema>;
  encode(value: z.output<Schema>): z.input<Schema>;
}

/**
 * Builds parse / safeParse / decode / encode for one entity schema, so every entity reports
 * errors the same way: a {@link RapportValidationError} naming the entity and every issue.
 */
export function entityCodec<Schema extends z.ZodType>(
  entity: string,
  schema: Schema,
): EntityCodec<Schema> {
  const safeParse = (input: unknown): SafeParseResult<z.output<Schema>> => {
    const result = schema.safeParse(input, { reportInput: true });
    return result.success
      ? { success: true, data: result.data }
      : {
          success: false,
          error: new RapportValidationError(entity, toValidationIssues(result.error.issues)),
        };
  };
  const parse = (input: unknown): z.output<Schema> => {
    const result = safeParse(input);
    if (!result.success) throw result.error;
    return result.data;
  };
  return {
    parse,
    safeParse,
    decode: (json) => parse(json),
    encode: (value) => {
      const result = z.safeEncode(schema, value, { reportInput: true });
      if (!result.success) {
        throw new RapportValidationError(entity, toValidationIssues(result.error.issues));
      }
      return result.data;
    },
  };
}
