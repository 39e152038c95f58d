import type * as z from "zod";
import { precompiledCheckOf } from "./precompiled-check";

/**
 * Parses one payload value with its schema, as `schema.safeParse(raw)` does, but tries the
 * schema's precompiled check first (see {@link precompiledCheck}): for a value found inside a
 * record (an Intercom conversation's rating) that a mapper parses itself. A value the check
 * turns down goes through zod, so that the error is zod's own.
 *
 * @param schema - The payload schema.
 * @param raw - The value to parse.
 * @returns zod's safe-parse result.
 *
 * @example
 * ```ts
 * import { fastObject, field, precompiledCheck, safeParsePayload } from "@rapport/source-kit";
 * import * as z from "zod";
 *
 * const schema = precompiledCheck(z.object({ remark: z.string() }), fastObject({ remark: field.text }));
 * safeParsePayload(schema, { remark: "Great" }); // { success: true, data: { remark: "Great" } }
 * safeParsePayload(schema, { remark: 5 }).success; // false, with zod's issue
 * ```
 */
export function safeParsePayload<Schema extends z.ZodType>(
  schema: Schema,
  raw: unknown,
): z.ZodSafeParseResult<z.output<Schema>> {
  const check = precompiledCheckOf<z.output<Schema>>(schema);
  if (check !== undefined) {
    let fast: z.output<Schema> | undefined;
    try {
      fast = check(raw);
    } catch {
      fast = undefined;
    }
    if (fast !== undefined) return { success: true, data: fast };
  }
  return schema.safeParse(raw);
}
